package io.github.sip2kit.codec;

import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2DecodeException.Violation;
import io.github.sip2kit.codec.internal.MessageSpec;
import io.github.sip2kit.codec.internal.Occurrence;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.UnknownMessage;
import io.github.sip2kit.core.field.RawField;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Decodes one frame: trailer over the bytes, then the text through the message table. One instance per decode
 * call (it collects the violations of that call); the configuration comes from the immutable {@link Sip2Codec}.
 */
final class FrameDecoder {

    /** The longest value SIP 2.00 allows in a tagged field. */
    static final int SPEC_MAX_FIELD_LENGTH = 255;

    private final Sip2Codec codec;
    private final boolean strict;
    private final char delimiter;
    private List<Violation> violations;
    private String text;
    private String code;

    FrameDecoder(Sip2Codec codec) {
        this.codec = codec;
        this.strict = codec.strictness() == Strictness.STRICT;
        this.delimiter = codec.fieldDelimiter();
    }

    Sip2Frame decode(byte[] bytes, int offset, int length) {
        int end = offset + length;
        if (end > offset && bytes[end - 1] == '\n') {
            end--;
        }
        if (end > offset && bytes[end - 1] == '\r') {
            end--;
        }
        int n = end - offset;
        if (n > codec.limits().maxFrameLength()) {
            throw new Sip2DecodeException(Reason.FRAME_TOO_LONG,
                    "frame of " + n + " bytes (expected: at most " + codec.limits().maxFrameLength() + ")",
                    null, null, 0, "");
        }
        if (n >= 2) {
            code = new String(bytes, offset, 2, StandardCharsets.ISO_8859_1);
        }
        boolean ascii = true;
        for (int i = offset; i < end; i++) {
            int c = bytes[i] & 0xff;
            if (c == 0 || c == '\r' || c == '\n') {
                text = latin1(bytes, offset, end);
                fatal(Reason.ILLEGAL_CHARACTER, (c == 0 ? "NUL" : c == '\r' ? "CR" : "LF")
                        + " inside a message (expected: none before the terminator)", null, i - offset + 1);
            }
            if (c >= 0x80) {
                ascii = false;
            }
        }
        MessageSpec spec = n >= 2 ? MessageSpec.forCode((char) bytes[offset], (char) bytes[offset + 1]) : null;
        int fixedEnd = spec == null ? -1 : 2 + spec.fixedLength();

        // Trailer: AZ at -6 and, when present, AY at -9 (reference §6.3).
        int bodyEnd = end;
        int sequence = -1;
        ChecksumStatus status = ChecksumStatus.ABSENT;
        boolean endsWithDelimiter = n > 0 && bytes[end - 1] == delimiter;
        if (!endsWithDelimiter && n >= 8 && bytes[end - 6] == 'A' && bytes[end - 5] == 'Z') {
            int value = parseHex(bytes, end - 4);
            boolean hasAy = n >= 9 && bytes[end - 9] == 'A' && bytes[end - 8] == 'Y';
            boolean ayDigit = hasAy && isDigit(bytes[end - 7]);
            if (value < 0) {
                // Only a real field boundary before AZ makes this a broken trailer rather than a value that
                // happens to end in "AZ" and four more characters.
                boolean atBoundary = n == 8 || bytes[end - 7] == delimiter || ayDigit || n - 6 == fixedEnd
                        || (ayDigit && n - 9 == fixedEnd);
                if (atBoundary) {
                    text = latin1(bytes, offset, end);
                    fatal(Reason.MALFORMED_CHECKSUM, "checksum AZ is not four hexadecimal digits", "AZ", n - 3);
                }
            } else {
                bodyEnd = end - 6;
                if (hasAy) {
                    byte d = bytes[end - 7];
                    if (d >= '0' && d <= '9') {
                        sequence = d - '0';
                        bodyEnd = end - 9;
                    } else if (d != delimiter) {
                        text = latin1(bytes, offset, end);
                        fatal(Reason.BAD_SEQUENCE_NUMBER,
                                "sequence number AY is '" + (char) (d & 0xff) + "' (expected: one digit 0-9)",
                                "AY", n - 6);
                    }
                }
                status = verify(bytes, offset, end, value);
                if (strict && hasLowerCaseHex(bytes, end - 4)) {
                    text = latin1(bytes, offset, end);
                    violation(Reason.MALFORMED_CHECKSUM,
                            "checksum AZ has lower-case digits (expected: upper-case, as every ACS emits)", "AZ",
                            n - 3);
                }
            }
        }
        if (bodyEnd == end && !endsWithDelimiter && n >= 5 && bytes[end - 3] == 'A' && bytes[end - 2] == 'Y'
                && isDigit(bytes[end - 1])
                && (bytes[end - 4] == delimiter || n - 3 == fixedEnd)) {
            text = latin1(bytes, offset, end);
            fatal(Reason.MISSING_CHECKSUM, "sequence number AY without checksum AZ (expected: AY<digit>AZ<4 hex>)",
                    "AY", n - 2);
        }
        if (status == ChecksumStatus.ABSENT && codec.checksumPolicy() == ChecksumPolicy.REQUIRE) {
            text = latin1(bytes, offset, end);
            fatal(Reason.MISSING_CHECKSUM, "no checksum AZ (expected: error detection on)", null, n + 1);
        }

        text = ascii ? latin1(bytes, offset, bodyEnd) : decodeText(bytes, offset, bodyEnd);
        boolean resend = spec != null && (spec.type().code().equals("96") || spec.type().code().equals("97"));
        if (strict && sequence >= 0 && resend) {
            violation(Reason.BAD_SEQUENCE_NUMBER, "a " + code + " carries a sequence number (expected: none)",
                    "AY", bodyEnd - offset + 1);
        }
        if (strict && status != ChecksumStatus.ABSENT && sequence < 0 && !resend && spec != null) {
            violation(Reason.BAD_SEQUENCE_NUMBER, "checksum AZ without sequence number AY (expected: both)", "AZ",
                    bodyEnd - offset + 1);
        }
        List<String> order = new ArrayList<>();
        Sip2Message message = parse(spec, order);
        OptionalInt seq = sequence >= 0 && !resend ? OptionalInt.of(sequence) : OptionalInt.empty();
        return new Sip2Frame(message, seq, status, order);
    }

    private ChecksumStatus verify(byte[] bytes, int offset, int end, int expected) {
        if (codec.checksumPolicy() == ChecksumPolicy.IGNORE) {
            return ChecksumStatus.NOT_VERIFIED;
        }
        int coveredLength = end - 4 - offset;
        for (ChecksumMode mode : codec.verifiedChecksumModes()) {
            int computed;
            if (mode == ChecksumMode.WIRE_BYTES) {
                computed = Checksum.compute(bytes, offset, coveredLength);
            } else {
                String covered = decodeQuietly(bytes, offset, end - 4);
                if (covered == null) {
                    continue;
                }
                computed = Checksum.compute(covered, codec.charset(), mode);
            }
            if (computed == expected) {
                return ChecksumStatus.VERIFIED;
            }
        }
        text = latin1(bytes, offset, end);
        int wire = Checksum.compute(bytes, offset, coveredLength);
        fatal(Reason.CHECKSUM_MISMATCH, "checksum AZ is " + new String(bytes, end - 4, 4, StandardCharsets.ISO_8859_1)
                + " (expected: " + Checksum.toHex(wire) + ")", "AZ", end - offset - 3);
        return ChecksumStatus.ABSENT;
    }

    private Sip2Message parse(MessageSpec spec, List<String> order) {
        String s = text;
        int length = s.length();
        if (length < 2) {
            fatal(Reason.TRUNCATED_FIXED_PART, "message of " + length + " characters (expected: a 2-character code)",
                    null, length + 1);
        }
        if (strict) {
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c == 0x7f) {
                    violation(Reason.ILLEGAL_CHARACTER, "control character 0x" + Integer.toHexString(c)
                            + " (expected: printable characters only)", null, i + 1);
                }
            }
        }
        if (spec == null) {
            if (codec.unknownMessagePolicy() == UnknownMessagePolicy.REJECT) {
                fatal(Reason.UNKNOWN_MESSAGE_CODE, "message code '" + code + "' (expected: a SIP 2.00 message code)",
                        null, 1);
            }
            finish();
            return new UnknownMessage(s.substring(0, 2), s.substring(2));
        }
        int fixedEnd = 2 + spec.fixedLength();
        if (length < fixedEnd) {
            fatal(Reason.TRUNCATED_FIXED_PART, "fixed part of " + (length - 2) + " characters (expected: "
                    + spec.fixedLength() + ")", null, length + 1);
        }
        MessageSpec.Fixed[] fixed = spec.fixedArray();
        Object[] fixedValues = new Object[fixed.length];
        for (int i = 0; i < fixed.length; i++) {
            MessageSpec.Fixed f = fixed[i];
            try {
                fixedValues[i] = f.codec().parse(s, f.offset(), f.offset() + f.width(), strict);
            } catch (IllegalArgumentException e) {
                problem(Reason.INVALID_FIXED_FIELD, f.displayName() + ": " + e.getMessage(), null, f.offset() + 1,
                        true);
            }
        }

        MessageSpec.Tagged[] tagged = spec.taggedArray();
        Object[] values = new Object[tagged.length];
        List<RawField> unknown = null;
        boolean[] claimed = null;
        int maxField = codec.limits().maxFieldLength();
        int pos = fixedEnd;
        while (pos < length) {
            char c0 = s.charAt(pos);
            if (c0 == delimiter) {
                violation(Reason.INVALID_FIELD_ID, "empty field (expected: a field id before the delimiter)", null,
                        pos + 1);
                order.add("");
                pos++;
                continue;
            }
            if (pos + 2 > length) {
                fatal(Reason.INVALID_FIELD_ID, "field id of 1 character at the end (expected: 2 characters)", null,
                        pos + 1);
            }
            char c1 = s.charAt(pos + 1);
            if (c1 == delimiter) {
                fatal(Reason.INVALID_FIELD_ID, "field id of 1 character (expected: 2 characters)", null, pos + 1);
            }
            int valueStart = pos + 2;
            int valueEnd = s.indexOf(delimiter, valueStart);
            boolean terminated = valueEnd >= 0;
            if (!terminated) {
                valueEnd = length;
            }
            if (c0 == 'A' && (c1 == 'Y' || c1 == 'Z')) {
                fatal(Reason.MALFORMED_CHECKSUM, "trailer field A" + c1 + " is not where the trailer belongs"
                        + " (expected: AY<digit>AZ<4 hex digits> at the end of the frame)", "A" + c1, pos + 1);
            }
            MessageSpec.Tagged field = spec.tagged(c0, c1);
            String id = field != null ? field.id().code() : s.substring(pos, pos + 2);
            int valueLength = valueEnd - valueStart;
            if (valueLength > maxField) {
                fatal(Reason.FIELD_TOO_LONG, "value of " + valueLength + " characters (expected: at most " + maxField
                        + ", the codec's maxFieldLength)", id, pos + 1);
            }
            if (strict && valueLength > SPEC_MAX_FIELD_LENGTH) {
                violation(Reason.FIELD_TOO_LONG, "value of " + valueLength + " characters (expected: at most "
                        + SPEC_MAX_FIELD_LENGTH + ")", id, pos + 1);
            }
            if (strict && !terminated) {
                violation(Reason.MISSING_DELIMITER, "last field is not terminated (expected: '" + delimiter
                        + "' after every tagged field)", id, valueEnd + 1);
            }
            String value = s.substring(valueStart, valueEnd);
            if (delimiter != '|' && value.indexOf('|') >= 0) {
                fatal(Reason.INVALID_FIELD_VALUE, "value contains '|' (expected: no '|' in a value; the model cannot"
                        + " hold it even with another field delimiter)", id, valueStart + 1);
            }
            order.add(id);
            if (field == null) {
                if (strict && !(isIdChar(c0) && isIdChar(c1))) {
                    violation(Reason.INVALID_FIELD_ID, "field id '" + id
                            + "' (expected: two upper-case letters or digits; is there a delimiter inside a value?)",
                            id, pos + 1);
                }
                switch (codec.unknownFieldPolicy()) {
                    case REJECT:
                        problem(Reason.UNKNOWN_FIELD, "field " + id + " is not defined for message " + code
                                + " (expected: one of its fields)", id, pos + 1, true);
                        break;
                    case DROP:
                        order.remove(order.size() - 1);
                        break;
                    default:
                        unknown = addRaw(unknown, id, value);
                        break;
                }
            } else {
                Object parsed;
                try {
                    parsed = field.codec().parse(value, strict);
                } catch (IllegalArgumentException e) {
                    problem(Reason.INVALID_FIELD_VALUE, field.id().displayName() + ": " + e.getMessage(), id,
                            valueStart + 1, false);
                    unknown = addRaw(unknown, id, value);
                    if (field.occurrence() != Occurrence.REPEATABLE) {
                        // The occurrence is kept raw but still counts: a later valid occurrence is a duplicate, so
                        // the typed value never moves ahead of a raw one (frames re-encode byte for byte).
                        if (claimed == null) {
                            claimed = new boolean[tagged.length];
                        }
                        claimed[field.index()] = true;
                    }
                    pos = valueEnd + 1;
                    continue;
                }
                int index = field.index();
                if (field.occurrence() == Occurrence.REPEATABLE) {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) values[index];
                    if (list == null) {
                        list = new ArrayList<>(4);
                        values[index] = list;
                    }
                    if (list.size() >= codec.limits().maxRepeats()) {
                        fatal(Reason.TOO_MANY_REPEATS, "more than " + codec.limits().maxRepeats() + " " + id
                                + " fields (expected: at most the codec's maxRepeats)", id, pos + 1);
                    }
                    list.add(parsed);
                } else if (values[index] == null && (claimed == null || !claimed[index])) {
                    values[index] = parsed;
                } else {
                    switch (codec.duplicateFieldPolicy()) {
                        case REJECT:
                            problem(Reason.DUPLICATE_FIELD, "field " + id + " occurs again (expected: once)", id,
                                    pos + 1, true);
                            break;
                        case LAST_WINS:
                            // The earlier occurrence is dropped, from the message and from the field order, so that
                            // re-encoding cannot swap the values back (the one lossy policy, documented as such).
                            order.remove(order.subList(0, order.size() - 1).lastIndexOf(id));
                            if (values[index] == null) {
                                unknown.remove(lastRaw(unknown, id)); // the earlier occurrence was kept raw
                            }
                            values[index] = parsed;
                            break;
                        default:
                            unknown = addRaw(unknown, id, value);
                            break;
                    }
                }
            }
            pos = valueEnd + 1;
        }
        for (MessageSpec.Tagged field : tagged) {
            if (field.occurrence() == Occurrence.REQUIRED && values[field.index()] == null
                    && (claimed == null || !claimed[field.index()])) { // present but unparseable is not missing
                violation(Reason.MISSING_REQUIRED_FIELD, "required field " + field.id().code() + " ("
                        + field.id().displayName() + ") is missing", field.id().code(), length + 1);
            }
        }
        finish();
        if (values.length > 0) {
            for (MessageSpec.Tagged field : tagged) {
                if (field.occurrence() == Occurrence.REPEATABLE && values[field.index()] != null) {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) values[field.index()];
                    values[field.index()] = List.copyOf(list); // the record's own List.copyOf keeps this one
                }
            }
        }
        try {
            return spec.create(fixedValues, values, unknown == null ? List.of() : unknown);
        } catch (IllegalArgumentException e) {
            fatal(Reason.INVALID_FIELD_VALUE, e.getMessage(), null, 0);
            return null;
        }
    }

    private static int lastRaw(List<RawField> list, String id) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static List<RawField> addRaw(List<RawField> list, String id, String value) {
        List<RawField> result = list == null ? new ArrayList<>(2) : list;
        result.add(RawField.of(id, value));
        return result;
    }

    /** A deviation that lenient mode tolerates and strict mode reports. */
    private void violation(Reason reason, String message, String fieldId, int column) {
        if (strict) {
            record(reason, message, fieldId, column);
        }
    }

    /** A problem that lenient mode reports at once when {@code fatalWhenLenient}, and strict mode collects. */
    private void problem(Reason reason, String message, String fieldId, int column, boolean fatalWhenLenient) {
        if (strict) {
            record(reason, message, fieldId, column);
        } else if (fatalWhenLenient) {
            fatal(reason, message, fieldId, column);
        }
    }

    private void record(Reason reason, String message, String fieldId, int column) {
        if (violations == null) {
            violations = new ArrayList<>();
        }
        violations.add(Violation.of(reason, message, code, fieldId, column));
    }

    /** Stops decoding: throws with this problem and every violation collected so far. */
    private void fatal(Reason reason, String message, String fieldId, int column) {
        record(reason, message, fieldId, column);
        throw failure();
    }

    private void finish() {
        if (violations != null) {
            throw failure();
        }
    }

    private Sip2DecodeException failure() {
        Violation first = violations.get(0);
        String excerpt = text == null ? "" : Redaction.excerpt(text, first.column(), delimiter);
        return new Sip2DecodeException(violations, excerpt);
    }

    private String decodeText(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = codec.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            text = latin1(bytes, from, to);
            fatal(Reason.ILLEGAL_CHARACTER, "bytes that are not valid " + codec.charset().name()
                    + " (expected: text in the codec's charset)", null, in.position() - from + 1);
            return null;
        }
    }

    private String decodeQuietly(byte[] bytes, int from, int to) {
        try {
            return codec.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String latin1(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static int parseHex(byte[] bytes, int start) {
        int value = 0;
        for (int i = start; i < start + 4; i++) {
            int d = Character.digit(bytes[i] & 0xff, 16);
            if (d < 0 || (bytes[i] & 0xff) >= 0x80) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }

    private static boolean hasLowerCaseHex(byte[] bytes, int start) {
        for (int i = start; i < start + 4; i++) {
            if (bytes[i] >= 'a' && bytes[i] <= 'f') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
