package io.github.sip2kit.codec.fuzz;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sip2kit.codec.ChecksumPolicy;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.UnknownFieldPolicy;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing of the decoder with Jazzer: whatever the bytes, the lenient and the strict codec either
 * decode them or throw {@link Sip2DecodeException}, and a decoded frame re-encodes to bytes that decode to the same
 * frame.
 *
 * <p>Under a plain {@code mvn test} the test replays the inputs in {@code DecoderFuzzTestInputs/<method name>/} next to
 * this class in the test resources (regression mode). With {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration};
 * see {@code docs/fuzzing.md}. Each finding is kept there as a named input.
 */
class DecoderFuzzTest {

    private static final List<Sip2Codec> CODECS = List.of(
            Sip2Codec.defaults(),
            Sip2Codec.strict(),
            Sip2Codec.builder().charset(UTF_8).build(),
            Sip2Codec.builder().checksumPolicy(ChecksumPolicy.IGNORE).unknownFieldPolicy(UnknownFieldPolicy.DROP)
                    .build());

    @FuzzTest(maxDuration = "2m")
    void decodingAnyBytesFailsCleanlyOrReencodesStably(byte[] input) {
        for (Sip2Codec codec : CODECS) {
            DecodeResult result = codec.tryDecode(input);
            Sip2Frame frame;
            try {
                frame = codec.decodeFrame(input);
            } catch (Sip2DecodeException e) {
                check(result instanceof DecodeResult.Malformed, "tryDecode did not report the failure", codec, input);
                continue;
            }
            check(result.equals(new DecodeResult.Decoded(frame)), "tryDecode and decodeFrame disagree", codec, input);
            byte[] again = codec.encode(frame);
            Sip2Frame second;
            try {
                second = codec.decodeFrame(again);
            } catch (Sip2DecodeException e) {
                throw new AssertionError(describe("the re-encoded frame does not decode: " + e.getMessage(), codec,
                        input) + " re-encoded " + new String(again, ISO_8859_1), e);
            }
            check(second.equals(frame), "the re-encoded frame decodes to another frame " + second + " (expected: "
                    + frame + ")", codec, input);
            check(Arrays.equals(codec.encode(second), again), "re-encoding is not a fixed point", codec, input);
        }
    }

    private static void check(boolean condition, String what, Sip2Codec codec, byte[] input) {
        if (!condition) {
            throw new AssertionError(describe(what, codec, input));
        }
    }

    private static String describe(String what, Sip2Codec codec, byte[] input) {
        return what + " with " + codec + " for input " + Arrays.toString(input) + " (\""
                + new String(input, ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n") + "\")";
    }
}
