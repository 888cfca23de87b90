package io.github.sip2kit.client;

import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2FrameSplitter;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One open socket to the ACS and the protocol state that belongs to it: the framing buffer and the next sequence
 * number. Used by one thread at a time, under the client's lock; only {@link #close()} may come from another.
 */
final class Connection implements Closeable {

    private static final int CHUNK_SIZE = 8192;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
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
    private int nextSequence;

    private Connection(Socket socket, ClientConfig config) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), CHUNK_SIZE);
        this.out = socket.getOutputStream();
        this.splitter = config.codec().newFrameSplitter();
    }

    /**
     * Opens a connection: TCP connect within the connect timeout, then, for TLS, the handshake with host name
     * verification unless it is switched off.
     */
    static Connection open(ClientConfig config) throws IOException {
        InetSocketAddress address = config.address();
        InetSocketAddress target = address.isUnresolved()
                ? new InetSocketAddress(address.getHostString(), address.getPort())
                : address;
        int connectMillis = toMillis(config.connectTimeout().toNanos());
        Socket raw = new Socket();
        try {
            raw.setTcpNoDelay(true);
            raw.setKeepAlive(true);
            raw.connect(target, connectMillis);
            Socket socket = raw;
            if (config.sslContext() != null) {
                SSLSocket ssl = (SSLSocket) config.sslContext()
                        .getSocketFactory()
                        .createSocket(raw, address.getHostString(), address.getPort(), true);
                SSLParameters parameters = ssl.getSSLParameters();
                if (config.hostnameVerification()) {
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                }
                ssl.setSSLParameters(parameters);
                ssl.setSoTimeout(connectMillis);
                ssl.startHandshake();
                socket = ssl;
            }
            return new Connection(socket, config);
        } catch (IOException | RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    /** {@return the sequence number the next new request gets} */
    int peekSequence() {
        return nextSequence;
    }

    /** Moves to the next sequence number, wrapping 9 to 0. */
    void advanceSequence() {
        nextSequence = (nextSequence + 1) % 10;
    }

    /** Writes one frame (terminator included) and flushes it. */
    void write(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
    }

    /**
     * Reads the next frame, waiting no longer than the deadline.
     *
     * @param deadlineNanos a {@link System#nanoTime()} value
     * @return the frame without its terminator
     * @throws SocketTimeoutException if no whole frame arrived before the deadline
     * @throws EOFException if the ACS closed the connection
     * @throws Sip2DecodeException if a frame exceeded the frame-length limit
     */
    byte[] readFrame(long deadlineNanos) throws IOException {
        while (true) {
            Object next = queue.poll();
            if (next instanceof byte[]) {
                return (byte[]) next;
            }
            if (next instanceof Sip2DecodeException) {
                throw (Sip2DecodeException) next;
            }
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                throw new SocketTimeoutException("no whole frame before the deadline");
            }
            socket.setSoTimeout(toMillis(remaining));
            int n = in.read(chunk);
            if (n < 0) {
                throw new EOFException(splitter.hasPartialFrame()
                        ? "the ACS closed the connection inside a frame (" + splitter.bufferedBytes() + " bytes)"
                        : "the ACS closed the connection");
            }
            splitter.feed(chunk, 0, n, sink);
        }
    }

    /**
     * {@return whether the ACS has closed the connection while it was idle} Looks at the socket without waiting:
     * bytes that arrived in the meantime stay buffered for the next read.
     */
    boolean isStale() {
        if (socket.isClosed()) {
            return true;
        }
        if (!queue.isEmpty()) {
            return false;
        }
        try {
            socket.setSoTimeout(1);
            in.mark(1);
            int b = in.read();
            if (b < 0) {
                return true;
            }
            in.reset();
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** {@return whether the socket is still open on this side} */
    boolean isOpen() {
        return !socket.isClosed();
    }

    /** {@return the local port, for log lines} */
    int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do with a socket that fails to close
        }
    }

    private static int toMillis(long nanos) {
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos + TimeUnit.MILLISECONDS.toNanos(1) - 1);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }
}
