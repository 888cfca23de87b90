package io.github.sip2kit.core.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoUnknownTest {

    @Test
    void usesTheSpecLetters() {
        assertThat(YesNoUnknown.YES.code()).isEqualTo("Y");
        assertThat(YesNoUnknown.NO.code()).isEqualTo("N");
        assertThat(YesNoUnknown.UNKNOWN.code()).isEqualTo("U");
    }

    @ParameterizedTest
    @EnumSource(YesNoUnknown.class)
    void fromCodeRoundTrips(YesNoUnknown value) {
        assertThat(YesNoUnknown.fromCode(value.code())).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "y", "n", "u", " ", "YY", "0", "1"})
    void fromCodeIsEmptyForOtherText(String code) {
        assertThat(YesNoUnknown.fromCode(code)).isEmpty();
    }

    @Test
    void convertsBooleans() {
        assertThat(YesNoUnknown.of(true)).isEqualTo(YesNoUnknown.YES);
        assertThat(YesNoUnknown.of(false)).isEqualTo(YesNoUnknown.NO);
    }
}
