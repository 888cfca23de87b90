package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.core.Sip2Message;
import java.util.Objects;
import java.util.Optional;

/**
 * A deliberately invalid frame made by {@link InvalidFrames}, with everything needed to have it rejected: its bytes
 * (terminator included), the codec configuration that rejects them, and, for the two reasons that depend on what
 * the caller expects rather than on the frame alone ({@link Reason#UNEXPECTED_DIRECTION},
 * {@link Reason#UNEXPECTED_MESSAGE_TYPE}), the message class to pass to
 * {@link Sip2Codec#decode(byte[], Class)}. {@link #decode()} does exactly that:
 *
 * <pre>{@code
 * InvalidFrame frame = InvalidFrames.generate(Reason.CHECKSUM_MISMATCH, new SplittableRandom(seed));
 * Sip2DecodeException e = assertThrows(Sip2DecodeException.class, frame::decode);
 * assertEquals(frame.reason(), e.reason());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InvalidFrame {

    private final Reason reason;
    private final byte[] bytes;
    private final Sip2Codec codec;
    private final Class<? extends Sip2Message> expectedType;
    private final String description;

    InvalidFrame(Reason reason, byte[] bytes, Sip2Codec codec, Class<? extends Sip2Message> expectedType,
            String description) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.bytes = bytes.clone();
        this.codec = Objects.requireNonNull(codec, "codec");
        this.expectedType = expectedType;
        this.description = Objects.requireNonNull(description, "description");
    }

    /** {@return the reason the codec gives when it rejects this frame} */
    public Reason reason() {
        return reason;
    }

    /** {@return a copy of the frame's bytes, terminator included, in the codec's charset} */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return the codec configuration that rejects the frame (strictness, policies, limits, charset)} */
    public Sip2Codec codec() {
        return codec;
    }

    /**
     * {@return the message class the caller expects, to pass to {@link Sip2Codec#decode(byte[], Class)}; present only
     * for {@link Reason#UNEXPECTED_DIRECTION} and {@link Reason#UNEXPECTED_MESSAGE_TYPE}, whose frames are valid in
     * themselves}
     */
    public Optional<Class<? extends Sip2Message>> expectedType() {
        return Optional.ofNullable(expectedType);
    }

    /** {@return what was broken, in words, without the frame's text} */
    public String description() {
        return description;
    }

    /**
     * Decodes the frame the way it must be decoded to be rejected: with {@link #codec()}, and with
     * {@link #expectedType()} when there is one.
     *
     * @return never returns normally for a frame made by {@link InvalidFrames}
     * @throws Sip2DecodeException with {@link #reason()} as its reason
     */
    public Sip2Message decode() {
        return expectedType == null ? codec.decode(bytes) : codec.decode(bytes, expectedType);
    }

    /** {@return the reason and description; never the frame's text, which may hold passwords} */
    @Override
    public String toString() {
        return reason + ": " + description;
    }
}
