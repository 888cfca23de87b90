package io.github.sip2kit.testkit.codec;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2FrameReader;
import io.github.sip2kit.testkit.Conformance;
import io.github.sip2kit.testkit.Sip2Generators;
import io.github.sip2kit.core.Sip2Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stream of generated frames, each ended by CR, CRLF or LF, read through {@link Sip2FrameReader} from a stream that
 * hands out random chunk sizes, yields exactly the frames, and each decodes to its message. The base seed is random
 * unless {@code -Dsip2.seed=N} fixes it; every assertion prints it.
 */
class StreamSplitPropertyTest {

    private static final int CASES = 600;
    private static final long BASE_SEED = Long.getLong("sip2.seed", new SplittableRandom().nextLong());
    private static final List<Sip2Codec> CODECS = List.of(Sip2Codec.defaults(), Sip2Codec.builder().charset(UTF_8).build());
    private static final List<String> TERMINATORS = List.of("\r", "\r\n", "\n");

    static LongStream cases() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void framesReadInRandomChunksAreTheFramesWritten(long caseNumber) throws IOException {
        SplittableRandom random = new SplittableRandom(BASE_SEED + caseNumber * 0x9E3779B97F4A7C15L);
        String description = "-Dsip2.seed=" + BASE_SEED + " case " + caseNumber;
        Sip2Codec codec = CODECS.get(random.nextInt(CODECS.size()));
        Sip2Generators generators = Sip2Generators.forCharset(codec.charset())
                .withConformance(random.nextBoolean() ? Conformance.SPEC : Conformance.MODEL);

        List<Sip2Message> messages = new ArrayList<>();
        List<String> frames = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            Sip2Message message = generators.message(random);
            byte[] wire = random.nextBoolean() ? codec.encode(message, random.nextInt(10)) : codec.encode(message);
            byte[] frame = Arrays.copyOf(wire, wire.length - 1); // without the CR the codec writes
            messages.add(message);
            frames.add(new String(frame, ISO_8859_1));
            stream.write(frame);
            stream.write(TERMINATORS.get(random.nextInt(TERMINATORS.size())).getBytes(ISO_8859_1));
        }
        byte[] bytes = stream.toByteArray();
        int maxChunk = 1 + random.nextInt(random.nextBoolean() ? 8 : 4096);

        List<String> read = new ArrayList<>();
        List<Sip2Message> decoded = new ArrayList<>();
        try (Sip2FrameReader reader = codec.newFrameReader(new ChunkedInputStream(bytes, random, maxChunk))) {
            byte[] frame;
            while ((frame = reader.readFrame()) != null) {
                read.add(new String(frame, ISO_8859_1));
                decoded.add(codec.decode(frame));
            }
        }
        assertThat(read).as(description + " (max chunk %d)", maxChunk).isEqualTo(frames);
        assertThat(decoded).as(description).isEqualTo(messages);
    }

    /** Hands out the bytes in chunks of random size, 1 to {@code maxChunk}, as a socket might. */
    private static final class ChunkedInputStream extends InputStream {
        private final byte[] bytes;
        private final SplittableRandom random;
        private final int maxChunk;
        private int position;

        ChunkedInputStream(byte[] bytes, SplittableRandom random, int maxChunk) {
            this.bytes = bytes;
            this.random = random;
            this.maxChunk = maxChunk;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, bytes.length - position), 1 + random.nextInt(maxChunk));
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
