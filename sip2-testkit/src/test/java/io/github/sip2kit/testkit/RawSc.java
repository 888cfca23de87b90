package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Checksum;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.Charset;

/**
 * A self-check terminal reduced to a socket: it writes hand-written request text as bytes (IBM850, the demo
 * profile's charset) and reads raw reply bytes up to the CR. Nothing of the codec is used except
 * {@link Checksum} to seal requests.
 */
final class RawSc implements AutoCloseable {

    static final Charset CHARSET = Charset.forName("IBM850");
    private static final int CR = '\r';

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawSc(InetSocketAddress address) throws IOException {
        socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** {@return the body followed by {@code AY<sequence>AZ} and the checksum over those bytes} */
    static String seal(String body, int sequence) {
        return withChecksum(body + "AY" + sequence + "AZ");
    }

    /** {@return the text, which ends with {@code AZ}, followed by its checksum} */
    static String withChecksum(String textUpToAz) {
        byte[] bytes = textUpToAz.getBytes(CHARSET);
        return textUpToAz + Checksum.toHex(Checksum.compute(bytes, 0, bytes.length));
    }

    /** Sends the frame text with a CR and returns the reply's bytes, CR included. */
    byte[] exchange(String frame) throws IOException {
        return exchange((frame + "\r").getBytes(CHARSET));
    }

    /** Sends the bytes as they are and returns the reply's bytes, CR included. */
    byte[] exchange(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return read();
    }

    /** {@return the next reply's bytes up to and including its CR} */
    byte[] read() throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed after " + reply.size() + " bytes of a reply");
            }
            reply.write(b);
            if (b == CR) {
                return reply.toByteArray();
            }
        }
    }

    /** {@return the reply bytes as text, CR included} */
    static String text(byte[] reply) {
        return new String(reply, CHARSET);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
