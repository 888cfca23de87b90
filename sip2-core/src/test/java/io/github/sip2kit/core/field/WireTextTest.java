package io.github.sip2kit.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Main Library", "äöü € 日本", "  spaces  ", "tab\tinside", "^~`{}"})
    void acceptsValuesWithoutDelimiterOrLineBreaks(String value) {
        assertThat(WireText.requireValue(value, "institutionId")).isSameAs(value);
        assertThat(WireText.isValidValue(value)).isTrue();
    }

    static Stream<Arguments> illegalValues() {
        return Stream.of(
                Arguments.of("abc|def", "'|'", 3),
                Arguments.of("abc\rdef", "CR", 3),
                Arguments.of("abc\ndef", "LF", 3),
                Arguments.of("abc\0def", "NUL", 3),
                Arguments.of("|", "'|'", 0),
                Arguments.of("ok\r\n", "CR", 2));
    }

    @ParameterizedTest
    @MethodSource("illegalValues")
    void rejectsDelimiterCrLfAndNulNamingCharacterAndIndex(String value, String name, int index) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WireText.requireValue(value, "institutionId"))
                .withMessage("institutionId: contains " + name + " at index " + index
                        + " (expected: no '|', CR, LF or NUL in a SIP2 field value)");
        assertThat(WireText.isValidValue(value)).isFalse();
    }

    @Test
    void neverEchoesTheRejectedValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WireText.requireValue("hunter2|x", "patronPassword"))
                .withMessageNotContaining("hunter2");
    }

    @Test
    void namesTheFieldWhenTheValueIsNull() {
        assertThatNullPointerException()
                .isThrownBy(() -> WireText.requireValue(null, "institutionId"))
                .withMessage("institutionId");
    }

    @Test
    void isValidValueAcceptsAnyCharSequence() {
        assertThat(WireText.isValidValue(new StringBuilder("a|b"))).isFalse();
        assertThat(WireText.isValidValue(new StringBuilder("ab"))).isTrue();
    }

    @Test
    void requireWidthAcceptsExactWidth() {
        assertThat(WireText.requireWidth("EUR", 3, "currencyType")).isEqualTo("EUR");
        assertThat(WireText.requireWidth("", 0, "empty")).isEmpty();
    }

    @Test
    void requireWidthReportsActualAndExpectedLength() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WireText.requireWidth("abc", 2, "feeType"))
                .withMessage("feeType: 3 characters (expected: exactly 2)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WireText.requireWidth("a", 2, "feeType"))
                .withMessage("feeType: 1 character (expected: exactly 2)");
    }

    @Test
    void requireWidthChecksCharactersBeforeLength() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WireText.requireWidth("a|", 2, "feeType"))
                .withMessageStartingWith("feeType: contains '|' at index 1");
    }

    @Test
    void requireWidthRejectsNegativeWidth() {
        assertThatIllegalArgumentException().isThrownBy(() -> WireText.requireWidth("", -1, "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AA", "XI", "zz", "12", "é1"})
    void acceptsTwoCharacterFieldIds(String id) {
        assertThat(WireText.requireFieldId(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "AAA"})
    void rejectsFieldIdsOfOtherLengths(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WireText.requireFieldId(id))
                .withMessageStartingWith("field id: ")
                .withMessageEndingWith("(expected: exactly 2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A|", "\rA", "A\n", "\0A"})
    void rejectsFieldIdsWithDelimiterOrLineBreaks(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WireText.requireFieldId(id))
                .withMessageStartingWith("field id: contains ");
    }

    @Test
    void rejectsNullFieldId() {
        assertThatNullPointerException().isThrownBy(() -> WireText.requireFieldId(null));
    }
}
