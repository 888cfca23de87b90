package io.github.sip2kit.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts a byte stream into frames: feed it bytes as they arrive, and it hands each complete frame to a
 * {@link FrameSink}. It is the only code that knows terminators and the frame-length limit, so every transport
 * (the blocking {@link Sip2FrameReader}, a server's network pipeline) frames input the same way.
 *
 * <p>Frames are delivered without their terminator; which line endings end a frame is the
 * {@link TerminatorPolicy}'s decision. Empty lines are skipped. One read may hold part of a frame or several
 * frames, so bytes are kept between calls:
 * <pre>{@code
 * Sip2FrameSplitter splitter = new Sip2FrameSplitter();
 * splitter.feed(chunk, 0, n, sink);   // sink.onFrame(..) once per complete frame
 * }</pre>
 *
 * <p>When more than {@link Sip2Limits#maxFrameLength()} bytes arrive without a terminator, the sink's
 * {@link FrameSink#onOversizedFrame onOversizedFrame} is called once with a
 * {@link Sip2DecodeException.Reason#FRAME_TOO_LONG FRAME_TOO_LONG} error, and the bytes up to the next terminator
 * are discarded; the frames after it are delivered as usual. The buffer never grows beyond the limit.
 *
 * <p>A splitter belongs to one connection and is not thread-safe. If the sink throws, the exception propagates
 * and the rest of that chunk is not processed.
 */
public final class Sip2FrameSplitter {

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final int INITIAL_CAPACITY = 256;

    /** Receives what a {@link Sip2FrameSplitter} cuts out of the stream, in stream order. */
    public interface FrameSink {
        /**
         * Called for each complete, non-empty frame.
         *
         * @param frame the frame's bytes without the terminator; the sink owns the array
         */
        void onFrame(byte[] frame);

        /**
         * Called once for a frame longer than the limit, as soon as the limit is passed; its bytes up to the next
         * terminator are discarded.
         *
         * @param error the {@link Sip2DecodeException.Reason#FRAME_TOO_LONG FRAME_TOO_LONG} error, column 0
         */
        void onOversizedFrame(Sip2DecodeException error);
    }

    private final int maxFrameLength;
    private final TerminatorPolicy policy;
    private byte[] buffer;
    private int length;
    private boolean discarding;
    private boolean afterCr;

    /** Creates a splitter with the default limits and {@link TerminatorPolicy#ANY}. */
    public Sip2FrameSplitter() {
        this(Sip2Limits.defaults(), TerminatorPolicy.ANY);
    }

    /**
     * Creates a splitter.
     *
     * @param limits the limits; only {@link Sip2Limits#maxFrameLength()} is used here
     * @param policy which line endings end a frame
     */
    public Sip2FrameSplitter(Sip2Limits limits, TerminatorPolicy policy) {
        this.maxFrameLength = Objects.requireNonNull(limits, "limits").maxFrameLength();
        this.policy = Objects.requireNonNull(policy, "policy");
        this.buffer = new byte[Math.min(INITIAL_CAPACITY, maxFrameLength)];
    }

    /**
     * Feeds bytes from an array.
     *
     * @param bytes the bytes read
     * @param offset index of the first byte
     * @param length number of bytes
     * @param sink receives the frames completed by these bytes
     * @throws IndexOutOfBoundsException if the range is not inside {@code bytes}
     */
    public void feed(byte[] bytes, int offset, int length, FrameSink sink) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sink, "sink");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (afterCr) {
                afterCr = false;
                if (bytes[i] == LF && policy != TerminatorPolicy.CR_ONLY) {
                    i++;
                    continue;
                }
            }
            int j = i;
            while (j < end && !isTerminator(bytes[j])) {
                j++;
            }
            append(bytes, i, j - i, sink);
            if (j < end) {
                afterCr = bytes[j] == CR;
                endFrame(sink);
            }
            i = j + 1;
        }
    }

    /**
     * Feeds the remaining bytes of a buffer, advancing its position to its limit.
     *
     * @param bytes the bytes read
     * @param sink receives the frames completed by these bytes
     */
    public void feed(ByteBuffer bytes, FrameSink sink) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sink, "sink");
        if (bytes.hasArray()) {
            int n = bytes.remaining();
            int start = bytes.arrayOffset() + bytes.position();
            bytes.position(bytes.limit());
            feed(bytes.array(), start, n, sink);
            return;
        }
        byte[] chunk = new byte[Math.min(bytes.remaining(), 8192)];
        while (bytes.hasRemaining()) {
            int n = Math.min(chunk.length, bytes.remaining());
            bytes.get(chunk, 0, n);
            feed(chunk, 0, n, sink);
        }
    }

    /**
     * {@return whether bytes of an unfinished frame have been received (including a frame being discarded for
     * its length)}
     */
    public boolean hasPartialFrame() {
        return length > 0 || discarding;
    }

    /** {@return how many bytes of an unfinished frame are buffered} */
    public int bufferedBytes() {
        return length;
    }

    /** Forgets any unfinished frame, as after a new connection. */
    public void reset() {
        length = 0;
        discarding = false;
        afterCr = false;
    }

    private boolean isTerminator(byte b) {
        return b == CR || b == LF && policy == TerminatorPolicy.ANY;
    }

    private void append(byte[] bytes, int offset, int n, FrameSink sink) {
        if (n == 0 || discarding) {
            return;
        }
        if (n > maxFrameLength - length) {
            discarding = true;
            length = 0;
            sink.onOversizedFrame(new Sip2DecodeException(
                    Sip2DecodeException.Reason.FRAME_TOO_LONG,
                    "frame too long: more than " + maxFrameLength + " bytes without a terminator (expected: at most "
                            + maxFrameLength + " bytes, see Sip2Limits.maxFrameLength)",
                    null,
                    null,
                    0,
                    ""));
            return;
        }
        if (length + n > buffer.length) {
            int capacity = (int) Math.min(maxFrameLength, Math.max((long) buffer.length * 2, length + n));
            buffer = Arrays.copyOf(buffer, capacity);
        }
        System.arraycopy(bytes, offset, buffer, length, n);
        length += n;
    }

    private void endFrame(FrameSink sink) {
        if (discarding) {
            discarding = false;
            return;
        }
        if (length == 0) {
            return;
        }
        byte[] frame = Arrays.copyOf(buffer, length);
        length = 0;
        sink.onFrame(frame);
    }
}
