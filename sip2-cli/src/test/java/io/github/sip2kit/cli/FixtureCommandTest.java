package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.Direction;
import io.github.sip2kit.core.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FixtureCommandTest {

    private static final long SEED = Long.getLong("sip2.seed", 20261123L);

    @ParameterizedTest(name = "{0}")
    @EnumSource(MessageType.class)
    void everyMessageTypeComesOutAsFramesThatDecodeCleanlyEvenStrictly(MessageType type) {
        Cli.Result result = Cli.run("fixture", type.name(), "--count", "5", "--seed", Long.toString(SEED));

        assertThat(result.exitCode()).as("seed %d: %s", SEED, result).isZero();
        List<byte[]> frames = Sip2Text.splitFrames(result.stdoutBytes());
        assertThat(frames).as("seed %d", SEED).hasSize(5);
        for (int i = 0; i < frames.size(); i++) {
            for (Sip2Codec codec : List.of(Sip2Codec.defaults(), Sip2Codec.strict())) {
                DecodeResult decoded = codec.tryDecode(frames.get(i));
                assertThat(decoded).as("seed %d, frame %d: %s", SEED, i,
                        new String(frames.get(i), StandardCharsets.ISO_8859_1))
                        .isInstanceOf(DecodeResult.Decoded.class);
                Sip2Frame frame = ((DecodeResult.Decoded) decoded).frame();
                assertThat(frame.message().code()).isEqualTo(type.code());
                if (type != MessageType.REQUEST_ACS_RESEND && type != MessageType.REQUEST_SC_RESEND) {
                    assertThat(frame.sequenceNumber()).hasValue(i % 10);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFramesAndTypesMayBeGivenByCode() {
        Cli.Result first = Cli.run("fixture", "64", "--count", "3", "--seed", "7");
        Cli.Result again = Cli.run("fixture", "patron-information-response", "--count", "3", "--seed", "7");
        Cli.Result other = Cli.run("fixture", "64", "--count", "3", "--seed", "8");

        assertThat(again.stdoutBytes()).isEqualTo(first.stdoutBytes());
        assertThat(other.stdoutBytes()).isNotEqualTo(first.stdoutBytes());
    }

    @Test
    void framesInUtf8AndWithoutTrailerOnRequest() {
        Cli.Result result = Cli.run("fixture", "CHECKOUT_RESPONSE", "--count", "4", "--charset", "UTF-8",
                "--no-trailer");

        Sip2Codec utf8 = Sip2Codec.builder().charset(StandardCharsets.UTF_8).build();
        for (byte[] frame : Sip2Text.splitFrames(result.stdoutBytes())) {
            assertThat(utf8.decodeFrame(frame).hasChecksum()).isFalse();
        }
    }

    static Stream<Arguments> producibleReasons() {
        List<Arguments> cases = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            if (InvalidFrames.NOT_PRODUCIBLE.contains(reason)) {
                continue;
            }
            for (MessageType type : List.of(MessageType.CHECKOUT_RESPONSE, MessageType.PATRON_INFORMATION_RESPONSE,
                    MessageType.ACS_STATUS, MessageType.CHECKIN)) {
                // Requests have no repeatable field to repeat too often.
                if (reason != Reason.TOO_MANY_REPEATS || type.direction() == Direction.ACS_TO_SC) {
                    cases.add(Arguments.of(reason, type));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("producibleReasons")
    void invalidFramesFailWithExactlyTheRequestedReason(Reason reason, MessageType type) {
        boolean strict = InvalidFrames.STRICT_ONLY.contains(reason);
        List<String> args = new ArrayList<>(List.of("fixture", type.name(), "--invalid", reason.name(), "--count", "3",
                "--seed", Long.toString(SEED)));
        if (strict) {
            args.add("--strict");
        }

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as("seed %d: %s", SEED, result).isZero();
        Sip2Codec judge = strict ? Sip2Codec.strict() : Sip2Codec.defaults();
        List<byte[]> frames = Sip2Text.splitFrames(result.stdoutBytes());
        assertThat(frames).hasSize(3);
        for (byte[] frame : frames) {
            DecodeResult decoded = judge.tryDecode(frame);
            assertThat(decoded).as("seed %d", SEED).isInstanceOf(DecodeResult.Malformed.class);
            assertThat(((DecodeResult.Malformed) decoded).error().reason()).as("seed %d", SEED).isEqualTo(reason);
        }
        List<String> decodeArgs = new ArrayList<>(List.of("decode"));
        if (strict) {
            decodeArgs.add("--strict");
        }
        Cli.Result decode = Cli.withInput(frames.get(0), decodeArgs.toArray(String[]::new));
        assertThat(decode.exitCode()).isEqualTo(4);
        assertThat(decode.stderr()).startsWith("sip2 decode: frame 1: " + reason + ": ");
    }

    @Test
    void refusesReasonsThatDoNotDependOnTheFrameAndStrictOnlyReasonsWithoutStrict() {
        Cli.Result policy = Cli.run("fixture", "CHECKOUT", "--invalid", "UNKNOWN_FIELD");
        Cli.Result lenient = Cli.run("fixture", "CHECKOUT", "--invalid", "DUPLICATE_FIELD");
        Cli.Result noFixedPart = Cli.run("fixture", "REQUEST_SC_RESEND", "--invalid", "INVALID_FIXED_FIELD");
        Cli.Result badType = Cli.run("fixture", "CHECKOUTS");

        assertThat(policy.exitCode()).isEqualTo(2);
        assertThat(policy.stderr()).startsWith("sip2 fixture: --invalid UNKNOWN_FIELD: depends on the receiver's");
        assertThat(lenient.exitCode()).isEqualTo(2);
        assertThat(lenient.stderr()).contains("only a strict decoder reports it");
        assertThat(noFixedPart.exitCode()).isEqualTo(2);
        assertThat(noFixedPart.stderr()).contains("a message 96 cannot be made to fail with this reason alone");
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.stderr()).startsWith("sip2 fixture: TYPE: 'CHECKOUTS' (expected: ");
    }
}
