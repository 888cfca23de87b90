package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2DecodeException.Violation;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RequestAcsResend;
import io.github.sip2kit.core.RequestScResend;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.UnknownMessage;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Behaviour of every {@link Sip2Codec} builder option and policy, against small hand-written frames. Checksums are
 * computed here with {@link Checksum#compute(byte[], int, int)} over the exact bytes, so each frame states what the
 * wire carries.
 */
class Sip2CodecTest {

    /** Patron Status Request (23): language 001, a transaction date, AO, AA, AC, AD. */
    private static final String PATRON_STATUS = "2300120240115    103000AOMAIN|AA123|AC|AD|";

    /** The body of the reference's §1.6 charset example (Patron Status Response, 24), up to and including AZ. */
    private static final String MUELLER =
            "24              00120240115    103000AOMAIN|AA21234567890|AEMüller, Jürgen|AY1AZ";

    /** The php-sip2 #8 response (reference §1.6): its checksum is the sum of Unicode code points. */
    private static final String PHP_SIP2_8 = "1812020120230316    145800AB0230200408766|AJAnam ċara :|AQYS|CRNONFICTR"
            + "|BGYS|AH20230131    235900|AY3AZE5D1";

    private static final Sip2Timestamp DATE = Sip2Timestamp.of(LocalDateTime.of(2024, 1, 15, 10, 30, 0));

    private static final Charset IBM850 = Charset.forName("IBM850");

    private static final Sip2Codec LENIENT = Sip2Codec.defaults();
    private static final Sip2Codec STRICT = Sip2Codec.strict();

    /** {@return the text with {@code AY<seq>AZ} and the checksum of its bytes in the charset appended} */
    private static String seal(String text, int sequence, Charset charset) {
        String covered = text + "AY" + sequence + "AZ";
        byte[] bytes = covered.getBytes(charset);
        return covered + Checksum.toHex(Checksum.compute(bytes, 0, bytes.length));
    }

    private static String seal(String text, int sequence) {
        return seal(text, sequence, StandardCharsets.US_ASCII);
    }

    /** {@return the text with only {@code AZ} and its checksum appended} */
    private static String sealWithoutSequence(String text) {
        String covered = text + "AZ";
        byte[] bytes = covered.getBytes(StandardCharsets.US_ASCII);
        return covered + Checksum.toHex(Checksum.compute(bytes, 0, bytes.length));
    }

    private static Sip2DecodeException decodeFailure(Sip2Codec codec, String frame) {
        Sip2DecodeException error = catchThrowableOfType(Sip2DecodeException.class, () -> codec.decodeFrame(frame));
        assertThat(error).as("decoding %s with %s should fail", frame, codec).isNotNull();
        return error;
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static PatronStatusResponse mueller() {
        return PatronStatusResponse.builder()
                .language(Language.ENGLISH)
                .transactionDate(DATE)
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .personalName("Müller, Jürgen")
                .build();
    }

    private static Sip2Codec withCharset(Charset charset) {
        return Sip2Codec.builder().charset(charset).build();
    }

    @Nested
    class Charsets {

        @ParameterizedTest
        @CsvSource({"UTF-8, 82, EB04", "ISO-8859-1, 80, EC0A", "IBM850, 80, ED00"})
        void encodesTheSameTextToTheBytesAndChecksumOfTheCharset(String charsetName, int coveredBytes, String sum) {
            Charset charset = Charset.forName(charsetName);
            Sip2Codec codec = withCharset(charset);

            byte[] wire = codec.encode(mueller(), 1);

            byte[] expected = (MUELLER + sum + "\r").getBytes(charset);
            assertThat(wire).isEqualTo(expected);
            assertThat(expected.length - 5).isEqualTo(coveredBytes); // four hex digits and the CR are not covered
            assertThat(codec.decodeFrame(wire).message()).isEqualTo(mueller());
            assertThat(codec.decodeFrame(wire).checksum()).isEqualTo(ChecksumStatus.VERIFIED);
        }

        @Test
        void decodesTextGivenAsCharactersInTheCodecsCharset() {
            Sip2Codec utf8 = withCharset(StandardCharsets.UTF_8);

            Sip2Frame frame = utf8.decodeFrame(MUELLER + "EB04");

            assertThat(frame.checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(((PatronStatusResponse) frame.message()).personalName()).isEqualTo("Müller, Jürgen");
            assertThat(decodeFailure(withCharset(StandardCharsets.ISO_8859_1), MUELLER + "EB04").reason())
                    .isEqualTo(Reason.CHECKSUM_MISMATCH);
        }

        @Test
        void readsUtf8BytesAsOtherTextWhenTheCharsetDiffers() {
            byte[] utf8Wire = (MUELLER + "EB04\r").getBytes(StandardCharsets.UTF_8);

            Sip2Frame frame = withCharset(StandardCharsets.ISO_8859_1).decodeFrame(utf8Wire);

            assertThat(frame.checksum()).isEqualTo(ChecksumStatus.VERIFIED); // bytes are the truth
            assertThat(((PatronStatusResponse) frame.message()).personalName()).isEqualTo("MÃ¼ller, JÃ¼rgen");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ISO-8859-1", "IBM850", "US-ASCII"})
        void refusesToEncodeACharacterTheCharsetCannotEncodeAndNamesItsColumn(String charsetName) {
            Sip2Codec codec = withCharset(Charset.forName(charsetName));
            PatronStatusResponse message = mueller().toBuilder().personalName("Anam ċara").build();
            int column = LENIENT.encodeToString(mueller()).indexOf("AE") + "AEAnam ".length() + 1;

            assertThatThrownBy(() -> codec.encode(message))
                    .isInstanceOf(Sip2EncodeException.class)
                    .hasMessageContaining("U+010B")
                    .hasMessageContaining("column " + column)
                    .hasMessageContaining(codec.charset().name());
        }

        @Test
        void refusesToDecodeTextWithACharacterTheCharsetCannotEncode() {
            Sip2DecodeException error = decodeFailure(withCharset(StandardCharsets.ISO_8859_1), PHP_SIP2_8);

            assertThat(error.reason()).isEqualTo(Reason.ILLEGAL_CHARACTER);
            assertThat(error.column()).isEqualTo(PHP_SIP2_8.indexOf('ċ') + 1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"UTF-16", "UTF-16BE", "UTF-32"})
        void builderRejectsACharsetThatIsNotAsciiCompatible(String charsetName) {
            assertThatThrownBy(() -> Sip2Codec.builder().charset(Charset.forName(charsetName)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("charset: " + charsetName)
                    .hasMessageContaining("(expected: ");
        }

        @Test
        void defaultCharsetIsCodePage850() {
            assertThat(LENIENT.charset()).isEqualTo(IBM850);
            assertThat(LENIENT.encode(mueller().toBuilder().personalName("ü").build()))
                    .contains((byte) 0x81);
        }
    }

    @Nested
    class FieldDelimiter {

        private final Sip2Codec tilde = Sip2Codec.builder().fieldDelimiter('~').build();

        @Test
        void decodesAndEncodesWithACustomFieldDelimiter() {
            String frame = seal("2300120240115    103000AOMAIN~AA123~AC~AD~", 4);

            Sip2Frame decoded = tilde.decodeFrame(frame);

            PatronStatusRequest message = (PatronStatusRequest) decoded.message();
            assertThat(message.institutionId()).isEqualTo("MAIN");
            assertThat(message.patronIdentifier()).isEqualTo("123");
            assertThat(message.unknownFields()).isEmpty();
            assertThat(tilde.encodeToString(decoded)).isEqualTo(frame);
            assertThat(tilde.encodeToString(message, 4)).isEqualTo(frame);
        }

        @Test
        void reportsAPipeInsideAKnownFieldAsADecodeErrorOfThatField() {
            // The model never carries '|' in a value, so with another delimiter it is an invalid value, not data.
            String frame = "2300120240115    103000AOMA|N~AA123~AC~AD~";

            Sip2DecodeException error = decodeFailure(tilde, frame);

            assertThat(error.reason()).isEqualTo(Reason.INVALID_FIELD_VALUE);
            assertThat(error.fieldId()).contains("AO");
            assertThat(error.column()).isEqualTo(frame.indexOf("AO") + 3);
        }

        @Test
        void reportsAPipeInsideAnUnknownFieldAsADecodeError() {
            String frame = "2300120240115    103000AOMAIN~AA123~AC~AD~ZZa|b~";

            DecodeResult result = tilde.tryDecode(frame);

            assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
            Sip2DecodeException error = ((DecodeResult.Malformed) result).error();
            assertThat(error.reason()).isEqualTo(Reason.INVALID_FIELD_VALUE);
            assertThat(error.fieldId()).contains("ZZ");
        }

        @Test
        void keepsAPipeInsideAnUnknownMessageBody() {
            assertThat(tilde.decode("XXa|b~")).isEqualTo(new UnknownMessage("XX", "a|b~"));
        }

        @Test
        void refusesToEncodeAValueContainingTheCustomDelimiter() {
            PatronStatusRequest message = PatronStatusRequest.builder()
                    .transactionDate(DATE)
                    .institutionId("MAIN")
                    .patronIdentifier("12~3")
                    .build();

            assertThatThrownBy(() -> tilde.encode(message))
                    .isInstanceOf(Sip2EncodeException.class)
                    .hasMessageContaining("field AA")
                    .hasMessageContaining("'~'");
            assertThatThrownBy(() -> tilde.encode(message.toBuilder().patronIdentifier("1")
                            .addUnknownField("ZZ", "a~b").build()))
                    .isInstanceOf(Sip2EncodeException.class)
                    .hasMessageContaining("field ZZ");
        }

        @ParameterizedTest
        @ValueSource(chars = {'A', '7', ' ', '\r', '\u00e9'})
        void builderRejectsADelimiterThatCannotSeparateFields(char delimiter) {
            assertThatThrownBy(() -> Sip2Codec.builder().fieldDelimiter(delimiter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fieldDelimiter");
        }
    }

    @Nested
    class Terminators {

        @Test
        void writesCrByDefaultAndCrlfWhenConfigured() {
            Sip2Codec crlf = Sip2Codec.builder().terminator(Terminator.CRLF).build();
            LoginResponse ok = LoginResponse.builder().ok(true).build();

            assertThat(ascii(LENIENT.encode(ok))).isEqualTo("941\r");
            assertThat(ascii(crlf.encode(ok))).isEqualTo("941\r\n");
            assertThat(ascii(crlf.encode(ok, 5))).isEqualTo(seal("941", 5) + "\r\n");
            assertThat(crlf.encodeToString(ok, 5)).isEqualTo(seal("941", 5));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\r", "\r\n", "\n"})
        void decodeAcceptsCrCrlfLfOrNoTerminator(String terminator) {
            String frame = seal(PATRON_STATUS, 2);
            Sip2Frame expected = LENIENT.decodeFrame(frame);

            assertThat(LENIENT.decodeFrame(frame + terminator)).isEqualTo(expected);
            assertThat(LENIENT.decodeFrame((frame + terminator).getBytes(StandardCharsets.US_ASCII)))
                    .isEqualTo(expected);
            assertThat(expected.sequenceNumber()).hasValue(2);
        }

        @Test
        void rejectsALineBreakInsideAFrame() {
            String frame = "2300120240115    103000AOMA\rIN|AA123|AC|AD|";

            Sip2DecodeException error = decodeFailure(LENIENT, frame);

            assertThat(error.reason()).isEqualTo(Reason.ILLEGAL_CHARACTER);
            assertThat(error.column()).isEqualTo(frame.indexOf('\r') + 1);
        }
    }

    @Nested
    class UnknownFields {

        private final String frame = seal("2300120240115    103000AOMAIN|ZZvendor|AA123|AC|AD|", 1);

        @Test
        void preserveKeepsUnknownFieldsAndReEncodesThemInPlace() {
            Sip2Frame decoded = LENIENT.decodeFrame(frame);

            assertThat(((PatronStatusRequest) decoded.message()).unknownFields())
                    .containsExactly(RawField.of("ZZ", "vendor"));
            assertThat(decoded.fieldOrder()).containsExactly("AO", "ZZ", "AA", "AC", "AD");
            assertThat(LENIENT.encodeToString(decoded)).isEqualTo(frame);
            assertThat(LENIENT.encodeToString(decoded.message()))
                    .isEqualTo("2300120240115    103000AOMAIN|AA123|AC|AD|ZZvendor|");
        }

        @Test
        void dropDiscardsUnknownFields() {
            Sip2Codec drop = Sip2Codec.builder().unknownFieldPolicy(UnknownFieldPolicy.DROP).build();

            Sip2Frame decoded = drop.decodeFrame(frame);

            assertThat(((PatronStatusRequest) decoded.message()).unknownFields()).isEmpty();
            assertThat(decoded.fieldOrder()).containsExactly("AO", "AA", "AC", "AD");
            assertThat(decoded.checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(drop.encodeToString(decoded)).isEqualTo(seal(PATRON_STATUS, 1));
        }

        @Test
        void rejectFailsWithTheFieldAndItsColumn() {
            Sip2Codec reject = Sip2Codec.builder().unknownFieldPolicy(UnknownFieldPolicy.REJECT).build();

            Sip2DecodeException error = decodeFailure(reject, frame);

            assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
            assertThat(error.fieldId()).contains("ZZ");
            assertThat(error.messageCode()).contains("23");
            assertThat(error.column()).isEqualTo(frame.indexOf("ZZ") + 1);
        }

        @Test
        void strictPresetStillPreservesUnknownFields() {
            assertThat(((PatronStatusRequest) STRICT.decode(frame)).unknownFields())
                    .containsExactly(RawField.of("ZZ", "vendor"));
        }
    }

    @Nested
    class UnknownMessages {

        private final String frame = seal("XXfree|form body|", 7);

        @Test
        void preserveDecodesAnUnknownMessageThatReEncodesByteForByte() {
            Sip2Frame decoded = LENIENT.decodeFrame(frame + "\r");

            assertThat(decoded.message()).isEqualTo(new UnknownMessage("XX", "free|form body|"));
            assertThat(decoded.sequenceNumber()).hasValue(7);
            assertThat(decoded.checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(LENIENT.encode(decoded)).isEqualTo((frame + "\r").getBytes(StandardCharsets.US_ASCII));
            assertThat(LENIENT.encodeToString(decoded.message())).isEqualTo("XXfree|form body|");
        }

        @Test
        void rejectFailsWithUnknownMessageCode() {
            Sip2Codec reject = Sip2Codec.builder().unknownMessagePolicy(UnknownMessagePolicy.REJECT).build();

            Sip2DecodeException error = decodeFailure(reject, frame);

            assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_MESSAGE_CODE);
            assertThat(error.messageCode()).contains("XX");
            assertThat(error.column()).isEqualTo(1);
        }
    }

    @Nested
    class DuplicateFields {

        private final String frame = seal("2300120240115    103000AOMAIN|AA123|AA456|AC|AD|", 3);

        @Test
        void firstWinsKeepsTheFirstValueAndTheSurplusAsRawField() {
            Sip2Frame decoded = LENIENT.decodeFrame(frame);

            PatronStatusRequest message = (PatronStatusRequest) decoded.message();
            assertThat(message.patronIdentifier()).isEqualTo("123");
            assertThat(message.unknownFields()).containsExactly(RawField.of("AA", "456"));
            assertThat(LENIENT.encodeToString(decoded)).isEqualTo(frame);
            assertThat(LENIENT.decodeFrame(LENIENT.encode(decoded))).isEqualTo(decoded);
        }

        @Test
        void lastWinsKeepsTheLastValueAndDropsTheEarlierOnes() {
            Sip2Codec lastWins = Sip2Codec.builder().duplicateFieldPolicy(DuplicateFieldPolicy.LAST_WINS).build();

            Sip2Frame decoded = lastWins.decodeFrame(frame);

            PatronStatusRequest message = (PatronStatusRequest) decoded.message();
            assertThat(message.patronIdentifier()).isEqualTo("456");
            assertThat(message.unknownFields()).isEmpty();
            // LAST_WINS is the one lossy policy: the earlier occurrence is gone, and re-encoding is stable.
            assertThat(decoded.fieldOrder()).containsExactly("AO", "AA", "AC", "AD");
            String reencoded = lastWins.encodeToString(decoded);
            assertThat(reencoded).startsWith("2300120240115    103000AOMAIN|AA456|AC|AD|AY3AZ");
            assertThat(lastWins.decodeFrame(reencoded)).isEqualTo(decoded);
        }

        @Test
        void rejectFailsWithDuplicateField() {
            Sip2Codec reject = Sip2Codec.builder().duplicateFieldPolicy(DuplicateFieldPolicy.REJECT).build();

            Sip2DecodeException error = decodeFailure(reject, frame);

            assertThat(error.reason()).isEqualTo(Reason.DUPLICATE_FIELD);
            assertThat(error.fieldId()).contains("AA");
            assertThat(error.column()).isEqualTo(frame.indexOf("AA456") + 1);
            assertThat(decodeFailure(STRICT, frame).reason()).isEqualTo(Reason.DUPLICATE_FIELD);
        }

        @Test
        void repeatableFieldsAreNeverDuplicates() {
            Sip2Codec reject = Sip2Codec.builder().duplicateFieldPolicy(DuplicateFieldPolicy.REJECT).build();
            String response = "24              00120240115    103000AOMAIN|AA1|AEname|AFone|AFtwo|";

            assertThat(((PatronStatusResponse) reject.decode(response)).screenMessages()).containsExactly("one", "two");
        }
    }

    @Nested
    class ChecksumPolicies {

        private final String sealed = seal(PATRON_STATUS, 0);
        private final String corrupted = sealed.replace("MAIN", "MAIM");

        @Test
        void verifyIfPresentVerifiesSealedFramesAndAcceptsUnsealedOnes() {
            assertThat(LENIENT.checksumPolicy()).isEqualTo(ChecksumPolicy.VERIFY_IF_PRESENT);
            assertThat(LENIENT.decodeFrame(sealed).checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(LENIENT.decodeFrame(PATRON_STATUS).checksum()).isEqualTo(ChecksumStatus.ABSENT);
            Sip2DecodeException error = decodeFailure(LENIENT, corrupted);
            assertThat(error.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
            assertThat(error.fieldId()).contains("AZ");
            assertThat(error.resendable()).isTrue();
        }

        @Test
        void requireRejectsAFrameWithoutChecksum() {
            Sip2Codec require = Sip2Codec.builder().checksumPolicy(ChecksumPolicy.REQUIRE).build();

            assertThat(require.decodeFrame(sealed).checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(decodeFailure(require, PATRON_STATUS).reason()).isEqualTo(Reason.MISSING_CHECKSUM);
            assertThat(decodeFailure(require, corrupted).reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
        }

        @Test
        void ignoreDecodesAWrongChecksumAsNotVerified() {
            Sip2Codec ignore = Sip2Codec.builder().checksumPolicy(ChecksumPolicy.IGNORE).build();

            Sip2Frame frame = ignore.decodeFrame(corrupted);

            assertThat(frame.checksum()).isEqualTo(ChecksumStatus.NOT_VERIFIED);
            assertThat(frame.sequenceNumber()).hasValue(0);
            assertThat(((PatronStatusRequest) frame.message()).institutionId()).isEqualTo("MAIM");
            assertThat(ignore.decodeFrame(PATRON_STATUS).checksum()).isEqualTo(ChecksumStatus.ABSENT);
        }
    }

    @Nested
    class ChecksumModes {

        private final Sip2Codec utf8 = withCharset(StandardCharsets.UTF_8);

        /** {@return the php-sip2 #8 response decoded without checking its checksum, keeping its field order} */
        private Sip2Frame phpFrame() {
            return utf8.toBuilder().checksumPolicy(ChecksumPolicy.IGNORE).build().decodeFrame(PHP_SIP2_8);
        }

        @Test
        void thePhpSip2ResponseVerifiesOnlyWhenCodePointsAreAccepted() {
            assertThat(decodeFailure(utf8, PHP_SIP2_8).reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
            assertThat(decodeFailure(utf8.toBuilder().acceptedChecksumModes(Set.of(ChecksumMode.ASCII_FOLDED))
                            .build(), PHP_SIP2_8).reason())
                    .isEqualTo(Reason.CHECKSUM_MISMATCH);

            Sip2Frame frame = utf8.toBuilder().acceptedChecksumModes(Set.of(ChecksumMode.CODE_POINTS)).build()
                    .decodeFrame(PHP_SIP2_8);

            assertThat(frame.checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(frame.sequenceNumber()).hasValue(3);
            assertThat(((ItemInformationResponse) frame.message()).titleIdentifier()).isEqualTo("Anam ċara :");
        }

        @Test
        void acceptedModesStillAcceptTheWireBytesChecksum() {
            Sip2Codec lenientPeer = utf8.toBuilder()
                    .acceptedChecksumModes(Set.of(ChecksumMode.CODE_POINTS, ChecksumMode.ASCII_FOLDED))
                    .build();
            String wireSealed = seal(PHP_SIP2_8.substring(0, PHP_SIP2_8.indexOf("AY3")), 3, StandardCharsets.UTF_8);

            assertThat(lenientPeer.decodeFrame(wireSealed).checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(lenientPeer.decodeFrame(PHP_SIP2_8).checksum()).isEqualTo(ChecksumStatus.VERIFIED);
        }

        @Test
        void codePointsAsPrimaryModeWritesTheCodePointChecksum() {
            Sip2Codec codePoints = utf8.toBuilder().checksumMode(ChecksumMode.CODE_POINTS).build();

            String encoded = codePoints.encodeToString(phpFrame());

            assertThat(encoded).isEqualTo(PHP_SIP2_8);
            assertThat(codePoints.decodeFrame(encoded).checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(utf8.encodeToString(phpFrame())).endsWith("AY3AZE58D");
            assertThat(codePoints.encodeToString(phpFrame().message(), 3)).endsWith("AY3AZE5D1"); // same sum, spec order
        }

        @Test
        void asciiFoldedAsPrimaryModeWritesTheChecksumOfTheFoldedText() {
            Sip2Codec folded = utf8.toBuilder().checksumMode(ChecksumMode.ASCII_FOLDED).build();
            String covered = PHP_SIP2_8.substring(0, PHP_SIP2_8.length() - 4);
            byte[] foldedBytes = covered.replace('ċ', '?').getBytes(StandardCharsets.US_ASCII);
            String expected = Checksum.toHex(Checksum.compute(foldedBytes, 0, foldedBytes.length));

            byte[] wire = folded.encode(phpFrame());

            assertThat(new String(wire, StandardCharsets.UTF_8)).isEqualTo(covered + expected + "\r");
            assertThat(expected).isNotEqualTo("E5D1").isNotEqualTo("E58D");
            assertThat(folded.decodeFrame(wire).checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(decodeFailure(utf8, covered + expected).reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
        }

        @Test
        void modesAgreeOnAsciiText() {
            String sealed = seal(PATRON_STATUS, 6);
            for (ChecksumMode mode : ChecksumMode.values()) {
                Sip2Codec codec = utf8.toBuilder().checksumMode(mode).build();
                assertThat(codec.decodeFrame(sealed).checksum()).as("%s", mode).isEqualTo(ChecksumStatus.VERIFIED);
                assertThat(codec.encodeToString(LENIENT.decode(sealed), 6)).as("%s", mode).isEqualTo(sealed);
            }
        }
    }

    @Nested
    class LenientVersusStrict {

        @Test
        void blankDatesAreModelledWhenLenientAndRejectedWhenStrict() {
            String frame = "23001" + " ".repeat(18) + "AOMAIN|AA123|AC|AD|";

            PatronStatusRequest message = (PatronStatusRequest) LENIENT.decode(frame);

            assertThat(message.transactionDate()).isEqualTo(Sip2Timestamp.BLANK);
            assertThat(LENIENT.encodeToString(message)).isEqualTo(frame);
            Sip2DecodeException error = decodeFailure(STRICT, frame);
            assertThat(error.reason()).isEqualTo(Reason.INVALID_FIXED_FIELD);
            assertThat(error.column()).isEqualTo(6);
        }

        @Test
        void oddZoneAreaIsKeptWhenLenientAndRejectedWhenStrict() {
            String frame = "23001202401150000103000AOMAIN|AA123|AC|AD|"; // zone 0000, as NYPL's client writes it

            PatronStatusRequest message = (PatronStatusRequest) LENIENT.decode(frame);

            assertThat(message.transactionDate().wire()).isEqualTo("202401150000103000");
            assertThat(message.transactionDate().offset()).isEmpty();
            assertThat(LENIENT.encodeToString(message)).isEqualTo(frame);
            Sip2DecodeException error = decodeFailure(STRICT, frame);
            assertThat(error.reason()).isEqualTo(Reason.INVALID_FIXED_FIELD);
            assertThat(error.column()).isEqualTo(6);
        }

        @Test
        void lowerCaseChecksumIsAcceptedWhenLenientAndRejectedWhenStrict() {
            String upper = seal(PATRON_STATUS, 0);
            assertThat(upper.substring(upper.length() - 4)).matches(".*[A-F].*");
            String lower = upper.substring(0, upper.length() - 4) + upper.substring(upper.length() - 4).toLowerCase();

            assertThat(LENIENT.decodeFrame(lower).checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            Sip2DecodeException error = decodeFailure(STRICT, lower);
            assertThat(error.reason()).isEqualTo(Reason.MALFORMED_CHECKSUM);
            assertThat(error.fieldId()).contains("AZ");
        }

        @Test
        void checksumWithoutSequenceNumberIsAcceptedWhenLenientAndRejectedWhenStrict() {
            String frame = sealWithoutSequence(PATRON_STATUS);

            Sip2Frame decoded = LENIENT.decodeFrame(frame);

            assertThat(decoded.checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(decoded.sequenceNumber()).isEmpty();
            assertThat(LENIENT.encodeToString(decoded)).isEqualTo(frame);
            Sip2DecodeException error = decodeFailure(STRICT, frame);
            assertThat(error.reason()).isEqualTo(Reason.BAD_SEQUENCE_NUMBER);
            assertThat(error.fieldId()).contains("AZ");
        }

        @Test
        void strayDelimiterAfterTheFixedPartIsKeptWhenLenientAndRejectedWhenStrict() {
            String frame = seal("9900002.00|", 0); // as JSIP2 writes it

            Sip2Frame decoded = LENIENT.decodeFrame(frame);

            assertThat(decoded.message()).isEqualTo(ScStatus.builder().maxPrintWidth(0).build());
            assertThat(decoded.fieldOrder()).containsExactly("");
            assertThat(LENIENT.encodeToString(decoded)).isEqualTo(frame);
            assertThat(decodeFailure(STRICT, frame).reason()).isEqualTo(Reason.INVALID_FIELD_ID);
        }

        @Test
        void doubledDelimiterIsKeptWhenLenientAndRejectedWhenStrict() {
            String frame = "2300120240115    103000AOMAIN||AA123|AC|AD|";

            Sip2Frame decoded = LENIENT.decodeFrame(frame);

            assertThat(decoded.message()).isEqualTo(LENIENT.decode(PATRON_STATUS));
            assertThat(LENIENT.encodeToString(decoded)).isEqualTo(frame);
            Sip2DecodeException error = decodeFailure(STRICT, frame);
            assertThat(error.reason()).isEqualTo(Reason.INVALID_FIELD_ID);
            assertThat(error.column()).isEqualTo(frame.indexOf("||") + 2);
        }

        @Test
        void unterminatedLastFieldIsAcceptedWhenLenientAndRejectedWhenStrict() {
            String frame = "2300120240115    103000AOMAIN|AA123|AC|AD";

            assertThat(LENIENT.decode(frame)).isEqualTo(LENIENT.decode(PATRON_STATUS));
            assertThat(decodeFailure(STRICT, frame).reason()).isEqualTo(Reason.MISSING_DELIMITER);
        }

        @Test
        void missingRequiredFieldsDecodeEmptyWhenLenientAndStayAbsentOnReEncode() {
            String frame = seal("2300120240115    103000AOMAIN|AA123|", 5);

            Sip2Frame decoded = LENIENT.decodeFrame(frame);

            PatronStatusRequest message = (PatronStatusRequest) decoded.message();
            assertThat(message.terminalPassword()).isEqualTo(Secret.EMPTY);
            assertThat(message.patronPassword()).isEqualTo(Secret.EMPTY);
            assertThat(LENIENT.encodeToString(decoded)).isEqualTo(frame);
            assertThat(LENIENT.encodeToString(message)).isEqualTo(PATRON_STATUS);
        }

        @Test
        void missingRequiredFieldsAreAllReportedWhenStrict() {
            String frame = "2300120240115    103000AOMAIN|";

            Sip2DecodeException error = decodeFailure(STRICT, frame);

            assertThat(error.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
            assertThat(error.violations())
                    .extracting(v -> v.fieldId().orElse(""))
                    .containsExactly("AA", "AC", "AD");
            assertThat(error.violations()).extracting(Violation::reason).containsOnly(Reason.MISSING_REQUIRED_FIELD);
        }

        @Test
        void missingTextFieldDecodesToEmptyStringWhenLenient() {
            PatronStatusRequest message = (PatronStatusRequest) LENIENT.decode("2300120240115    103000AOMAIN|AC|AD|");

            assertThat(message.patronIdentifier()).isEmpty();
        }

        @Test
        void unparseableOptionalValueIsKeptAsRawFieldWhenLenient() {
            String frame = seal("24              00120240115    103000AOMAIN|AA123|AEname|BLx|", 8);

            Sip2Frame decoded = LENIENT.decodeFrame(frame);

            PatronStatusResponse message = (PatronStatusResponse) decoded.message();
            assertThat(message.validPatron()).isEmpty();
            assertThat(message.unknownFields()).containsExactly(RawField.of("BL", "x"));
            assertThat(LENIENT.encodeToString(decoded)).isEqualTo(frame);
        }

        @Test
        void unparseableOptionalValueIsAnInvalidFieldValueWhenStrict() {
            String frame = "24              00120240115    103000AOMAIN|AA123|AEname|BLx|";

            Sip2DecodeException error = decodeFailure(STRICT, frame);

            assertThat(error.reason()).isEqualTo(Reason.INVALID_FIELD_VALUE);
            assertThat(error.fieldId()).contains("BL");
            assertThat(error.column()).isEqualTo(frame.indexOf("BLx") + 3);
        }

        @Test
        void strictListsEveryViolation() {
            String frame = "23001202401150000103000AOMAIN||AA123|ZZx|AC|AD";

            Sip2DecodeException error = decodeFailure(STRICT, frame);

            assertThat(error.violations())
                    .extracting(Violation::reason)
                    .containsExactly(Reason.INVALID_FIXED_FIELD, Reason.INVALID_FIELD_ID, Reason.MISSING_DELIMITER);
            assertThat(error.reason()).isEqualTo(Reason.INVALID_FIXED_FIELD);
        }

        @Test
        void bothModesAcceptACanonicalFrame() {
            String frame = seal(PATRON_STATUS, 9);

            assertThat(STRICT.decodeFrame(frame)).isEqualTo(LENIENT.decodeFrame(frame));
        }
    }

    @Nested
    class Limits {

        @Test
        void maxFieldLengthRejectsALongerValue() {
            Sip2Codec codec = Sip2Codec.builder().limits(Sip2Limits.builder().maxFieldLength(5).build()).build();
            String fits = "2300120240115    103000AOMAIN|AA12345|AC|AD|";
            String tooLong = "2300120240115    103000AOMAIN|AA123456|AC|AD|";

            assertThat(((PatronStatusRequest) codec.decode(fits)).patronIdentifier()).isEqualTo("12345");
            Sip2DecodeException error = decodeFailure(codec, tooLong);
            assertThat(error.reason()).isEqualTo(Reason.FIELD_TOO_LONG);
            assertThat(error.fieldId()).contains("AA");
            assertThat(error.column()).isEqualTo(tooLong.indexOf("AA") + 1);
            assertThat(LENIENT.decode(tooLong)).isInstanceOf(PatronStatusRequest.class);
        }

        @Test
        void strictRejectsValuesLongerThanTheSpecAllowsEvenWithinTheLimit() {
            String frame = "2300120240115    103000AOMAIN|AA" + "1".repeat(256) + "|AC|AD|";

            assertThat(((PatronStatusRequest) LENIENT.decode(frame)).patronIdentifier()).hasSize(256);
            assertThat(decodeFailure(STRICT, frame).reason()).isEqualTo(Reason.FIELD_TOO_LONG);
        }

        @Test
        void maxRepeatsRejectsOneRepeatTooMany() {
            Sip2Codec codec = Sip2Codec.builder().limits(Sip2Limits.builder().maxRepeats(2).build()).build();
            String two = "24              00120240115    103000AOMAIN|AA1|AEname|AFa|AFb|";

            assertThat(((PatronStatusResponse) codec.decode(two)).screenMessages()).containsExactly("a", "b");
            Sip2DecodeException error = decodeFailure(codec, two + "AFc|");
            assertThat(error.reason()).isEqualTo(Reason.TOO_MANY_REPEATS);
            assertThat(error.fieldId()).contains("AF");
        }

        @Test
        void maxFrameLengthRejectsALongerFrameNotCountingTheTerminator() {
            String frame = seal(PATRON_STATUS, 1);
            Sip2Codec exact = Sip2Codec.builder()
                    .limits(Sip2Limits.builder().maxFrameLength(frame.length()).build())
                    .build();
            Sip2Codec shorter = Sip2Codec.builder()
                    .limits(Sip2Limits.builder().maxFrameLength(frame.length() - 1).build())
                    .build();

            assertThat(exact.decodeFrame(frame + "\r\n").checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(decodeFailure(shorter, frame).reason()).isEqualTo(Reason.FRAME_TOO_LONG);
        }
    }

    @Nested
    class TypedDecoding {

        private final String checkout = "11NN20240115    103000" + " ".repeat(18) + "AOMAIN|AA123|AB456|AC|";

        @Test
        void decodesToTheRequestedType() {
            CheckoutRequest request = LENIENT.decode(checkout, CheckoutRequest.class);
            ScMessage message = LENIENT.decode(checkout, ScMessage.class);
            CheckoutRequest fromBytes = LENIENT.decode(checkout.getBytes(StandardCharsets.US_ASCII), CheckoutRequest.class);

            assertThat(request.itemIdentifier()).isEqualTo("456");
            assertThat(message).isEqualTo(request);
            assertThat(fromBytes).isEqualTo(request);
        }

        @Test
        void rejectsAMessageTravellingTheOtherWay() {
            Sip2DecodeException error = catchThrowableOfType(
                    Sip2DecodeException.class, () -> LENIENT.decode(checkout, AcsMessage.class));

            assertThat(error.reason()).isEqualTo(Reason.UNEXPECTED_DIRECTION);
            assertThat(error.messageCode()).contains("11");
            assertThat(error.getMessage()).contains("CheckoutRequest").contains("AcsMessage");
        }

        @Test
        void rejectsAnotherMessageOfTheSameDirection() {
            Sip2DecodeException error = catchThrowableOfType(
                    Sip2DecodeException.class, () -> LENIENT.decode(checkout, PatronStatusRequest.class));

            assertThat(error.reason()).isEqualTo(Reason.UNEXPECTED_MESSAGE_TYPE);
        }

        @Test
        void anyMessageTypeAcceptsEverything() {
            assertThat(LENIENT.decode("XXbody", Sip2Message.class)).isEqualTo(new UnknownMessage("XX", "body"));
        }

        @Test
        void tryDecodeReturnsDecodedOrMalformedWithoutThrowing() {
            DecodeResult ok = LENIENT.tryDecode(checkout);
            DecodeResult okBytes = LENIENT.tryDecode(checkout.getBytes(StandardCharsets.US_ASCII));
            DecodeResult bad = LENIENT.tryDecode("11NN2024");
            DecodeResult badBytes = LENIENT.tryDecode(seal(PATRON_STATUS, 1).replace("MAIN", "MAIM")
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(ok.isDecoded()).isTrue();
            assertThat(((DecodeResult.Decoded) ok).frame().message()).isInstanceOf(CheckoutRequest.class);
            assertThat(okBytes).isEqualTo(ok);
            assertThat(bad.isDecoded()).isFalse();
            assertThat(((DecodeResult.Malformed) bad).error().reason()).isEqualTo(Reason.TRUNCATED_FIXED_PART);
            assertThat(((DecodeResult.Malformed) badBytes).error().reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
        }

        @Test
        void tryDecodeOfPartOfAnArrayDecodesOnlyThatPart() {
            byte[] buffer = ("junk" + PATRON_STATUS + "\rjunk").getBytes(StandardCharsets.US_ASCII);

            DecodeResult result = LENIENT.tryDecode(buffer, 4, PATRON_STATUS.length() + 1);

            assertThat(((DecodeResult.Decoded) result).frame()).isEqualTo(LENIENT.decodeFrame(PATRON_STATUS));
        }
    }

    @Nested
    class Frames {

        private final PatronStatusRequest message = (PatronStatusRequest) LENIENT.decode(PATRON_STATUS);

        @Test
        void rejectsASequenceNumberWithoutChecksum() {
            assertThatThrownBy(() -> new Sip2Frame(message, OptionalInt.of(1), ChecksumStatus.ABSENT, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sequenceNumber");
        }

        @Test
        void rejectsASequenceNumberOnResendRequests() {
            assertThatThrownBy(() -> new Sip2Frame(
                            RequestScResend.builder().build(), OptionalInt.of(1), ChecksumStatus.VERIFIED, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("96");
            assertThatThrownBy(() -> new Sip2Frame(
                            RequestAcsResend.builder().build(), OptionalInt.of(1), ChecksumStatus.VERIFIED, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("97");
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 10})
        void rejectsASequenceNumberOutOfRange(int sequence) {
            assertThatThrownBy(() -> LENIENT.encode(message, sequence))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sequenceNumber: " + sequence)
                    .hasMessageContaining("(expected: 0 to 9)");
            assertThatThrownBy(() -> new Sip2Frame(message, OptionalInt.of(sequence), ChecksumStatus.VERIFIED,
                            List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rejectsAFieldOrderEntryThatIsNoFieldId() {
            assertThatThrownBy(() -> new Sip2Frame(message, OptionalInt.empty(), ChecksumStatus.ABSENT, List.of("A")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fieldOrder");
        }

        @Test
        void encodesResendRequestsWithChecksumButWithoutSequenceNumber() {
            assertThat(ascii(LENIENT.encode(RequestScResend.builder().build(), 4))).isEqualTo("96AZFEF6\r");
            assertThat(ascii(LENIENT.encode(RequestAcsResend.builder().build(), 4))).isEqualTo("97AZFEF5\r");
            assertThat(ascii(LENIENT.encode(RequestAcsResend.builder().build()))).isEqualTo("97\r");
            assertThat(Sip2Frame.of(RequestAcsResend.builder().build(), 4).sequenceNumber()).isEmpty();
        }

        @Test
        void decodedResendRequestReEncodesWithoutSequenceNumber() {
            Sip2Frame frame = LENIENT.decodeFrame("97AZFEF5");

            assertThat(frame.sequenceNumber()).isEmpty();
            assertThat(frame.checksum()).isEqualTo(ChecksumStatus.VERIFIED);
            assertThat(LENIENT.encodeToString(frame)).isEqualTo("97AZFEF5");
        }

        @Test
        void encodeWithSequenceNumberMatchesTheSpecExample() {
            Sip2Message login = LENIENT.decode("9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B");

            assertThat(LENIENT.encodeToString(login, 5))
                    .isEqualTo("9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B");
        }

        @Test
        void withMessageKeepsTheWireDetails() {
            Sip2Frame frame = LENIENT.decodeFrame(seal("2300120240115    103000AAold|AOMAIN|AC|AD|", 2));
            PatronStatusRequest changed = message.toBuilder().patronIdentifier("new").build();

            assertThat(LENIENT.encodeToString(frame.withMessage(changed)))
                    .isEqualTo(seal("2300120240115    103000AAnew|AOMAIN|AC|AD|", 2));
        }
    }

    @Nested
    class FrameWriter {

        /** Records what reached the stream at each flush. */
        private final class FlushRecorder extends ByteArrayOutputStream {
            private final java.util.List<String> flushed = new java.util.ArrayList<>();

            @Override
            public void flush() {
                flushed.add(toString(StandardCharsets.ISO_8859_1));
            }
        }

        @Test
        void writesEachFrameAndFlushesIt() throws IOException {
            FlushRecorder out = new FlushRecorder();
            Sip2Codec crlf = Sip2Codec.builder().terminator(Terminator.CRLF).build();
            LoginResponse ok = LoginResponse.builder().ok(true).build();

            try (Sip2FrameWriter writer = crlf.newFrameWriter(out)) {
                byte[] first = writer.write(ok);
                byte[] second = writer.write(ok, 5);
                byte[] third = writer.write(LENIENT.decodeFrame("97AZFEF5"));
                byte[] fourth = writer.writeFrame(second);

                assertThat(ascii(first)).isEqualTo("941\r\n");
                assertThat(ascii(second)).isEqualTo(seal("941", 5) + "\r\n");
                assertThat(ascii(third)).isEqualTo("97AZFEF5\r\n");
                assertThat(fourth).isSameAs(second);
            }

            String all = "941\r\n" + seal("941", 5) + "\r\n" + "97AZFEF5\r\n" + seal("941", 5) + "\r\n";
            assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo(all);
            assertThat(out.flushed).containsExactly(
                    "941\r\n",
                    "941\r\n" + seal("941", 5) + "\r\n",
                    "941\r\n" + seal("941", 5) + "\r\n" + "97AZFEF5\r\n",
                    all);
        }
    }

    @Nested
    class CodecValue {

        private Sip2Codec everythingChanged() {
            return Sip2Codec.builder()
                    .charset(StandardCharsets.UTF_8)
                    .fieldDelimiter('~')
                    .terminator(Terminator.CRLF)
                    .terminatorPolicy(TerminatorPolicy.CR_ONLY)
                    .limits(Sip2Limits.builder().maxFrameLength(100).maxFieldLength(10).maxRepeats(3).build())
                    .strictness(Strictness.STRICT)
                    .unknownFieldPolicy(UnknownFieldPolicy.REJECT)
                    .unknownMessagePolicy(UnknownMessagePolicy.REJECT)
                    .duplicateFieldPolicy(DuplicateFieldPolicy.LAST_WINS)
                    .checksumPolicy(ChecksumPolicy.REQUIRE)
                    .checksumMode(ChecksumMode.ASCII_FOLDED)
                    .acceptedChecksumModes(Set.of(ChecksumMode.CODE_POINTS))
                    .build();
        }

        @Test
        void builderDefaultsEqualTheDefaultCodec() {
            Sip2Codec built = Sip2Codec.builder().build();

            assertThat(built).isEqualTo(LENIENT).hasSameHashCodeAs(LENIENT);
            assertThat(LENIENT.fieldDelimiter()).isEqualTo('|');
            assertThat(LENIENT.terminator()).isEqualTo(Terminator.CR);
            assertThat(LENIENT.terminatorPolicy()).isEqualTo(TerminatorPolicy.ANY);
            assertThat(LENIENT.limits()).isEqualTo(Sip2Limits.defaults());
            assertThat(LENIENT.strictness()).isEqualTo(Strictness.LENIENT);
            assertThat(LENIENT.unknownFieldPolicy()).isEqualTo(UnknownFieldPolicy.PRESERVE);
            assertThat(LENIENT.unknownMessagePolicy()).isEqualTo(UnknownMessagePolicy.PRESERVE);
            assertThat(LENIENT.duplicateFieldPolicy()).isEqualTo(DuplicateFieldPolicy.FIRST_WINS);
            assertThat(LENIENT.checksumMode()).isEqualTo(ChecksumMode.WIRE_BYTES);
            assertThat(LENIENT.acceptedChecksumModes()).isEmpty();
            assertThat(STRICT.strictness()).isEqualTo(Strictness.STRICT);
            assertThat(STRICT.duplicateFieldPolicy()).isEqualTo(DuplicateFieldPolicy.REJECT);
        }

        @Test
        void toBuilderRoundTripsEverySetting() {
            Sip2Codec codec = everythingChanged();

            assertThat(codec.toBuilder().build()).isEqualTo(codec).hasSameHashCodeAs(codec);
            assertThat(codec).isNotEqualTo(LENIENT);
            assertThat(LENIENT.toBuilder().build()).isEqualTo(LENIENT);
        }

        @Test
        void everySettingTakesPartInEquality() {
            Sip2Codec base = everythingChanged();
            List<Sip2Codec> variants = List.of(
                    base.toBuilder().charset(StandardCharsets.ISO_8859_1).build(),
                    base.toBuilder().fieldDelimiter('^').build(),
                    base.toBuilder().terminator(Terminator.CR).build(),
                    base.toBuilder().terminatorPolicy(TerminatorPolicy.ANY).build(),
                    base.toBuilder().limits(Sip2Limits.defaults()).build(),
                    base.toBuilder().strictness(Strictness.LENIENT).build(),
                    base.toBuilder().unknownFieldPolicy(UnknownFieldPolicy.DROP).build(),
                    base.toBuilder().unknownMessagePolicy(UnknownMessagePolicy.PRESERVE).build(),
                    base.toBuilder().duplicateFieldPolicy(DuplicateFieldPolicy.FIRST_WINS).build(),
                    base.toBuilder().checksumPolicy(ChecksumPolicy.IGNORE).build(),
                    base.toBuilder().checksumMode(ChecksumMode.WIRE_BYTES).build(),
                    base.toBuilder().acceptedChecksumModes(Set.of()).build());

            for (Sip2Codec variant : variants) {
                assertThat(variant).as("%s", variant).isNotEqualTo(base);
            }
            assertThat(new HashSet<>(variants)).hasSize(variants.size());
        }

        @Test
        void toStringNamesTheSettings() {
            assertThat(everythingChanged().toString())
                    .contains("UTF-8", "delimiter=~", "CRLF", "CR_ONLY", "maxFieldLength=10", "STRICT", "REJECT",
                            "LAST_WINS", "REQUIRE", "ASCII_FOLDED", "CODE_POINTS");
            assertThat(LENIENT.toString()).contains("IBM850", "LENIENT", "PRESERVE", "FIRST_WINS", "WIRE_BYTES");
        }

        @Test
        void acceptedChecksumModesAreAnImmutableCopy() {
            Set<ChecksumMode> modes = new HashSet<>(Set.of(ChecksumMode.CODE_POINTS));
            Sip2Codec codec = Sip2Codec.builder().acceptedChecksumModes(modes).build();
            modes.add(ChecksumMode.ASCII_FOLDED);

            assertThat(codec.acceptedChecksumModes()).containsExactly(ChecksumMode.CODE_POINTS);
            assertThatThrownBy(() -> codec.acceptedChecksumModes().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class VendorProfiles {

        @Test
        void kohaWritesCrlfInUtf8() {
            Sip2Codec koha = VendorProfile.builtIn("koha").orElseThrow().codec();

            assertThat(koha.terminator()).isEqualTo(Terminator.CRLF);
            assertThat(koha.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(new String(koha.encode(mueller()), StandardCharsets.UTF_8)).endsWith("Jürgen|\r\n");
        }

        @Test
        void almaSumsTheAsciiFoldedTextInUtf8() {
            Sip2Codec alma = VendorProfile.builtIn("alma").orElseThrow().codec();

            assertThat(alma.checksumMode()).isEqualTo(ChecksumMode.ASCII_FOLDED);
            assertThat(alma.charset()).isEqualTo(StandardCharsets.UTF_8);
        }

        @Test
        void defaultProfileComesFirstAndUsesTheDefaultCodec() {
            List<VendorProfile> all = VendorProfile.builtIns();

            assertThat(all.get(0)).isEqualTo(VendorProfile.defaults());
            assertThat(VendorProfile.defaults().name()).isEqualTo("default");
            assertThat(VendorProfile.defaults().codec()).isEqualTo(LENIENT);
            assertThat(VendorProfile.defaults().errorDetection()).isEqualTo(ErrorDetection.AUTO);
            assertThat(VendorProfile.defaults().scStatusBeforeLogin()).isTrue();
        }

        @Test
        void builtInNamesAreUniqueAndLookedUpByName() {
            List<VendorProfile> all = VendorProfile.builtIns();

            assertThat(all).extracting(VendorProfile::name).doesNotHaveDuplicates()
                    .contains("default", "bibliotheca", "envisionware", "koha", "evergreen", "folio", "alma");
            for (VendorProfile profile : all) {
                assertThat(VendorProfile.builtIn(profile.name())).contains(profile);
                assertThat(profile.description()).isNotBlank();
            }
        }

        @Test
        void unknownProfileNameIsEmpty() {
            assertThat(VendorProfile.builtIn("nope")).isEmpty();
        }

        @Test
        void profileIsAValueAndCopiesUnderANewName() {
            VendorProfile koha = VendorProfile.builtIn("koha").orElseThrow();
            VendorProfile copy = koha.toBuilder("my-koha").errorDetection(ErrorDetection.ON).build();

            assertThat(copy.name()).isEqualTo("my-koha");
            assertThat(copy.codec()).isEqualTo(koha.codec());
            assertThat(copy).isNotEqualTo(koha);
            assertThat(koha.toBuilder("koha").build()).isEqualTo(koha).hasSameHashCodeAs(koha);
            assertThat(copy.toString()).contains("my-koha", "errorDetection=ON");
            assertThatThrownBy(() -> VendorProfile.builder(" ", "blank"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
