package io.github.sip2kit.testkit.codec;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.sip2kit.codec.ChecksumPolicy;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.DuplicateFieldPolicy;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.UnknownFieldPolicy;
import io.github.sip2kit.testkit.Conformance;
import io.github.sip2kit.testkit.Sip2Generators;
import io.github.sip2kit.core.Sip2Message;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever bytes arrive, decoding either fails with a {@link Sip2DecodeException} or yields a frame that re-encodes
 * and decodes to itself. Inputs are random bytes biased towards SIP2 syntax, random text, and valid frames with
 * flipped, inserted, deleted and truncated bytes. The base seed is random unless {@code -Dsip2.seed=N} fixes it;
 * every assertion prints it.
 */
class ArbitraryBytesPropertyTest {

    private static final int CASES = 3_000;
    private static final long BASE_SEED = Long.getLong("sip2.seed", new SplittableRandom().nextLong());

    private static final List<Sip2Codec> CODECS = List.of(
            Sip2Codec.defaults(),
            Sip2Codec.strict(),
            Sip2Codec.builder().charset(UTF_8).build(),
            Sip2Codec.strict().toBuilder().charset(UTF_8).build(),
            Sip2Codec.builder().checksumPolicy(ChecksumPolicy.IGNORE).unknownFieldPolicy(UnknownFieldPolicy.DROP)
                    .build(),
            Sip2Codec.builder().checksumPolicy(ChecksumPolicy.REQUIRE).duplicateFieldPolicy(DuplicateFieldPolicy.REJECT)
                    .unknownFieldPolicy(UnknownFieldPolicy.REJECT).build());

    /** Bytes that matter to the syntax, drawn more often than others. */
    private static final byte[] SYNTAX = "|AYZ0123456789YNU AOABAC\r\n\0".getBytes(ISO_8859_1);

    static LongStream cases() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void decodingAnyBytesFailsCleanlyOrIsStable(long caseNumber) {
        SplittableRandom random = new SplittableRandom(BASE_SEED + caseNumber * 0x9E3779B97F4A7C15L);
        byte[] input = random.nextInt(3) == 0 ? randomBytes(random) : mutatedFrame(random);
        String description = "-Dsip2.seed=" + BASE_SEED + " case " + caseNumber + " input "
                + Arrays.toString(input);
        for (Sip2Codec codec : CODECS) {
            check(codec, input, description + " codec " + codec);
        }
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void decodingAnyTextFailsCleanlyOrIsStable(long caseNumber) {
        SplittableRandom random = new SplittableRandom(BASE_SEED - caseNumber * 0x9E3779B97F4A7C15L);
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            text.append(kind == 0 ? (char) random.nextInt(0x10000)
                    : kind == 1 ? (char) random.nextInt(0x100)
                    : (char) (SYNTAX[random.nextInt(SYNTAX.length)] & 0xff));
        }
        String description = "-Dsip2.seed=" + BASE_SEED + " case " + caseNumber + " text " + text.chars()
                .mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat);
        for (Sip2Codec codec : CODECS) {
            String described = description + " codec " + codec;
            DecodeResult result = expectNoUnexpectedException(() -> codec.tryDecode(text), described);
            try {
                Sip2Frame frame = codec.decodeFrame(text);
                assertThat(result).as(described).isEqualTo(new DecodeResult.Decoded(frame));
                assertThat(codec.decode(text)).as(described).isEqualTo(frame.message());
                assertStable(codec, frame, described);
            } catch (Sip2DecodeException e) {
                assertThat(result).as(described).isInstanceOf(DecodeResult.Malformed.class);
            } catch (RuntimeException e) {
                fail(described + " threw " + e, e);
            }
        }
    }

    private static void check(Sip2Codec codec, byte[] input, String description) {
        DecodeResult result = expectNoUnexpectedException(() -> codec.tryDecode(input), description);
        try {
            Sip2Frame frame = codec.decodeFrame(input);
            assertThat(result).as(description).isEqualTo(new DecodeResult.Decoded(frame));
            assertThat(codec.decode(input)).as(description).isEqualTo(frame.message());
            assertStable(codec, frame, description);
        } catch (Sip2DecodeException e) {
            assertThat(result).as(description).isInstanceOf(DecodeResult.Malformed.class);
            assertThat(((DecodeResult.Malformed) result).error().reason()).as(description).isEqualTo(e.reason());
        } catch (RuntimeException e) {
            fail(description + " threw " + e, e);
        }
    }

    /** A decoded frame re-encodes to bytes that decode to the same frame, and those bytes are a fixed point. */
    static void assertStable(Sip2Codec codec, Sip2Frame frame, String description) {
        byte[] again;
        try {
            again = codec.encode(frame);
        } catch (RuntimeException e) {
            fail(description + ": re-encoding the decoded frame " + frame + " threw " + e, e);
            return;
        }
        String described = description + " re-encoded " + new String(again, ISO_8859_1);
        Sip2Frame second;
        try {
            second = codec.decodeFrame(again);
        } catch (Sip2DecodeException e) {
            fail(described + ": decoding the re-encoded frame failed: " + e.violations(), e);
            return;
        }
        assertThat(second).as(described).isEqualTo(frame);
        assertThat(new String(codec.encode(second), ISO_8859_1)).as(described)
                .isEqualTo(new String(again, ISO_8859_1));
    }

    private static DecodeResult expectNoUnexpectedException(java.util.function.Supplier<DecodeResult> decode,
            String description) {
        try {
            return decode.get();
        } catch (RuntimeException e) {
            fail(description + ": tryDecode threw " + e, e);
            return null;
        }
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(64)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = randomByte(random);
        }
        if (bytes.length >= 2 && random.nextBoolean()) {
            // Start with a known message code most of the time, so that decoding gets past the first check.
            String code = io.github.sip2kit.core.MessageType.values()[random.nextInt(31)].code();
            bytes[0] = (byte) code.charAt(0);
            bytes[1] = (byte) code.charAt(1);
        }
        return bytes;
    }

    private static byte randomByte(SplittableRandom random) {
        return random.nextBoolean() ? SYNTAX[random.nextInt(SYNTAX.length)] : (byte) random.nextInt(256);
    }

    /** A generated frame, with or without trailer and terminator, then mutated one to four times. */
    private static byte[] mutatedFrame(SplittableRandom random) {
        Sip2Codec codec = random.nextBoolean() ? Sip2Codec.defaults() : CODECS.get(2);
        Sip2Message message = Sip2Generators.forCharset(codec.charset())
                .withConformance(random.nextBoolean() ? Conformance.SPEC : Conformance.MODEL)
                .message(random);
        byte[] bytes = random.nextBoolean() ? codec.encode(message, random.nextInt(10)) : codec.encode(message);
        if (random.nextBoolean()) {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            bytes = mutate(bytes, random);
        }
        return bytes;
    }

    private static byte[] mutate(byte[] bytes, SplittableRandom random) {
        int length = bytes.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        switch (random.nextInt(6)) {
            case 0: // flip a bit
                if (length > 0) {
                    bytes = bytes.clone();
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
                return bytes;
            case 1: // replace a byte
                if (length > 0) {
                    bytes = bytes.clone();
                    bytes[at] = randomByte(random);
                }
                return bytes;
            case 2: { // insert a byte
                byte[] out = new byte[length + 1];
                int pos = random.nextInt(length + 1);
                System.arraycopy(bytes, 0, out, 0, pos);
                out[pos] = randomByte(random);
                System.arraycopy(bytes, pos, out, pos + 1, length - pos);
                return out;
            }
            case 3: { // delete a byte
                if (length == 0) {
                    return bytes;
                }
                byte[] out = new byte[length - 1];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(bytes, at + 1, out, at, length - at - 1);
                return out;
            }
            case 4: // truncate
                return Arrays.copyOf(bytes, random.nextInt(length + 1));
            default: { // duplicate a slice
                if (length == 0) {
                    return bytes;
                }
                int end = at + random.nextInt(Math.min(20, length - at) + 1);
                byte[] out = new byte[length + end - at];
                System.arraycopy(bytes, 0, out, 0, end);
                System.arraycopy(bytes, at, out, end, length - at);
                return out;
            }
        }
    }
}
