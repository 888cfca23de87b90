package io.github.sip2kit.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawFieldTest {

    @Test
    void keepsIdAndValue() {
        RawField field = RawField.of("XI", "12345");
        assertThat(field.id()).isEqualTo("XI");
        assertThat(field.value()).isEqualTo("12345");
        assertThat(field).isEqualTo(new RawField("XI", "12345"));
        assertThat(field).hasToString("RawField[id=XI, value=12345]");
    }

    @Test
    void allowsEmptyValues() {
        assertThat(RawField.of("AC", "").value()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AC", "AD", "CO"})
    void masksPasswordFieldsInToString(String id) {
        RawField field = RawField.of(id, "hunter2");
        assertThat(field.toString()).isEqualTo("RawField[id=" + id + ", value=****]");
        assertThat(field.isSecret()).isTrue();
        assertThat(field.value()).isEqualTo("hunter2");
    }

    @Test
    void knowsTheFieldIdentifierWhenListed() {
        assertThat(RawField.of("CT", "Branch").fieldId()).contains(FieldId.DESTINATION_LOCATION);
        assertThat(RawField.of("XI", "1").fieldId()).isEmpty();
        assertThat(RawField.of("XI", "1").isSecret()).isFalse();
    }

    @Test
    void rejectsInvalidIdsAndValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> RawField.of("X", "v"));
        assertThatIllegalArgumentException().isThrownBy(() -> RawField.of("X|", "v"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RawField.of("AD", "pin|AY"))
                .withMessage("field AD: contains '|' at index 3 (expected: no '|', CR, LF or NUL in a SIP2 field value)");
        assertThatNullPointerException().isThrownBy(() -> RawField.of(null, "v"));
        assertThatNullPointerException().isThrownBy(() -> RawField.of("XI", null));
    }
}
