package io.github.sip2kit.codec;

import io.github.sip2kit.core.Sip2Message;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes encoded frames to an output stream, each followed by the codec's terminator, and flushes after each one
 * (SIP2 is request/response: a frame left in a buffer is a hung kiosk). Belongs to one connection; not thread-safe.
 */
public final class Sip2FrameWriter implements Closeable, Flushable {

    private final OutputStream out;
    private final Sip2Codec codec;

    /**
     * Creates a writer.
     *
     * @param out the stream
     * @param codec the codec that encodes messages
     */
    public Sip2FrameWriter(OutputStream out, Sip2Codec codec) {
        this.out = Objects.requireNonNull(out, "out");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * Writes a message without error detection.
     *
     * @param message the message
     * @return the bytes written, for a resend
     * @throws IOException if the stream fails
     */
    public byte[] write(Sip2Message message) throws IOException {
        return writeFrame(codec.encode(message));
    }

    /**
     * Writes a message with error detection (AY and AZ).
     *
     * @param message the message
     * @param sequenceNumber 0 to 9
     * @return the bytes written, for a resend
     * @throws IOException if the stream fails
     */
    public byte[] write(Sip2Message message, int sequenceNumber) throws IOException {
        return writeFrame(codec.encode(message, sequenceNumber));
    }

    /**
     * Writes a frame.
     *
     * @param frame the frame
     * @return the bytes written, for a resend
     * @throws IOException if the stream fails
     */
    public byte[] write(Sip2Frame frame) throws IOException {
        return writeFrame(codec.encode(frame));
    }

    /**
     * Writes bytes that already form a complete frame, terminator included, such as a stored response resent
     * after a 97.
     *
     * @param frame the frame's bytes
     * @return {@code frame}
     * @throws IOException if the stream fails
     */
    public byte[] writeFrame(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
        return frame;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
