package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sip2LimitsTest {

    @Test
    void defaultsAreFinite() {
        Sip2Limits limits = Sip2Limits.defaults();
        assertThat(limits.maxFrameLength()).isEqualTo(65_536);
        assertThat(limits.maxFieldLength()).isEqualTo(4_096);
        assertThat(limits.maxRepeats()).isEqualTo(10_000);
        assertThat(Sip2Limits.builder().build()).isEqualTo(limits);
    }

    @Test
    void builderSetsEachLimit() {
        Sip2Limits limits =
                Sip2Limits.builder().maxFrameLength(100).maxFieldLength(20).maxRepeats(3).build();
        assertThat(limits.maxFrameLength()).isEqualTo(100);
        assertThat(limits.maxFieldLength()).isEqualTo(20);
        assertThat(limits.maxRepeats()).isEqualTo(3);
    }

    @Test
    void toBuilderStartsFromTheInstanceAndLeavesItUnchanged() {
        Sip2Limits small = Sip2Limits.builder().maxFrameLength(100).build();
        Sip2Limits changed = small.toBuilder().maxRepeats(7).build();
        assertThat(changed.maxFrameLength()).isEqualTo(100);
        assertThat(changed.maxRepeats()).isEqualTo(7);
        assertThat(small.maxRepeats()).isEqualTo(10_000);
        assertThat(small.toBuilder().build()).isEqualTo(small);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsALimitThatIsNotPositive(int value) {
        assertThatThrownBy(() -> Sip2Limits.builder().maxFrameLength(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFrameLength: " + value + " (expected: > 0)");
        assertThatThrownBy(() -> Sip2Limits.builder().maxFieldLength(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFieldLength: " + value + " (expected: > 0)");
        assertThatThrownBy(() -> Sip2Limits.builder().maxRepeats(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRepeats: " + value + " (expected: > 0)");
    }

    @Test
    void acceptsTheSmallestLimits() {
        Sip2Limits limits = Sip2Limits.builder().maxFrameLength(1).maxFieldLength(1).maxRepeats(1).build();
        assertThat(limits.maxFrameLength()).isEqualTo(1);
    }

    @Test
    void equalLimitsAreEqualAndHashAlike() {
        Sip2Limits a = Sip2Limits.builder().maxFrameLength(100).maxFieldLength(20).maxRepeats(3).build();
        Sip2Limits b = Sip2Limits.builder().maxRepeats(3).maxFieldLength(20).maxFrameLength(100).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Sip2Limits.defaults()).isNotEqualTo(null);
        assertThat(a).isNotEqualTo(a.toBuilder().maxFrameLength(101).build());
        assertThat(a).isNotEqualTo(a.toBuilder().maxFieldLength(21).build());
        assertThat(a).isNotEqualTo(a.toBuilder().maxRepeats(4).build());
    }

    @Test
    void toStringNamesEveryLimit() {
        assertThat(Sip2Limits.defaults())
                .hasToString("Sip2Limits[maxFrameLength=65536, maxFieldLength=4096, maxRepeats=10000]");
    }
}
