package io.github.sip2kit.server.internal;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * What a {@link ProtocolSession} asks its transport to do after a frame: write these bytes (possibly none) and
 * then keep the connection open or close it. Immutable.
 */
public final class Reply {

    private static final byte[] NOTHING = new byte[0];
    private static final Reply NONE = new Reply(NOTHING, false);
    private static final Reply CLOSE = new Reply(NOTHING, true);

    private final byte[] bytes;
    private final boolean close;

    private Reply(byte[] bytes, boolean close) {
        this.bytes = bytes;
        this.close = close;
    }

    /**
     * {@return a reply that writes a frame and keeps the connection open}
     *
     * @param bytes the frame, terminator included
     */
    public static Reply of(byte[] bytes) {
        return new Reply(Objects.requireNonNull(bytes, "bytes"), false);
    }

    /** {@return a reply that writes nothing and keeps the connection open} */
    public static Reply none() {
        return NONE;
    }

    /** {@return a reply that writes nothing and closes the connection} */
    public static Reply closeNow() {
        return CLOSE;
    }

    /** {@return this reply, closing the connection after its bytes are written} */
    public Reply thenClose() {
        return close ? this : new Reply(bytes, true);
    }

    /** {@return the bytes to write, terminator included; empty when there is nothing to write} */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return whether there is something to write} */
    public boolean hasBytes() {
        return bytes.length > 0;
    }

    /** {@return whether the connection is to be closed once the bytes are written} */
    public boolean close() {
        return close;
    }

    /**
     * {@return the bytes as text, for tests and logs}
     *
     * @param charset the connection's charset
     */
    public String text(Charset charset) {
        return new String(bytes, charset);
    }

    @Override
    public String toString() {
        return "Reply[" + bytes.length + " bytes" + (close ? ", close" : "") + "]";
    }
}
