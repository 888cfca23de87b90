package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.Sip2Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The malformed vectors of {@code malformed/manifest.csv}: each input must fail with exactly the listed reason,
 * message code, field id and 1-based column, and the exception must not show any password of the input.
 *
 * <p>Columns: {@code name}; {@code mode} ({@code lenient} = {@link Sip2Codec#defaults()}, {@code strict} =
 * {@link Sip2Codec#strict()}); {@code hex_or_text}, either {@code hex:} and the raw bytes or text with {@code \r},
 * {@code \n}, {@code \0}, {@code \t} and {@code \\} escapes (encoded as ISO-8859-1); {@code reason};
 * {@code messageCode} and {@code fieldId} (empty: none expected); {@code column}; {@code options}, a
 * {@code ;}-separated list of codec settings ({@code charset=}, {@code maxFrameLength=}, {@code maxFieldLength=},
 * {@code maxRepeats=}, {@code checksum=}, {@code duplicates=}, {@code unknownFields=}, {@code unknownMessages=}) and
 * {@code expect=} to decode with {@link Sip2Codec#decode(byte[], Class)}.
 */
class MalformedVectorTest {

    /** Values of AC, AD and CO, as far as they can be told in a malformed frame. */
    private static final Pattern PASSWORD = Pattern.compile("\\|(?:AC|AD|CO)([^|]+)");

    /** Every password the manifest's own frames carry contains this marker. */
    private static final String MARKER = "Secret";

    private static final Map<String, Class<? extends Sip2Message>> EXPECTED_TYPES = Map.of(
            "ScMessage", ScMessage.class,
            "AcsMessage", AcsMessage.class,
            "CheckoutRequest", CheckoutRequest.class,
            "CheckoutResponse", CheckoutResponse.class);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/malformed/manifest.csv", numLinesToSkip = 1, maxCharsPerColumn = 8192)
    void rejectsTheInputWithTheListedReasonAndPosition(String name, String mode, String hexOrText, String reason,
            String messageCode, String fieldId, int column, String options) {
        byte[] input = input(hexOrText);
        Sip2Codec codec = codec(mode, options);
        Class<? extends Sip2Message> expected = expectedType(options);

        Throwable thrown = catchThrowable(() -> {
            if (expected == null) {
                codec.decodeFrame(input);
            } else {
                codec.decode(input, expected);
            }
        });

        assertThat(thrown).as(name).isInstanceOf(Sip2DecodeException.class);
        Sip2DecodeException e = (Sip2DecodeException) thrown;
        String description = name + ": " + e.getMessage();
        assertThat(e.reason()).as(description).isEqualTo(Sip2DecodeException.Reason.valueOf(reason));
        assertThat(e.messageCode()).as(description).isEqualTo(Optional.ofNullable(messageCode));
        assertThat(e.fieldId()).as(description).isEqualTo(Optional.ofNullable(fieldId));
        assertThat(e.column()).as(description).isEqualTo(column);
        assertThat(e.violations().get(0).reason()).isEqualTo(e.reason());
        assertThat(e.resendable()).isEqualTo(e.reason().resendable());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/malformed/manifest.csv", numLinesToSkip = 1, maxCharsPerColumn = 8192)
    void showsNoPasswordOfTheInput(String name, String mode, String hexOrText, String reason, String messageCode,
            String fieldId, int column, String options) {
        byte[] input = input(hexOrText);
        Sip2Codec codec = codec(mode, options);
        Class<? extends Sip2Message> expected = expectedType(options);

        Throwable thrown = catchThrowable(() -> {
            if (expected == null) {
                codec.decodeFrame(input);
            } else {
                codec.decode(input, expected);
            }
        });

        assertThat(thrown).as(name).isInstanceOf(Sip2DecodeException.class);
        Sip2DecodeException e = (Sip2DecodeException) thrown;
        List<String> shown = new ArrayList<>(List.of(e.excerpt(), e.getMessage()));
        for (Sip2DecodeException.Violation v : e.violations()) {
            shown.add(v.message());
        }
        for (String text : shown) {
            assertThat(text).as("%s shows %s", name, text).doesNotContain(MARKER);
            for (String password : passwords(new String(input, StandardCharsets.ISO_8859_1))) {
                assertThat(text).as("%s shows %s", name, text).doesNotContain(password);
            }
        }
    }

    @Test
    void manifestCoversPasswordsInManyInputs() {
        // Guards the password test above against a manifest that no longer carries any password.
        long withPasswords = manifestLines().stream().filter(line -> line.contains(MARKER)).count();
        assertThat(withPasswords).isGreaterThanOrEqualTo(8);
    }

    @Test
    void lowerCaseChecksumIsAcceptedWhenLenient() {
        String frame = "9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZec7b\r";

        Sip2Frame decoded = Sip2Codec.defaults().decodeFrame(frame);

        assertThat(decoded.checksum()).isEqualTo(ChecksumStatus.VERIFIED);
        assertThat(decoded.sequenceNumber()).hasValue(5);
        assertThat(((LoginRequest) decoded.message()).loginUserId()).isEqualTo("LoginUserID");
        // Re-encoding writes the checksum in upper case, as every ACS does.
        assertThat(Sip2Codec.defaults().encodeToString(decoded))
                .isEqualTo("9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B");
    }

    @Test
    void strictModeReportsEveryViolationOfAFrame() {
        // AO twice, an empty field, no terminating delimiter: three violations, the first one described.
        String frame = "1720240115    103000AOMAIN|AOBRANCH||AB31234000000011";

        Sip2DecodeException e = (Sip2DecodeException) catchThrowable(() -> Sip2Codec.strict().decode(frame));

        assertThat(e.violations())
                .extracting(Sip2DecodeException.Violation::reason)
                .containsExactly(Sip2DecodeException.Reason.DUPLICATE_FIELD,
                        Sip2DecodeException.Reason.INVALID_FIELD_ID,
                        Sip2DecodeException.Reason.MISSING_DELIMITER);
        assertThat(e.violations()).extracting(Sip2DecodeException.Violation::column).containsExactly(28, 37, 54);
        assertThat(e.reason()).isEqualTo(Sip2DecodeException.Reason.DUPLICATE_FIELD);
    }

    // ------------------------------------------------------------------ helpers

    private static Sip2Codec codec(String mode, String options) {
        Sip2Codec.Builder builder;
        switch (mode) {
            case "lenient":
                builder = Sip2Codec.defaults().toBuilder();
                break;
            case "strict":
                builder = Sip2Codec.strict().toBuilder();
                break;
            default:
                throw new IllegalArgumentException("mode: " + mode + " (expected: lenient or strict)");
        }
        Sip2Limits.Builder limits = Sip2Limits.defaults().toBuilder();
        for (String option : options(options)) {
            String[] kv = option.split("=", 2);
            String value = kv[1];
            switch (kv[0]) {
                case "charset":
                    builder.charset(Charset.forName(value));
                    break;
                case "maxFrameLength":
                    limits.maxFrameLength(Integer.parseInt(value));
                    break;
                case "maxFieldLength":
                    limits.maxFieldLength(Integer.parseInt(value));
                    break;
                case "maxRepeats":
                    limits.maxRepeats(Integer.parseInt(value));
                    break;
                case "checksum":
                    builder.checksumPolicy(ChecksumPolicy.valueOf(value));
                    break;
                case "duplicates":
                    builder.duplicateFieldPolicy(DuplicateFieldPolicy.valueOf(value));
                    break;
                case "unknownFields":
                    builder.unknownFieldPolicy(UnknownFieldPolicy.valueOf(value));
                    break;
                case "unknownMessages":
                    builder.unknownMessagePolicy(UnknownMessagePolicy.valueOf(value));
                    break;
                case "expect":
                    break;
                default:
                    throw new IllegalArgumentException("option: " + option + " (expected: a known setting)");
            }
        }
        return builder.limits(limits.build()).build();
    }

    private static Class<? extends Sip2Message> expectedType(String options) {
        for (String option : options(options)) {
            if (option.startsWith("expect=")) {
                Class<? extends Sip2Message> type = EXPECTED_TYPES.get(option.substring("expect=".length()));
                assertThat(type).as(option).isNotNull();
                return type;
            }
        }
        return null;
    }

    private static List<String> options(String options) {
        List<String> result = new ArrayList<>();
        if (options != null) {
            for (String option : options.split(";")) {
                if (!option.isBlank()) {
                    result.add(option.trim());
                }
            }
        }
        return result;
    }

    private static byte[] input(String hexOrText) {
        if (hexOrText.startsWith("hex:")) {
            return HexFormat.of().parseHex(hexOrText.substring("hex:".length()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < hexOrText.length(); i++) {
            char c = hexOrText.charAt(i);
            if (c == '\\' && i + 1 < hexOrText.length()) {
                char next = hexOrText.charAt(++i);
                switch (next) {
                    case 'r':
                        out.write('\r');
                        break;
                    case 'n':
                        out.write('\n');
                        break;
                    case '0':
                        out.write(0);
                        break;
                    case 't':
                        out.write('\t');
                        break;
                    case '\\':
                        out.write('\\');
                        break;
                    default:
                        throw new IllegalArgumentException("escape: \\" + next + " (expected: \\r \\n \\0 \\t \\\\)");
                }
            } else {
                if (c > 0xff) {
                    throw new IllegalArgumentException("character: U+" + Integer.toHexString(c)
                            + " (expected: ISO-8859-1 text; use hex: for other bytes)");
                }
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static List<String> passwords(String frame) {
        List<String> passwords = new ArrayList<>();
        // Look at every line: a CR or LF inside a frame must not hide the password after it.
        for (String part : frame.split("[\r\n\0]")) {
            Matcher m = PASSWORD.matcher(part);
            while (m.find()) {
                passwords.add(m.group(1));
            }
        }
        Matcher whole = PASSWORD.matcher(frame);
        while (whole.find()) {
            passwords.add(whole.group(1).replaceAll("[\r\n\0].*", ""));
        }
        passwords.removeIf(p -> p.length() < 4);
        return passwords;
    }

    private static List<String> manifestLines() {
        try (InputStream in = MalformedVectorTest.class.getResourceAsStream("/malformed/manifest.csv")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
