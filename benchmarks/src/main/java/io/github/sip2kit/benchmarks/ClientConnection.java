package io.github.sip2kit.benchmarks;

import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.Sip2FrameSplitter;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.field.ScStatusCode;
import io.github.sip2kit.testkit.DemoAccounts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * One non-blocking SIP2 client connection of the load tools: a {@link SocketChannel}, a {@link Sip2FrameSplitter}
 * for what arrives, the request in flight (one at a time, as a self-check machine sends them) and the checks every
 * response must pass. Belongs to one selector thread; not thread-safe.
 */
final class ClientConnection implements Sip2FrameSplitter.FrameSink {

    /** The codec of both tools: the demo server's profile ({@code default}: IBM850, CR). */
    static final Sip2Codec CODEC = Sip2Codec.defaults();

    final int index;
    final SocketChannel channel;
    SelectionKey key;
    /** What the connection is doing; the tools define the meaning of the values. */
    int state;
    /** Requests sent on this connection, login included; the next one's AY is {@code sent % 10}. */
    long sent;

    private final Sip2FrameSplitter splitter = new Sip2FrameSplitter();
    private final List<byte[]> frames = new ArrayList<>(2);
    private ByteBuffer unwritten;
    private Class<? extends AcsMessage> expectedType;
    private int expectedSequence = -1;
    private long sentAt;
    private boolean oversized;

    ClientConnection(int index, SocketChannel channel) {
        this.index = index;
        this.channel = channel;
    }

    /** {@return the login request the tools send: the main kiosk's account, with its password} */
    static LoginRequest login() {
        return LoginRequest.builder()
                .loginUserId(DemoAccounts.MAIN_KIOSK_LOGIN)
                .loginPassword(DemoAccounts.MAIN_KIOSK_PASSWORD)
                .locationCode("MAIN-ADULT")
                .build();
    }

    /** {@return the SC status request the tools send after a login, as a self-check machine does} */
    static ScStatus scStatus() {
        return ScStatus.builder().statusCode(ScStatusCode.OK).maxPrintWidth(40).protocolVersion("2.00").build();
    }

    /** {@return whether a request is waiting for its response} */
    boolean awaiting() {
        return expectedType != null;
    }

    /** {@return when the request in flight was sent, in {@link System#nanoTime()} units} */
    long sentAt() {
        return sentAt;
    }

    /**
     * Sends an encoded request and remembers what must come back.
     *
     * @param frame the request's bytes, with AY {@code sequence} and its AZ
     * @param sequence the request's AY
     * @param responseType the response class the request must get
     * @param now the send time, in {@link System#nanoTime()} units
     * @throws IOException if the channel fails
     */
    void send(byte[] frame, int sequence, Class<? extends AcsMessage> responseType, long now) throws IOException {
        if (awaiting()) {
            throw new IllegalStateException("connection " + index + ": a request is already in flight");
        }
        expectedType = responseType;
        expectedSequence = sequence;
        sentAt = now;
        sent++;
        ByteBuffer buffer = ByteBuffer.wrap(frame);
        channel.write(buffer);
        if (buffer.hasRemaining()) {
            unwritten = buffer;
            key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
        }
    }

    /**
     * Writes what a previous {@link #send} could not.
     *
     * @throws IOException if the channel fails
     */
    void flush() throws IOException {
        if (unwritten != null) {
            channel.write(unwritten);
            if (!unwritten.hasRemaining()) {
                unwritten = null;
                key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
            }
        }
    }

    /**
     * Reads what the channel has and cuts it into frames.
     *
     * @param buffer a scratch buffer, cleared here
     * @return the complete frames received, without terminators (the list is reused by the next call); null when
     *     the server closed the connection
     * @throws IOException if the channel fails
     */
    List<byte[]> read(ByteBuffer buffer) throws IOException {
        frames.clear();
        while (true) {
            buffer.clear();
            int n = channel.read(buffer);
            if (n < 0) {
                return null;
            }
            if (n == 0) {
                return frames;
            }
            buffer.flip();
            splitter.feed(buffer, this);
            if (n < buffer.capacity()) {
                return frames;
            }
        }
    }

    @Override
    public void onFrame(byte[] frame) {
        frames.add(frame);
    }

    @Override
    public void onOversizedFrame(Sip2DecodeException error) {
        oversized = true;
    }

    /**
     * Decodes a response and checks it against the request in flight: it decodes, its checksum is present and
     * correct, its AY is the request's, and it is of the response type the request calls for.
     *
     * @param frame the response's bytes
     * @return the response
     * @throws ResponseError if any check fails; the request is no longer in flight either way
     */
    AcsMessage verify(byte[] frame) throws ResponseError {
        Class<? extends AcsMessage> type = expectedType;
        int sequence = expectedSequence;
        expectedType = null;
        expectedSequence = -1;
        if (type == null) {
            throw new ResponseError("unsolicited", "a frame arrived with no request in flight");
        }
        if (oversized) {
            oversized = false;
            throw new ResponseError("oversized", "a frame longer than the codec's limit arrived");
        }
        Sip2Frame decoded;
        try {
            decoded = CODEC.decodeFrame(frame);
        } catch (Sip2DecodeException e) {
            throw new ResponseError("decode", e.getMessage());
        }
        if (decoded.checksum() != ChecksumStatus.VERIFIED) {
            throw new ResponseError("checksum", "checksum " + decoded.checksum() + " (expected: VERIFIED)");
        }
        if (decoded.sequenceNumber().isEmpty() || decoded.sequenceNumber().getAsInt() != sequence) {
            throw new ResponseError("sequence", "AY " + decoded.sequenceNumber() + " (expected: " + sequence + ")");
        }
        if (!type.isInstance(decoded.message())) {
            throw new ResponseError("type", "message " + decoded.message().code() + " (expected: "
                    + type.getSimpleName() + ")");
        }
        return type.cast(decoded.message());
    }

    /** Closes the channel, ignoring errors. */
    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a connection the test is done with; nothing to report
        }
    }

    /** A response that failed a check: a category for the counts and a message for the first few examples. */
    static final class ResponseError extends Exception {
        private static final long serialVersionUID = 1L;

        private final String category;

        ResponseError(String category, String message) {
            super(message, null, false, false);
            this.category = category;
        }

        String category() {
            return category;
        }
    }
}
