package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    @Test
    void masksTheLoginPasswordOf93() {
        assertThat(Redaction.redact("9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B"))
                .isEqualTo("9300CNLoginUserID|CO****|CPLocationCode|AY5AZEC7B");
    }

    @Test
    void masksAPasswordThatDirectlyFollowsTheFixedPart() {
        assertThat(Redaction.redact("9300COLoginPassword|CNLoginUserID|AY5AZ1234"))
                .isEqualTo("9300CO****|CNLoginUserID|AY5AZ1234");
        assertThat(Redaction.redact("11YN19960212    10051419960212    100514ACterminal|AO|AA1|AB2|"))
                .isEqualTo("11YN19960212    10051419960212    100514AC****|AO|AA1|AB2|");
    }

    @Test
    void masksTerminalAndPatronPasswordsOf23() {
        assertThat(Redaction.redact("2300119960212    100239AOid_21|AA104000000105|ACterm1|ADpatron-pin|AY2AZF271"))
                .isEqualTo("2300119960212    100239AOid_21|AA104000000105|AC****|AD****|AY2AZF271");
    }

    @Test
    void masksThePasswordsOf11And63() {
        assertThat(Redaction.redact(
                        "11YN19960212    10051419960212    100514AO|AA104000000105|AB000000000005792|ACsecret|AY3AZEDC2"))
                .isEqualTo("11YN19960212    10051419960212    100514AO|AA104000000105|AB000000000005792|AC****|AY3AZEDC2");
        assertThat(Redaction.redact("6300119980723    091905Y         AOInstitutionID|AAPatronID|ACterminal"
                        + "|AD1234|BP00001|BQ00005|AY1AZEA83"))
                .isEqualTo("6300119980723    091905Y         AOInstitutionID|AAPatronID|AC****"
                        + "|AD****|BP00001|BQ00005|AY1AZEA83");
    }

    @Test
    void leavesEmptyPasswordsEmpty() {
        String frame = "2300119960212    100239AOid_21|AA104000000105|AC|AD|AY2AZF271";
        assertThat(Redaction.redact(frame)).isEqualTo(frame);
        assertThat(Redaction.redact("01N19960213    162352AO|ALCARD BLOCK TEST|AA104000000705|AC|AY2AZF02F"))
                .contains("|AC|AY2AZF02F");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // every other field and the trailer stay as they were
                "24              00119960212    100240AOid_21|AA104000000105|AEJohn Doe|BLY|AY2AZE2E0;"
                        + "24              00119960212    100240AOid_21|AA104000000105|AEJohn Doe|BLY|AY2AZE2E0",
                // a password value that looks like fields is masked whole
                "9300CNuser|COpassADwordAC|CPloc|;9300CNuser|CO****|CPloc|",
                // an unterminated last field ends where the trailer begins
                "9300CNuser|COpassword AY5AZEC7B;9300CNuser|CO****AY5AZEC7B",
                "9300CNuser|COpasswordAZEC7B;9300CNuser|CO****AZEC7B",
                "9300CNuser|COpasswordAY5AZec7b;9300CNuser|CO****AY5AZec7b",
                "9300CNuser|ADpatronAY5AZ;9300CNuser|AD****",
                "2300119960212    100239AOid_21|AA1|ACAY2AZF271;2300119960212    100239AOid_21|AA1|ACAY2AZF271",
                // 'AC' inside another value is not a field
                "24              00119960212    100240AOACME|AEACME Corp|AY2AZE2E0;"
                        + "24              00119960212    100240AOACME|AEACME Corp|AY2AZE2E0",
                // unknown message codes are scanned from the third character
                "XXACsecret|AOinst|;XXAC****|AOinst|",
                "X;X",
                "'';''",
            })
    void masksOnlyPasswordValues(String frame, String expected) {
        assertThat(Redaction.redact(frame)).isEqualTo(expected);
    }

    @Test
    void masksPasswordsInAFrameWithABrokenFixedPart() {
        // The fixed part of 11 is 38 characters long; this one is cut short, so its fields sit "inside" it.
        assertThat(Redaction.redact("11YN1996|ACsecret|AY3AZEDC2")).isEqualTo("11YN1996|AC****|AY3AZEDC2");
        assertThat(Redaction.redact("23001|AOx|ADpin|ACterm")).isEqualTo("23001|AOx|AD****|AC****");
        // Misaligned: read from the end of the fixed part, "0|COpw" looks like one field; the safety net catches CO.
        assertThat(Redaction.redact("93000|COpw|CNuser|")).isEqualTo("93000|CO****|CNuser|");
    }

    @Test
    void treatsEachLineAsAFrame() {
        assertThat(Redaction.redact("9300CNa|COfirst|AY1AZ0000\r\n9300COsecond\r2300119960212    100239ACx|ADy\n"))
                .isEqualTo("9300CNa|CO****|AY1AZ0000\r\n9300CO****\r2300119960212    100239AC****|AD****\n");
    }

    @Test
    void honoursAnotherFieldDelimiter() {
        assertThat(Redaction.redact("9300CNuser^COpass^CPloc^AY5AZEC7B", '^'))
                .isEqualTo("9300CNuser^CO****^CPloc^AY5AZEC7B");
        assertThat(Redaction.redact("11YN^ACsecret^AO^", '^')).isEqualTo("11YN^AC****^AO^");
    }

    @Test
    void excerptOfAShortFrameIsTheWholeRedactedFrame() {
        assertThat(Redaction.excerpt("9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B", 0, '|'))
                .isEqualTo("9300CNLoginUserID|CO****|CPLocationCode|AY5AZEC7B");
    }

    @Test
    void excerptOfALongFrameIsCutAroundTheColumnAndMarked() {
        String frame = "64              00119980723    091906000200000001000000000000AOInstitutionID|AAPatronID"
                + "|AEPatron Name|BZ0010|BLY|ASItemBook1|ASItemBook2|AFTwo holds are waiting|AY1AZCFCE";
        int column = frame.indexOf("BZ0010") + 1;
        String excerpt = Redaction.excerpt(frame, column, '|');
        assertThat(excerpt).startsWith("…").endsWith("…").contains("BZ0010");
        assertThat(excerpt.length()).isEqualTo(64 + 2);
        assertThat(frame).contains(excerpt.substring(1, excerpt.length() - 1));

        assertThat(Redaction.excerpt(frame, 0, '|')).startsWith("64   ").endsWith("…").hasSize(65);
        assertThat(Redaction.excerpt(frame, frame.length(), '|')).startsWith("…").endsWith("AY1AZCFCE").hasSize(65);
        assertThat(Redaction.excerpt(frame, frame.length() + 100, '|')).endsWith("AY1AZCFCE");
    }

    @Test
    void excerptNeverShowsAnyPartOfAPassword() {
        String password = "qz".repeat(60);
        String frame = "6300119980723    091905Y         AOInstitutionID|AAPatronID|AC" + password
                + "|AD" + password + "|BP00001|BQ00005|AY1AZEA83";
        for (int column = 0; column <= frame.length() + 1; column++) {
            String excerpt = Redaction.excerpt(frame, column, '|');
            assertThat(excerpt).as("column %d", column).doesNotContain("q").doesNotContain("z");
        }
        int insidePassword = frame.indexOf(password) + 50;
        assertThat(Redaction.excerpt(frame, insidePassword, '|')).contains("AC****|AD****|BP00001");
    }

    @Test
    void excerptShowsControlCharactersEscaped() {
        assertThat(Redaction.excerpt("99\r\n\0\u0001\u007f\t|", 0, '|')).isEqualTo("99\\r\\n\\0\\x01\\x7f\\x09|");
    }

    @Test
    void excerptRejectsANegativeColumn() {
        assertThatThrownBy(() -> Redaction.excerpt("99", -1, '|'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column: -1 (expected: >= 0)");
    }

    @Test
    void masksPasswordsInsideAMisalignedOrShortFixedPart() {
        assertThat(Redaction.redact("11YN20260310    103000AD1111|")).isEqualTo("11YN20260310    103000AD****|");
        assertThat(Redaction.redact("93COkiosk1-pass|CNkiosk1|")).isEqualTo("93CO****|CNkiosk1|");
        // A well-formed frame whose fixed part happens to contain "AD" (currency CAD) is left alone.
        assertThat(Redaction.redact("3719980723    0932110401CADBV111.11|AOx|AAp|"))
                .isEqualTo("3719980723    0932110401CADBV111.11|AOx|AAp|");
    }
}
