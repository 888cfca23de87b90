package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Redaction;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.Sip2Message;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One frame a fake peer received: the requests a {@link FakeAcs} received and the responses a {@link FakeSc}
 * received, with their place in the recording and the result of decoding them with the peer's codec. Frames that
 * do not decode (a corrupted checksum, garbage) are recorded too, with their {@link #decodeError()}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the text with AC, AD and CO values masked.
 */
public final class CapturedFrame {

    private final int index;
    private final int connection;
    private final int occurrence;
    private final byte[] bytes;
    private final String text;
    private final char delimiter;
    private final DecodeResult result;

    CapturedFrame(int index, int connection, int occurrence, byte[] bytes, Sip2Codec codec) {
        this.index = index;
        this.connection = connection;
        this.occurrence = occurrence;
        this.bytes = bytes.clone();
        this.text = new String(bytes, codec.charset());
        this.delimiter = codec.fieldDelimiter();
        this.result = codec.tryDecode(bytes);
    }

    /** {@return the frame's message code: its first two characters, or the whole text when it is shorter} */
    static String codeOf(byte[] frame) {
        int length = Math.min(2, frame.length);
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = (char) (frame[i] & 0xff);
        }
        return new String(code);
    }

    /** {@return the position of this frame among all frames the peer received, from 1} */
    public int index() {
        return index;
    }

    /** {@return the connection it arrived on: 1 for the peer's first connection, 2 for the next, and so on} */
    public int connection() {
        return connection;
    }

    /**
     * {@return the position of this frame among the frames with the same message code the peer received, from 1}
     * The second checkout a fake ACS receives has occurrence 2, whatever arrived in between.
     */
    public int occurrence() {
        return occurrence;
    }

    /** {@return the frame's bytes as received, without the terminator} */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return the frame as text in the peer's charset, without the terminator} */
    public String text() {
        return text;
    }

    /** {@return the message code: the first two characters ({@code "11"} for a checkout)} */
    public String code() {
        return codeOf(bytes);
    }

    /** {@return the message type of the code, when the code is a known one (also for frames that do not decode)} */
    public Optional<MessageType> messageType() {
        return MessageType.fromCode(code());
    }

    /** {@return the decoded frame (message, sequence number, checksum state), when the frame decoded} */
    public Optional<Sip2Frame> frame() {
        return result instanceof DecodeResult.Decoded
                ? Optional.of(((DecodeResult.Decoded) result).frame())
                : Optional.empty();
    }

    /** {@return the decoded message, when the frame decoded} */
    public Optional<Sip2Message> message() {
        return frame().map(Sip2Frame::message);
    }

    /**
     * {@return the decoded message as the given type}
     *
     * @param type the expected message class, such as {@code CheckoutResponse.class}
     * @param <M> the message type
     * @throws IllegalStateException if the frame did not decode or holds another message
     */
    public <M extends Sip2Message> M message(Class<M> type) {
        Objects.requireNonNull(type, "type");
        Sip2Message message = message().orElseThrow(() -> new IllegalStateException(
                "frame " + this + ": not decoded (" + decodeError().map(Sip2DecodeException::getMessage).orElse("")
                        + ") (expected: a " + type.getSimpleName() + ")"));
        if (!type.isInstance(message)) {
            throw new IllegalStateException("frame " + this + ": a " + message.getClass().getSimpleName()
                    + " (expected: a " + type.getSimpleName() + ")");
        }
        return type.cast(message);
    }

    /** {@return the sequence number (AY), when the frame decoded and carries one} */
    public OptionalInt sequenceNumber() {
        return frame().map(Sip2Frame::sequenceNumber).orElse(OptionalInt.empty());
    }

    /** {@return why the frame did not decode; empty when it decoded} */
    public Optional<Sip2DecodeException> decodeError() {
        return result instanceof DecodeResult.Malformed
                ? Optional.of(((DecodeResult.Malformed) result).error())
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "#" + index + " (connection " + connection + "): " + Redaction.redact(text, delimiter);
    }
}
