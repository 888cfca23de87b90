package io.github.sip2kit.codec;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private static Sip2FrameReader reader(String stream) {
        return new Sip2FrameReader(new ByteArrayInputStream(stream.getBytes(ISO_8859_1)));
    }

    private static String text(byte[] frame) {
        return frame == null ? null : new String(frame, ISO_8859_1);
    }

    /** Hands out at most one byte per read, as a slow network might. */
    private static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }

    @Test
    void readsFramesEndedByCrCrLfAndLf() throws IOException {
        try (Sip2FrameReader reader = reader("97AZFEF5\r96AZFEF6\r\n941AY5AZFDF8\n9900802.00AY1AZFCA0\r")) {
            assertThat(text(reader.readFrame())).isEqualTo("97AZFEF5");
            assertThat(text(reader.readFrame())).isEqualTo("96AZFEF6");
            assertThat(text(reader.readFrame())).isEqualTo("941AY5AZFDF8");
            assertThat(text(reader.readFrame())).isEqualTo("9900802.00AY1AZFCA0");
            assertThat(reader.readFrame()).isNull();
        }
    }

    @Test
    void returnsNullAtACleanEndOfStreamEveryTime() throws IOException {
        try (Sip2FrameReader reader = reader("")) {
            assertThat(reader.readFrame()).isNull();
            assertThat(reader.readFrame()).isNull();
        }
        try (Sip2FrameReader reader = reader("97AZFEF5\r\n\r\n")) {
            assertThat(text(reader.readFrame())).isEqualTo("97AZFEF5");
            assertThat(reader.readFrame()).isNull();
        }
    }

    @Test
    void throwsEofExceptionWhenTheStreamEndsInsideAFrame() throws IOException {
        try (Sip2FrameReader reader = reader("97AZFEF5\r941AY5AZ")) {
            assertThat(text(reader.readFrame())).isEqualTo("97AZFEF5");
            assertThatThrownBy(reader::readFrame)
                    .isInstanceOf(EOFException.class)
                    .hasMessageContaining("8 bytes");
            assertThat(reader.readFrame()).isNull();
        }
    }

    @Test
    void throwsFrameTooLongAndContinuesWithTheNextFrame() throws IOException {
        Sip2Limits limits = Sip2Limits.builder().maxFrameLength(8).build();
        InputStream in = new ByteArrayInputStream("941AY5AZFDF8\r97AZFEF5\r".getBytes(ISO_8859_1));
        try (Sip2FrameReader reader = new Sip2FrameReader(in, limits, TerminatorPolicy.ANY)) {
            assertThatThrownBy(reader::readFrame)
                    .isInstanceOfSatisfying(
                            Sip2DecodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FRAME_TOO_LONG));
            assertThat(text(reader.readFrame())).isEqualTo("97AZFEF5");
            assertThat(reader.readFrame()).isNull();
        }
    }

    @Test
    void anOversizedFrameCutByTheEndOfStreamIsReportedThenEof() throws IOException {
        Sip2Limits limits = Sip2Limits.builder().maxFrameLength(8).build();
        InputStream in = new ByteArrayInputStream("941AY5AZFDF8".getBytes(ISO_8859_1));
        try (Sip2FrameReader reader = new Sip2FrameReader(in, limits, TerminatorPolicy.ANY)) {
            assertThatThrownBy(reader::readFrame).isInstanceOf(Sip2DecodeException.class);
            assertThatThrownBy(reader::readFrame).isInstanceOf(EOFException.class);
            assertThat(reader.readFrame()).isNull();
        }
    }

    @Test
    void readsOneByteChunks() throws IOException {
        InputStream in = new OneByteAtATime(new ByteArrayInputStream("97AZFEF5\r\n96AZFEF6\r".getBytes(ISO_8859_1)));
        try (Sip2FrameReader reader = new Sip2FrameReader(in)) {
            assertThat(text(reader.readFrame())).isEqualTo("97AZFEF5");
            assertThat(text(reader.readFrame())).isEqualTo("96AZFEF6");
            assertThat(reader.readFrame()).isNull();
        }
    }

    @Test
    void readsFramesAcrossChunkBoundaries() throws IOException {
        // 8190 bytes of frame, then CR LF straddling the 8 KiB chunk boundary.
        String big = "AF".repeat(4095);
        try (Sip2FrameReader reader = reader(big + "\r\n97AZFEF5\r")) {
            assertThat(text(reader.readFrame())).isEqualTo(big);
            assertThat(text(reader.readFrame())).isEqualTo("97AZFEF5");
            assertThat(reader.readFrame()).isNull();
        }
    }

    @Test
    void honoursTheTerminatorPolicy() throws IOException {
        InputStream in = new ByteArrayInputStream("97AZFEF5\r\n96AZFEF6\r".getBytes(ISO_8859_1));
        try (Sip2FrameReader reader = new Sip2FrameReader(in, Sip2Limits.defaults(), TerminatorPolicy.CR_ONLY)) {
            assertThat(text(reader.readFrame())).isEqualTo("97AZFEF5");
            assertThat(text(reader.readFrame())).isEqualTo("\n96AZFEF6");
        }
    }

    @Test
    void closeClosesTheStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new Sip2FrameReader(in).close();
        assertThat(closed[0]).isTrue();
    }
}
