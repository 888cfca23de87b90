package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2FrameReader;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.ScRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fake self-check (SC) for tests: it connects to an ACS, sends requests sealed with sequence number (AY) and
 * checksum (AZ), or raw frames, damages them on demand with a {@link Fault}, and records every response.
 * <pre>{@code
 * try (FakeSc sc = FakeSc.connect(server.localAddress())) {
 *     LoginResponse login = sc.request(LoginRequest.builder().loginUserId("kiosk1").loginPassword("kiosk1-pass")
 *             .build());
 *     Optional<CapturedFrame> answer = sc.send(checkout, Fault.corruptChecksum());   // the ACS answers 96
 *     Optional<CapturedFrame> again = sc.send(checkout, Fault.duplicate());          // sent twice: one checkout
 * }
 * }</pre>
 *
 * <p>Each new message gets the next sequence number, 0 to 9 and around again. A background thread reads the
 * responses; {@link #send(ScMessage)} and its relatives return the next response that arrives, so a test that makes
 * the ACS answer twice collects the second answer with {@link #awaitResponse(Duration)}.
 *
 * <p>Not thread-safe: one test thread drives it; {@link #responses()} may be read from any thread.
 */
public final class FakeSc implements AutoCloseable {

    /** Default time to wait for a response: 5 seconds. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    private static final long POLL_MILLIS = 20;

    private final Socket socket;
    private final OutputStream out;
    private final Sip2Codec codec;
    private final boolean errorDetection;
    private final Duration responseTimeout;
    private final LinkedBlockingQueue<CapturedFrame> pending = new LinkedBlockingQueue<>();
    private final List<CapturedFrame> responses = new ArrayList<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private volatile boolean peerClosed;
    private int sequence;

    private FakeSc(Builder b) throws IOException {
        this.codec = b.codec;
        this.errorDetection = b.errorDetection;
        this.responseTimeout = b.responseTimeout;
        Socket s = new Socket();
        try {
            if (b.localAddress != null) {
                s.bind(new InetSocketAddress(b.localAddress, 0));
            }
            s.connect(b.address, (int) Math.min(Integer.MAX_VALUE, b.responseTimeout.toMillis()));
            s.setTcpNoDelay(true);
            this.out = s.getOutputStream();
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        this.socket = s;
        Thread reader = new Thread(this::readLoop, "fake-sc-" + s.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    /** {@return a builder; the address is required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a fake SC connected to an address, with error detection and the default codec}
     *
     * @param address the ACS's address
     * @throws UncheckedIOException if the connection fails
     */
    public static FakeSc connect(InetSocketAddress address) {
        return builder().address(address).connect();
    }

    // ------------------------------------------------------------------ sending

    /**
     * Sends a message with the next sequence number and waits for the response.
     *
     * @param message the message
     * @return the response
     * @throws IllegalStateException if no response arrives within the response timeout
     * @throws UncheckedIOException if the message cannot be written
     */
    public CapturedFrame send(ScMessage message) {
        return send(message, Fault.none()).orElseThrow(() -> new IllegalStateException(
                "FakeSc: no response to " + message.messageType().code() + " within "
                        + responseTimeout.toMillis() + " ms" + (peerClosed ? " (the ACS closed the connection)" : "")
                        + " (expected: a response)"));
    }

    /**
     * Sends a request with the next sequence number and returns its typed response.
     *
     * @param request the request
     * @param <R> the response type
     * @return the response
     * @throws IllegalStateException if no response arrives in time, or one of another type
     * @throws UncheckedIOException if the request cannot be written
     */
    public <R extends AcsMessage> R request(ScRequest<R> request) {
        return send(request).message(request.responseType());
    }

    /**
     * Sends a message with the next sequence number through a fault and waits for a response.
     *
     * @param message the message
     * @param fault what to do to it on the way
     * @return the response, or empty when none arrives within the response timeout or the ACS closed the connection
     * @throws UncheckedIOException if the message cannot be written
     */
    public Optional<CapturedFrame> send(ScMessage message, Fault fault) {
        return sendRaw(encode(message), fault);
    }

    /**
     * Sends raw text in the codec's charset as it is (the codec's terminator appended unless it ends with CR or
     * LF) and waits for a response.
     *
     * @param frame the frame
     * @return the response, or empty when none arrives in time
     * @throws UncheckedIOException if the frame cannot be written
     */
    public Optional<CapturedFrame> sendRaw(String frame) {
        Objects.requireNonNull(frame, "frame");
        return sendRaw(frame.getBytes(codec.charset()), Fault.none());
    }

    /**
     * Sends raw bytes through a fault (the codec's terminator appended unless they end with CR or LF) and waits
     * for a response.
     *
     * @param frame the frame
     * @param fault what to do to it on the way
     * @return the response, or empty when none arrives in time
     * @throws UncheckedIOException if the frame cannot be written
     */
    public Optional<CapturedFrame> sendRaw(byte[] frame, Fault fault) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(fault, "fault");
        byte[] bytes = FaultWire.terminated(frame.clone(), codec.terminator().bytes());
        try {
            FaultWire.send(bytes, fault, out, socket);
        } catch (IOException e) {
            throw new UncheckedIOException("FakeSc: cannot send: " + e.getMessage(), e);
        }
        return awaitResponse(responseTimeout);
    }

    /**
     * Encodes a message with the next sequence number (and a checksum) when error detection is on, and counts the
     * number as used. Send the bytes with {@link #sendRaw(byte[], Fault)}.
     *
     * @param message the message
     * @return the frame, terminator included
     */
    public byte[] encode(ScMessage message) {
        Objects.requireNonNull(message, "message");
        if (!errorDetection) {
            return codec.encode(message);
        }
        int number = sequence;
        sequence = (sequence + 1) % 10;
        return codec.encode(message, number);
    }

    /**
     * Encodes a message with a given sequence number and a checksum, without counting it: for a message that
     * repeats an earlier number, or skips ahead.
     *
     * @param message the message
     * @param sequenceNumber 0 to 9
     * @return the frame, terminator included
     */
    public byte[] encode(ScMessage message, int sequenceNumber) {
        Objects.requireNonNull(message, "message");
        return codec.encode(message, sequenceNumber);
    }

    /** {@return the sequence number the next new message gets} */
    public int nextSequenceNumber() {
        return sequence;
    }

    // ------------------------------------------------------------------ receiving

    /**
     * Waits for the next response not yet returned.
     *
     * @param timeout how long to wait
     * @return the response, or empty when none arrives in time or the ACS closed the connection
     */
    public Optional<CapturedFrame> awaitResponse(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                CapturedFrame frame = pending.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (frame != null) {
                    return Optional.of(frame);
                }
                if ((peerClosed && pending.isEmpty()) || System.nanoTime() - deadline >= 0) {
                    return Optional.empty();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Waits until the ACS closes the connection.
     *
     * @param timeout how long to wait
     * @return whether the ACS closed it in time
     */
    public boolean awaitClosedByPeer(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!peerClosed && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return peerClosed;
    }

    /** {@return whether the ACS has closed the connection (or this side has)} */
    public boolean isClosed() {
        return peerClosed || socket.isClosed();
    }

    /** {@return every response received so far, in order, returned or not} */
    public List<CapturedFrame> responses() {
        synchronized (responses) {
            return List.copyOf(responses);
        }
    }

    /** {@return the local address of the connection} */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Closes the connection. Idempotent. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closed anyway
        }
    }

    @Override
    public String toString() {
        return "FakeSc[" + socket.getLocalSocketAddress() + " -> " + socket.getRemoteSocketAddress() + "]";
    }

    private void readLoop() {
        try (Sip2FrameReader reader = codec.newFrameReader(socket.getInputStream())) {
            byte[] frame;
            while ((frame = reader.readFrame()) != null) {
                CapturedFrame captured;
                synchronized (responses) {
                    int occurrence = occurrences.merge(CapturedFrame.codeOf(frame), 1, Integer::sum);
                    captured = new CapturedFrame(responses.size() + 1, 1, occurrence, frame, codec);
                    responses.add(captured);
                }
                pending.add(captured);
            }
        } catch (IOException e) {
            // closed by either side, or cut off mid-frame
        } finally {
            peerClosed = true;
        }
    }

    /** Configures a {@link FakeSc}; not thread-safe. */
    public static final class Builder {
        private InetSocketAddress address;
        private InetAddress localAddress;
        private Sip2Codec codec = Sip2Codec.defaults();
        private boolean errorDetection = true;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;

        private Builder() {}

        /**
         * Sets the ACS's address. Required.
         *
         * @param address the address
         * @return this builder
         */
        public Builder address(InetSocketAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Sets the ACS's address.
         *
         * @param host the host
         * @param port the port
         * @return this builder
         */
        public Builder address(String host, int port) {
            return address(new InetSocketAddress(Objects.requireNonNull(host, "host"), port));
        }

        /**
         * Connects from a given local address, such as {@code 127.0.0.2} for a policy that serves that address
         * without a login. Default: the system's choice.
         *
         * @param localAddress the local address
         * @return this builder
         */
        public Builder localAddress(InetAddress localAddress) {
            this.localAddress = Objects.requireNonNull(localAddress, "localAddress");
            return this;
        }

        /**
         * Sets the codec (charset, terminator). Default: {@link Sip2Codec#defaults()}.
         *
         * @param codec the codec
         * @return this builder
         */
        public Builder codec(Sip2Codec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Sets whether messages carry AY and AZ. Default: true.
         *
         * @param errorDetection whether to seal messages
         * @return this builder
         */
        public Builder errorDetection(boolean errorDetection) {
            this.errorDetection = errorDetection;
            return this;
        }

        /**
         * Sets how long to wait for a response (and for the connection). Default:
         * {@link #DEFAULT_RESPONSE_TIMEOUT}.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("responseTimeout: " + timeout + " (expected: a positive duration)");
            }
            this.responseTimeout = timeout;
            return this;
        }

        /**
         * {@return the fake SC, connected}
         *
         * @throws IllegalStateException if no address was set
         * @throws UncheckedIOException if the connection fails
         */
        public FakeSc connect() {
            if (address == null) {
                throw new IllegalStateException("address: not set (expected: the ACS's address)");
            }
            try {
                return new FakeSc(this);
            } catch (IOException e) {
                throw new UncheckedIOException("FakeSc: cannot connect to " + address + ": " + e.getMessage(), e);
            }
        }
    }
}
