package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.testkit.InvalidFrames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /** Reasons for a spread of types, among them those with an empty fixed part or without tagged fields. */
    static Stream<Arguments> producibleReasons() {
        List<Arguments> cases = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            if (FixtureCommand.NOT_FOR_A_TYPE.contains(reason)) {
                continue;
            }
            for (MessageType type : List.of(MessageType.CHECKOUT_RESPONSE, MessageType.PATRON_INFORMATION_RESPONSE,
                    MessageType.ACS_STATUS, MessageType.CHECKIN, MessageType.LOGIN, MessageType.LOGIN_RESPONSE,
                    MessageType.REQUEST_SC_RESEND, MessageType.SC_STATUS, MessageType.RENEW_ALL)) {
                if (InvalidFrames.isPossible(reason, type)) {
                    cases.add(Arguments.of(reason, type));
                }
            }
        }
        return cases.stream();
    }

    @Test
    void combinationsTheCommandOnceCouldNotDrawAreProducedNow() {
        List<String> combinations = List.of("INVALID_FIELD_VALUE 09", "INVALID_FIELD_VALUE 64",
                "INVALID_FIXED_FIELD 93", "INVALID_FIXED_FIELD 98", "INVALID_FIXED_FIELD 99", "FIELD_TOO_LONG 94",
                "FIELD_TOO_LONG 96", "BAD_SEQUENCE_NUMBER 97", "DUPLICATE_FIELD 93");
        for (String combination : combinations) {
            String[] parts = combination.split(" ");
            Cli.Result result = Cli.run("fixture", parts[1], "--invalid", parts[0], "--seed", Long.toString(SEED));
            assertThat(result.exitCode()).as("seed %d, %s: %s", SEED, combination, result).isZero();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("producibleReasons")
    void invalidFramesFailWithExactlyTheRequestedReasonWhenDecodedAsTheCommandSays(Reason reason, MessageType type) {
        Cli.Result result = Cli.run("fixture", type.name(), "--invalid", reason.name(), "--count", "3",
                "--seed", Long.toString(SEED));

        assertThat(result.exitCode()).as("seed %d: %s", SEED, result).isZero();
        List<byte[]> frames = Sip2Text.splitFrames(result.stdoutBytes());
        assertThat(frames).as("seed %d", SEED).hasSize(3);
        Map<Integer, List<String>> settings = decodeSettings(result.stderr());
        for (int i = 0; i < frames.size(); i++) {
            assertThat(new String(frames.get(i), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo(type.code());
            List<String> args = new ArrayList<>(List.of("decode"));
            args.addAll(settings.getOrDefault(i + 1, List.of()));
            Cli.Result decode = Cli.withInput(frames.get(i), args.toArray(String[]::new));
            assertThat(decode.exitCode()).as("seed %d, frame %d, %s: %s", SEED, i + 1, args, decode).isEqualTo(4);
            assertThat(decode.stderr()).as("seed %d, frame %d", SEED, i + 1)
                    .startsWith("sip2 decode: frame 1: " + reason + ": ");
        }
    }

    /** The decode options the fixture command printed per frame: "frame N: ... (decode with OPTIONS)". */
    private static Map<Integer, List<String>> decodeSettings(String stderr) {
        Map<Integer, List<String>> settings = new HashMap<>();
        for (String line : stderr.lines().collect(Collectors.toList())) {
            Matcher matcher = Pattern.compile("^sip2 fixture: frame (\\d+): .*\\(decode with ([^()]*)\\)$")
                    .matcher(line);
            assertThat(matcher.matches()).as("stderr line: %s", line).isTrue();
            settings.put(Integer.parseInt(matcher.group(1)), List.of(matcher.group(2).split(" ")));
        }
        return settings;
    }

    @Test
    void framesThatOnlyAnotherDecoderRejectsSayWhichSettingsItNeeds() {
        Cli.Result tooLong = Cli.run("fixture", "CHECKOUT", "--invalid", "FRAME_TOO_LONG", "--seed", "5");
        Cli.Result duplicate = Cli.run("fixture", "CHECKOUT", "--invalid", "DUPLICATE_FIELD", "--count", "6");
        Cli.Result unknown = Cli.run("fixture", "CHECKOUT", "--invalid", "UNKNOWN_FIELD", "--charset", "UTF-8");
        Cli.Result checksum = Cli.run("fixture", "CHECKOUT", "--invalid", "CHECKSUM_MISMATCH", "--count", "4");

        assertThat(tooLong.stderr()).matches("sip2 fixture: frame 1: 11 CheckoutRequest of \\d+ characters, limit "
                + "\\d+ \\(decode with --max-frame-length \\d+\\)\\R");
        assertThat(duplicate.exitCode()).isZero();
        assertThat(duplicate.stderr().lines()).hasSize(6)
                .allMatch(line -> line.endsWith("(decode with --strict)")
                        || line.endsWith("(decode with --duplicate-fields REJECT)"));
        assertThat(unknown.stderr()).endsWith("(decode with --charset UTF-8 --unknown-fields REJECT)"
                + System.lineSeparator());
        assertThat(checksum.stderr()).as("the default decoder rejects it").isEmpty();
    }

    @Test
    void refusesReasonsThatDoNotDependOnAFrameOfTheTypeAndTypesThatLackWhatTheReasonIsAboutButNotCharsets() {
        Cli.Result expectation = Cli.run("fixture", "CHECKOUT", "--invalid", "UNEXPECTED_DIRECTION");
        Cli.Result unknownCode = Cli.run("fixture", "CHECKOUT", "--invalid", "UNKNOWN_MESSAGE_CODE");
        Cli.Result noFixedPart = Cli.run("fixture", "REQUEST_SC_RESEND", "--invalid", "INVALID_FIXED_FIELD");
        Cli.Result latin1 = Cli.run("fixture", "CHECKOUT", "--invalid", "CHECKSUM_MISMATCH", "--charset",
                "ISO-8859-1");
        Cli.Result badType = Cli.run("fixture", "CHECKOUTS");

        assertThat(expectation.exitCode()).isEqualTo(2);
        assertThat(expectation.stderr()).startsWith("sip2 fixture: --invalid UNEXPECTED_DIRECTION: depends on the "
                + "receiver's expectation");
        assertThat(unknownCode.exitCode()).isEqualTo(2);
        assertThat(noFixedPart.exitCode()).isEqualTo(2);
        assertThat(noFixedPart.stderr()).contains("a message 96 cannot be made to fail with this reason alone");
        assertThat(latin1.exitCode()).as("any charset the codec takes: %s", latin1).isZero();
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.stderr()).startsWith("sip2 fixture: TYPE: 'CHECKOUTS' (expected: ");
    }
}
