package io.github.sip2kit.codec;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Reads frames from an {@link InputStream}, framing with a {@link Sip2FrameSplitter}:
 * <pre>{@code
 * try (Sip2FrameReader reader = new Sip2FrameReader(socket.getInputStream())) {
 *     byte[] frame;
 *     while ((frame = reader.readFrame()) != null) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>The stream is read in chunks of 8 KiB; frames and errors found in a chunk are queued and returned in arrival
 * order. A reader belongs to one connection and is not thread-safe.
 */
public final class Sip2FrameReader implements Closeable {

    private static final int CHUNK_SIZE = 8192;

    private final InputStream in;
    private final Sip2FrameSplitter splitter;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private final Sip2FrameSplitter.FrameSink sink = new Sip2FrameSplitter.FrameSink() {
        @Override
        public void onFrame(byte[] frame) {
            queue.add(frame);
        }

        @Override
        public void onOversizedFrame(Sip2DecodeException error) {
            queue.add(error);
        }
    };
    private final byte[] chunk = new byte[CHUNK_SIZE];
    private boolean endOfStream;

    /**
     * Creates a reader with the default limits and {@link TerminatorPolicy#ANY}.
     *
     * @param in the stream to read; closed by {@link #close()}
     */
    public Sip2FrameReader(InputStream in) {
        this(in, Sip2Limits.defaults(), TerminatorPolicy.ANY);
    }

    /**
     * Creates a reader.
     *
     * @param in the stream to read; closed by {@link #close()}
     * @param limits the limits; only {@link Sip2Limits#maxFrameLength()} is used here
     * @param policy which line endings end a frame
     */
    public Sip2FrameReader(InputStream in, Sip2Limits limits, TerminatorPolicy policy) {
        this.in = Objects.requireNonNull(in, "in");
        this.splitter = new Sip2FrameSplitter(limits, policy);
    }

    /**
     * Reads the next frame, blocking until it is complete.
     *
     * @return the frame's bytes without the terminator, or {@code null} at a clean end of stream
     * @throws EOFException if the stream ends inside a frame; the next call returns {@code null}
     * @throws Sip2DecodeException with reason {@link Sip2DecodeException.Reason#FRAME_TOO_LONG FRAME_TOO_LONG} for
     *     a frame longer than the limit; the next call continues with the frame after it
     * @throws IOException if reading the stream fails
     */
    public byte[] readFrame() throws IOException {
        while (true) {
            Object next = queue.poll();
            if (next instanceof byte[] frame) {
                return frame;
            }
            if (next instanceof Sip2DecodeException error) {
                throw error;
            }
            if (endOfStream) {
                if (splitter.hasPartialFrame()) {
                    int buffered = splitter.bufferedBytes();
                    splitter.reset();
                    throw new EOFException("stream ended inside a frame (" + buffered + " bytes without a terminator)");
                }
                return null;
            }
            int n = in.read(chunk);
            if (n < 0) {
                endOfStream = true;
            } else {
                splitter.feed(chunk, 0, n, sink);
            }
        }
    }

    /**
     * Closes the underlying stream.
     *
     * @throws IOException if closing the stream fails
     */
    @Override
    public void close() throws IOException {
        in.close();
    }
}
