package io.github.sip2kit.codec;

import io.github.sip2kit.codec.internal.MessageSpec;
import io.github.sip2kit.codec.internal.Occurrence;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.UnknownMessage;
import io.github.sip2kit.core.field.RawField;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/** Encodes messages to wire text and bytes; stateless apart from the codec's configuration. */
final class FrameEncoder {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Sip2Codec codec;
    private final char delimiter;
    private final byte[] terminator;

    FrameEncoder(Sip2Codec codec) {
        this.codec = codec;
        this.delimiter = codec.fieldDelimiter();
        this.terminator = codec.terminator().bytes();
    }

    /** Appends the message text (code, fixed part, tagged fields; no trailer, no terminator). */
    void appendText(Sip2Message message, List<String> order, StringBuilder out) {
        if (message instanceof UnknownMessage) {
            UnknownMessage unknown = (UnknownMessage) message;
            out.append(unknown.code()).append(unknown.body());
            return;
        }
        MessageSpec spec = specOf(message);
        List<RawField> unknownFields = unknownFieldsOf(message);
        out.append(spec.type().code());
        for (MessageSpec.Fixed f : spec.fixedArray()) {
            f.codec().format(f.get(message), out);
        }
        MessageSpec.Tagged[] tagged = spec.taggedArray();
        if (order == null) {
            for (MessageSpec.Tagged field : tagged) {
                appendAll(field, field.get(message), 0, out);
            }
            for (RawField raw : unknownFields) {
                appendField(raw.id(), raw.value(), out);
            }
            return;
        }
        // Replay the received order: each id takes the next occurrence of that field, typed first, then raw.
        int[] used = new int[tagged.length];
        boolean[] rawUsed = new boolean[unknownFields.size()];
        boolean[] seen = new boolean[tagged.length];
        for (String id : order) {
            if (id.isEmpty()) {
                out.append(delimiter);
                continue;
            }
            MessageSpec.Tagged field = spec.tagged(id.charAt(0), id.charAt(1));
            if (field != null) {
                seen[field.index()] = true;
                Object value = field.get(message);
                if (value != null) {
                    if (field.occurrence() == Occurrence.REPEATABLE) {
                        List<?> list = (List<?>) value;
                        if (used[field.index()] < list.size()) {
                            appendValue(field, list.get(used[field.index()]++), out);
                            continue;
                        }
                    } else if (used[field.index()] == 0) {
                        used[field.index()] = 1;
                        appendValue(field, value, out);
                        continue;
                    }
                }
            }
            for (int i = 0; i < rawUsed.length; i++) {
                RawField raw = unknownFields.get(i);
                if (!rawUsed[i] && raw.id().equals(id)) {
                    rawUsed[i] = true;
                    appendField(raw.id(), raw.value(), out);
                    break;
                }
            }
        }
        for (MessageSpec.Tagged field : tagged) {
            Object value = field.get(message);
            if (value == null) {
                continue;
            }
            if (field.occurrence() == Occurrence.REQUIRED && !seen[field.index()] && field.codec().isEmpty(value)) {
                continue; // absent on the wire and still empty: keep it absent
            }
            appendAll(field, value, used[field.index()], out);
        }
        for (int i = 0; i < rawUsed.length; i++) {
            if (!rawUsed[i]) {
                appendField(unknownFields.get(i).id(), unknownFields.get(i).value(), out);
            }
        }
    }

    /** The ids the canonical encoding of a message writes, in order: what {@link Sip2Frame#of} records. */
    static List<String> canonicalOrder(Sip2Message message) {
        if (message instanceof UnknownMessage) {
            return List.of();
        }
        MessageSpec spec = specOf(message);
        List<String> order = new java.util.ArrayList<>();
        for (MessageSpec.Tagged field : spec.taggedArray()) {
            Object value = field.get(message);
            if (value == null) {
                continue;
            }
            int count = field.occurrence() == Occurrence.REPEATABLE ? ((List<?>) value).size() : 1;
            for (int i = 0; i < count; i++) {
                order.add(field.id().code());
            }
        }
        for (RawField raw : unknownFieldsOf(message)) {
            order.add(raw.id());
        }
        return order;
    }

    /** The table of a known message (callers handle {@link UnknownMessage} first). */
    private static MessageSpec specOf(Sip2Message message) {
        return MessageSpec.of(message instanceof ScMessage
                ? ((ScMessage) message).messageType()
                : ((AcsMessage) message).messageType());
    }

    private static List<RawField> unknownFieldsOf(Sip2Message message) {
        return message instanceof ScMessage
                ? ((ScMessage) message).unknownFields()
                : ((AcsMessage) message).unknownFields();
    }

    private void appendAll(MessageSpec.Tagged field, Object value, int from, StringBuilder out) {
        if (value == null) {
            return;
        }
        if (field.occurrence() == Occurrence.REPEATABLE) {
            List<?> list = (List<?>) value;
            for (int i = from; i < list.size(); i++) {
                appendValue(field, list.get(i), out);
            }
        } else if (from == 0) {
            appendValue(field, value, out);
        }
    }

    private void appendValue(MessageSpec.Tagged field, Object value, StringBuilder out) {
        out.append(field.id().code());
        int start = out.length();
        if (value instanceof String) {
            out.append((String) value); // text fields, the common case, without the codec's virtual call
        } else {
            field.codec().format(value, out);
        }
        checkDelimiter(field.id().code(), out, start);
        out.append(delimiter);
    }

    private void appendField(String id, String value, StringBuilder out) {
        out.append(id);
        int start = out.length();
        out.append(value);
        checkDelimiter(id, out, start);
        out.append(delimiter);
    }

    private void checkDelimiter(String id, StringBuilder out, int start) {
        if (delimiter == '|') {
            return; // the records already reject '|' in values
        }
        for (int i = start; i < out.length(); i++) {
            if (out.charAt(i) == delimiter) {
                throw new Sip2EncodeException("field " + id + ": value contains the field delimiter '" + delimiter
                        + "' at index " + (i - start) + " (expected: no delimiter inside a value)");
            }
        }
    }

    /** Turns message text into a complete frame: bytes, optional AY/AZ trailer, terminator. */
    byte[] toWire(CharSequence text, boolean trailer, int sequence) {
        int length = text.length();
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        byte[] terminator = this.terminator;
        int trailerLength = trailer ? (sequence >= 0 ? 9 : 6) : 0;
        byte[] body;
        int bodyLength;
        if (ascii) {
            body = new byte[length + trailerLength + terminator.length];
            for (int i = 0; i < length; i++) {
                body[i] = (byte) text.charAt(i);
            }
            bodyLength = length;
        } else {
            byte[] encoded = encodeStrict(text);
            body = new byte[encoded.length + trailerLength + terminator.length];
            System.arraycopy(encoded, 0, body, 0, encoded.length);
            bodyLength = encoded.length;
        }
        int pos = bodyLength;
        if (trailer) {
            if (sequence >= 0) {
                body[pos++] = 'A';
                body[pos++] = 'Y';
                body[pos++] = (byte) ('0' + sequence);
            }
            body[pos++] = 'A';
            body[pos++] = 'Z';
            int checksum;
            if (codec.checksumMode() == ChecksumMode.WIRE_BYTES) {
                checksum = Checksum.compute(body, 0, pos);
            } else {
                StringBuilder covered = new StringBuilder(text);
                if (sequence >= 0) {
                    covered.append("AY").append((char) ('0' + sequence));
                }
                covered.append("AZ");
                checksum = Checksum.compute(covered, codec.charset(), codec.checksumMode());
            }
            body[pos++] = HEX[(checksum >> 12) & 0xF];
            body[pos++] = HEX[(checksum >> 8) & 0xF];
            body[pos++] = HEX[(checksum >> 4) & 0xF];
            body[pos++] = HEX[checksum & 0xF];
        }
        System.arraycopy(terminator, 0, body, pos, terminator.length);
        return body;
    }

    private byte[] encodeStrict(CharSequence text) {
        CharsetEncoder encoder = codec.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(text);
        try {
            ByteBuffer out = encoder.encode(in);
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            int column = in.position() + 1;
            char c = column <= text.length() ? text.charAt(column - 1) : '?';
            throw new Sip2EncodeException(String.format(
                    "character U+%04X at column %d cannot be encoded in %s (expected: characters of the codec's charset)",
                    (int) c, column, codec.charset().name()), e);
        }
    }
}
