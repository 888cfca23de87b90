package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.Sip2Message;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * One golden vector of {@link GoldenVectors}: a frame written by hand from the SIP 2.00 examples or from anonymised
 * captures, with its terminator, and what it decodes to.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GoldenVector {

    private final String name;
    private final String description;
    private final byte[] bytes;
    private final Charset charset;
    private final boolean canonical;
    private final Sip2Codec codec;
    private final Sip2Frame frame;

    GoldenVector(String name, String description, byte[] bytes, Charset charset, boolean canonical, Sip2Codec codec) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.bytes = bytes.clone();
        this.charset = Objects.requireNonNull(charset, "charset");
        this.canonical = canonical;
        this.codec = Objects.requireNonNull(codec, "codec");
        this.frame = codec.decodeFrame(bytes);
    }

    /** {@return the file name, such as {@code 11-checkout-reference.sip2}; it starts with the message code} */
    public String name() {
        return name;
    }

    /** {@return what the vector shows, such as {@code reference section 7 #11: empty AO and AC}} */
    public String description() {
        return description;
    }

    /** {@return a copy of the frame's bytes, terminator (CR, or CRLF) included} */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return the charset the frame is written in (IBM850 or UTF-8)} */
    public Charset charset() {
        return charset;
    }

    /**
     * {@return whether the tagged fields are in spec order, so that encoding {@link #message()} (with the frame's
     * sequence number, if any) gives exactly {@link #bytes()}} A decoded frame re-encodes to its bytes either way.
     */
    public boolean canonical() {
        return canonical;
    }

    /** {@return a lenient codec with the vector's charset and terminator, which decodes it} */
    public Sip2Codec codec() {
        return codec;
    }

    /** {@return the frame {@link #codec()} decodes from the bytes: message, sequence number, checksum, field order} */
    public Sip2Frame frame() {
        return frame;
    }

    /** {@return the decoded message} */
    public Sip2Message message() {
        return frame.message();
    }

    /** {@return the name} */
    @Override
    public String toString() {
        return name;
    }
}
