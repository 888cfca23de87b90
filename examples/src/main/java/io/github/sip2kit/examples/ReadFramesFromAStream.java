package io.github.sip2kit.examples;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2FrameReader;
import io.github.sip2kit.core.Sip2Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads frames from a byte stream, as from a socket: terminators may be CR, CRLF or LF, and frames may arrive in any
 * pieces. The reader returns null at a clean end of stream.
 */
public final class ReadFramesFromAStream {

    private ReadFramesFromAStream() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     * @throws IOException never, for an in-memory stream
     */
    public static void main(String[] args) throws IOException {
        String stream = "9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B\r\n"
                + "9900802.00AY1AZFCA0\r"
                + "1719980723    100000AOCertification Institute ID|ABItemBook|AY1AZEBEB\n";
        Sip2Codec codec = Sip2Codec.defaults();
        int count = 0;
        try (Sip2FrameReader reader =
                codec.newFrameReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.US_ASCII)))) {
            byte[] frame;
            while ((frame = reader.readFrame()) != null) {
                Sip2Message message = codec.decode(frame);
                System.out.println(message.code() + " " + message.getClass().getSimpleName() + ": " + message);
                count++;
            }
        }
        if (count != 3) {
            throw new IllegalStateException("expected 3 frames, read " + count);
        }
    }
}
