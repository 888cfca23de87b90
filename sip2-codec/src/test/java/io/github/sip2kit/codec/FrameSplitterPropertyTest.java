package io.github.sip2kit.codec;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * However a stream of frames is cut into chunks, the splitter yields the same frames. The base seed is random
 * unless {@code -Dsip2.seed=N} fixes it; every assertion prints it.
 */
class FrameSplitterPropertyTest {

    private static final int CASES = 2_000;
    private static final long BASE_SEED = Long.getLong("sip2.seed", new SplittableRandom().nextLong());

    static LongStream cases() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void anyChunkingYieldsTheSameFrames(long caseNumber) {
        String description = "-Dsip2.seed=" + BASE_SEED + " case " + caseNumber;
        SplittableRandom random = new SplittableRandom(BASE_SEED + caseNumber * 0x9E3779B97F4A7C15L);
        TerminatorPolicy policy = TerminatorPolicy.values()[random.nextInt(TerminatorPolicy.values().length)];
        int maxFrameLength = 1 + random.nextInt(64);

        StringBuilder stream = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int frames = random.nextInt(25);
        for (int f = 0; f < frames; f++) {
            boolean oversized = random.nextInt(10) == 0;
            int length = oversized
                    ? maxFrameLength + 1 + random.nextInt(2 * maxFrameLength + 1)
                    : 1 + random.nextInt(maxFrameLength);
            String frame = randomFrame(random, policy, length);
            expected.add(oversized ? "<FRAME_TOO_LONG>" : frame);
            stream.append(frame).append(randomTerminator(random, policy));
            while (random.nextInt(8) == 0) {
                stream.append(randomTerminator(random, policy));
            }
        }
        String partial = random.nextInt(4) == 0 ? randomFrame(random, policy, 1 + random.nextInt(maxFrameLength)) : "";
        stream.append(partial);

        byte[] bytes = stream.toString().getBytes(ISO_8859_1);
        Sip2FrameSplitter splitter = new Sip2FrameSplitter(
                Sip2Limits.builder().maxFrameLength(maxFrameLength).build(), policy);
        FrameSplitterTest.Events sink = new FrameSplitterTest.Events();
        int position = 0;
        while (position < bytes.length) {
            int chunk = Math.min(bytes.length - position, random.nextInt(1 + random.nextInt(3 * maxFrameLength + 4)));
            if (random.nextBoolean()) {
                splitter.feed(bytes, position, chunk, sink);
            } else {
                ByteBuffer buffer = random.nextBoolean() ? ByteBuffer.allocate(chunk) : ByteBuffer.allocateDirect(chunk);
                buffer.put(bytes, position, chunk).flip();
                splitter.feed(buffer, sink);
            }
            position += chunk;
            assertThat(splitter.bufferedBytes()).as(description).isLessThanOrEqualTo(maxFrameLength);
        }

        assertThat(sink.events).as(description + " (policy %s, limit %d)", policy, maxFrameLength).isEqualTo(expected);
        assertThat(splitter.hasPartialFrame()).as(description).isEqualTo(!partial.isEmpty());
        assertThat(splitter.bufferedBytes()).as(description).isEqualTo(partial.length());
    }

    /** Random bytes other than CR; LF only where the policy makes it data and it cannot be swallowed. */
    private static String randomFrame(SplittableRandom random, TerminatorPolicy policy, int length) {
        StringBuilder frame = new StringBuilder(length);
        while (frame.length() < length) {
            char c = (char) random.nextInt(256);
            boolean lfIsData = policy == TerminatorPolicy.CR_ONLY
                    || policy == TerminatorPolicy.CR_OR_CRLF && frame.length() > 0;
            if (c != '\r' && (c != '\n' || lfIsData)) {
                frame.append(c);
            }
        }
        return frame.toString();
    }

    private static String randomTerminator(SplittableRandom random, TerminatorPolicy policy) {
        return switch (policy) {
            case ANY -> List.of("\r", "\r\n", "\n").get(random.nextInt(3));
            case CR_OR_CRLF -> random.nextBoolean() ? "\r" : "\r\n";
            case CR_ONLY -> "\r";
        };
    }
}
