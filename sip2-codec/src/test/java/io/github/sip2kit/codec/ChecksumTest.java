package io.github.sip2kit.codec;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChecksumTest {

    /** The 36 sealed messages of the protocol reference, §7. */
    static final List<String> SEALED_FRAMES = List.of(
            "9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B",
            "941AY5AZFDF8",
            "9900802.00AY1AZFCA0",
            "98YYNNNY00500520230822    1524342.00AO3662|BXYYYNYNYYYYYNNNYY|AMThe Library|ANSomeLocation|AY1AZE3C0",
            "2300119960212    100239AOid_21|AA104000000105|AC|AD|AY2AZF271",
            "24              00119960212    100240AOid_21|AA104000000105|AEJohn Doe|BLY|CQN|BHUSD|BV0.00"
                    + "|AFPIN not valid|AY2AZE2E0",
            "01N19960213    162352AO|ALCARD BLOCK TEST|AA104000000705|AC|AY2AZF02F",
            "24YYYY          00019960213    162353AO|AA104000000705|AEJohn Doe|BLY|AFCard blocked|AY2AZE8B4",
            "6300119980723    091905Y         AOInstitutionID|AAPatronID|BP00001|BQ00005|AY1AZEA83",
            "64              00119980723    091906000200000001000000000000AOInstitutionID|AAPatronID"
                    + "|AEPatron Name|BZ0010|BLY|ASItemBook1|ASItemBook2|AFTwo holds are waiting|AY1AZCFCE",
            "11YN19960212    10051419960212    100514AO|AA104000000105|AB000000000005792|AC|AY3AZEDC2",
            "121NNY19960212    100515AO|AA104000000105|AB000000000005792|AJThe Hobbit|AH19960226    235900"
                    + "|CK001|AY3AZE6F4",
            "120NUN20240115    103001AOMAIN|AA21234567890|AB31234000000029|AJ|AH"
                    + "|AFItem is on hold for another patron|AY0AZE134",
            "09N19980821    085721                  APCertification Terminal Location"
                    + "|AOCertification Institute ID|ABCheckInBook|ACTPWord|BIN|AY2AZD6A5",
            "101YNN19980821    085721AOCertification Institute ID|ABCheckInBook"
                    + "|AQPermanent Location for CheckinBook, Language 1|AJTitle For CheckinBook|AAGoodPatron1"
                    + "|CK001|CHCheckinBook Properties|CLsort bin A1|AFScreen Message for CheckInBook"
                    + "|AGPrint Line for CheckInBook|AY2AZA3FF",
            "101YNN20230822    152248AO|AB16000000210799|AQSomeLocation|AJSome example title by Some Author"
                    + "|CL5|CK001|AY1AZDF1B",
            "1719980723    100000AOCertification Institute ID|ABItemBook|AY1AZEBEB",
            "1808000119980723    115615CF00000|ABItemBook|AJTitle For Item Book|CK003"
                    + "|AQPermanent Location for ItemBook, Language 1|APCurrent Location ItemBook"
                    + "|CHFree-form text with new item property|AY0AZC05B",
            "1804000120230822    110550ABSomeBarcode|AJSome example title by Some Author"
                    + "|AH2023-08-31 23:59:00 CEST|BGThe Library|BHSEK|CK001|AQSomeOtherLocation|APSomeLocation"
                    + "|AY1AZCB01",
            "1920240115    103000AOMAIN|AB31234000000011|CHweight=420g|AY7AZF04F",
            "20120240115    103001AB31234000000011|AJThe Hobbit|CHweight=420g|AY7AZEDB6",
            "2519980723    094240AOCertification Institute ID|AAPatronID|AY4AZEBF1",
            "26              00119980723    094241AOCertification Institute ID|AAPatronID|AEPatron Name|BLY"
                    + "|AY4AZE324",
            "15+20240115    103000BW20240301    000000|BSMAIN|BY2|AOMAIN|AA21234567890|AJ123456|AY5AZEB68",
            "161N20240115    103001BW20240301    000000|BR3|BSMAIN|AOMAIN|AA21234567890|AJ123456|AY5AZEB18",
            "29NN20240115    103000                  AOMAIN|AA21234567890|AB31234000000011|AY8AZEEFD",
            "301YNY20240115    103001AOMAIN|AA21234567890|AB31234000000011|AJThe Hobbit|AH20240129    235900"
                    + "|AY8AZE7C3",
            "300NUU20080228    222232AOWOHLERS|AAX00000241|ABM02400028262|AJFolksongs of Britain and Ireland"
                    + "|AH5/23/2008,23:59|CH|AFOverride required to exceed renewal limit.|AY1AZCDA5",
            "3519980723    094014AOCertification Institute ID|AAPatronID|AY3AZEBF2",
            "36Y19980723    094015AOCertification Institute ID|AAPatronID|AY3AZEB97",
            "3719980723    0932110401USDBV111.11|AOCertification Institute ID|AAPatronID|BKTransactionID"
                    + "|AY2AZE1EF",
            "38Y19980723    093212AOCertification Institute ID|AAPatronID|BKTransactionID|AY2AZE57C",
            "6520240115    103000AOMAIN|AA21234567890|AY9AZF586",
            "6610001000120240115    103001AOMAIN|BM31234000000011|BN31234000000029"
                    + "|AFOne item could not be renewed|AY9AZE403",
            "97AZFEF5",
            "96AZFEF6");

    private static final String MUELLER_BODY =
            "24              00120240115    103000AOMAIN|AA21234567890|AEMüller, Jürgen|AY1AZ";

    private static final String PHP_SIP2_ISSUE_8_BODY = "1812020120230316    145800AB0230200408766"
            + "|AJAnam ċara :|AQYS|CRNONFICTR|BGYS|AH20230131    235900|AY3AZ";

    static List<String> sealedFrames() {
        return SEALED_FRAMES;
    }

    /** Verifies like a receiver: the sum of the bytes up to and including AZ against the four digits after it. */
    private static boolean verifies(byte[] frame) {
        int n = frame.length;
        if (n < 6 || frame[n - 6] != 'A' || frame[n - 5] != 'Z') {
            return false;
        }
        int expected = Checksum.parseHex(new String(frame, ISO_8859_1), n - 4);
        return expected >= 0 && expected == Checksum.compute(frame, 0, n - 4);
    }

    private static int compute(String text) {
        byte[] bytes = text.getBytes(US_ASCII);
        return Checksum.compute(bytes, 0, bytes.length);
    }

    @Test
    void computesTheResendConstants() {
        assertThat(Checksum.toHex(compute("96AZ"))).isEqualTo("FEF6");
        assertThat(Checksum.toHex(compute("97AZ"))).isEqualTo("FEF5");
    }

    @Test
    void computesTheWorkedLoginExample() {
        assertThat(Checksum.toHex(compute("9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZ")))
                .isEqualTo("EC7B");
    }

    @Test
    void sumsOnlyTheGivenRange() {
        byte[] bytes = "xx97AZFEF5".getBytes(US_ASCII);
        assertThat(Checksum.compute(bytes, 2, 4)).isEqualTo(0xFEF5);
        assertThatThrownBy(() -> Checksum.compute(bytes, 8, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Checksum.compute(bytes, -1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @ParameterizedTest
    @MethodSource("sealedFrames")
    void everySealedReferenceMessageVerifies(String frame) {
        byte[] bytes = frame.getBytes(US_ASCII);
        assertThat(verifies(bytes)).as(frame).isTrue();
        int covered = frame.length() - 4;
        int total = -Checksum.compute(bytes, 0, covered) + Checksum.parseHex(frame, covered);
        assertThat(total & 0xFFFF).as("sum of the bytes plus the checksum, low 16 bits").isZero();
        assertThat(Checksum.toHex(Checksum.compute(frame.substring(0, covered), US_ASCII, ChecksumMode.WIRE_BYTES)))
                .isEqualTo(frame.substring(covered));
    }

    @ParameterizedTest
    @MethodSource("sealedFrames")
    void everySingleByteChangeToASealedMessageIsDetected(String frame) {
        byte[] original = frame.getBytes(US_ASCII);
        for (int i = 0; i < original.length; i++) {
            for (int value = 0; value < 256; value++) {
                byte[] changed = original.clone();
                changed[i] = (byte) value;
                if (changed[i] == original[i] || isSameHexDigitInOtherCase(original, i, value)) {
                    continue;
                }
                assertThat(verifies(changed))
                        .as("%s with byte %d changed to 0x%02X", frame, i, value)
                        .isFalse();
            }
        }
    }

    private static boolean isSameHexDigitInOtherCase(byte[] frame, int index, int value) {
        return index >= frame.length - 4 && Character.toLowerCase(frame[index]) == value;
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "WIRE_BYTES, UTF-8, EB04",
        "WIRE_BYTES, ISO-8859-1, EC0A",
        "WIRE_BYTES, windows-1252, EC0A",
        "WIRE_BYTES, IBM850, ED00",
        "CODE_POINTS, UTF-8, EC0A",
        "CODE_POINTS, IBM850, EC0A",
        "ASCII_FOLDED, UTF-8, ED84",
        "ASCII_FOLDED, IBM850, ED84",
    })
    void computesTheNonAsciiExampleAsEachKindOfPeerDoes(ChecksumMode mode, String charset, String expected) {
        assertThat(Checksum.toHex(Checksum.compute(MUELLER_BODY, Charset.forName(charset), mode)))
                .isEqualTo(expected);
    }

    @Test
    void wireBytesModeSumsTheEncodedBytes() {
        byte[] utf8 = MUELLER_BODY.getBytes(UTF_8);
        assertThat(utf8).hasSize(82);
        assertThat(Checksum.compute(MUELLER_BODY, UTF_8, ChecksumMode.WIRE_BYTES))
                .isEqualTo(Checksum.compute(utf8, 0, utf8.length));
    }

    @Test
    void codePointChecksumOfTheQuotedIlsResponseDiffersFromItsUtf8Bytes() {
        assertThat(Checksum.toHex(Checksum.compute(PHP_SIP2_ISSUE_8_BODY, UTF_8, ChecksumMode.CODE_POINTS)))
                .isEqualTo("E5D1");
        assertThat(Checksum.toHex(Checksum.compute(PHP_SIP2_ISSUE_8_BODY, UTF_8, ChecksumMode.WIRE_BYTES)))
                .isEqualTo("E58D");
    }

    @Test
    void asciiFoldingCountsACharacterOutsideTheBasicPlaneOnce() {
        String text = "AJ\uD83D\uDCD6|AZ";
        assertThat(Checksum.compute(text, UTF_8, ChecksumMode.ASCII_FOLDED)).isEqualTo(compute("AJ?|AZ"));
        assertThat(Checksum.compute(text, UTF_8, ChecksumMode.CODE_POINTS))
                .isEqualTo(-("AJ|AZ".chars().sum() + 0x1F4D6) & 0xFFFF);
    }

    @Test
    void aSumWhoseLow16BitsAreZeroGivesFourZeros() {
        byte[] bytes = new byte[258];
        Arrays.fill(bytes, (byte) 0xFF);
        bytes[257] = 1;
        assertThat(Checksum.compute(bytes, 0, bytes.length)).isZero();
        assertThat(Checksum.toHex(0)).isEqualTo("0000");
    }

    @Test
    void writesFourUpperCaseDigitsZeroPadded() {
        assertThat(Checksum.toHex(0xA)).isEqualTo("000A");
        assertThat(Checksum.toHex(0xFFFF)).isEqualTo("FFFF");
        assertThat(Checksum.toHex(0xbeef)).isEqualTo("BEEF");
    }

    @Test
    void rejectsAChecksumOutOfRange() {
        assertThatThrownBy(() -> Checksum.toHex(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checksum: -1 (expected: 0 to 65535)");
        assertThatThrownBy(() -> Checksum.toHex(0x10000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesHexDigitsInEitherCase() {
        assertThat(Checksum.parseHex("AZfef5", 2)).isEqualTo(0xFEF5);
        assertThat(Checksum.parseHex("AZFeF5", 2)).isEqualTo(0xFEF5);
        assertThat(Checksum.parseHex("0000", 0)).isZero();
        assertThat(Checksum.parseHex("abcd", 0)).isEqualTo(0xABCD);
    }

    @ParameterizedTest
    @CsvSource({"FEG5, 0", "FEF, 0", "'FEF5', 1", "'FEF5', -1", "' FEF', 0", "+FEF, 0", "0x1F, 0"})
    void refusesWhatIsNotFourHexDigits(String text, int start) {
        assertThat(Checksum.parseHex(text, start)).isEqualTo(-1);
    }

    @Test
    void refusesNonAsciiDigits() {
        assertThat(Checksum.parseHex("\uFF11\uFF12\uFF13\uFF14", 0)).isEqualTo(-1);
        assertThat(Checksum.parseHex("\u0661\u0662\u0663\u0664", 0)).isEqualTo(-1);
    }
}
