package io.github.sip2kit.cli;

import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.testkit.InvalidFrame;
import io.github.sip2kit.testkit.InvalidFrames;
import io.github.sip2kit.testkit.Sip2Generators;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sip2 fixture}: valid or deliberately invalid frames from the testkit's seeded generators. */
@Command(name = "fixture", sortOptions = false,
        description = {"Writes SIP2 frames of one message type for tests, one per line, as bytes in the charset: "
                + "valid ones from the testkit's seeded generators (every field set, passwords, unknown fields, "
                + "non-ASCII text the charset can carry), or, with --invalid, frames the decoder rejects with "
                + "exactly that reason (from the testkit's InvalidFrames).",
            "The same seed gives the same frames on every run. Frames carry AY/AZ (sequence numbers 0, 1, 2, ...) "
                    + "unless --no-trailer.",
            "An invalid frame that only a decoder with other settings rejects (strict, smaller limits, policies) "
                    + "is announced on standard error with those settings, such as "
                    + "\"frame 1: ... (decode with --strict)\"."})
final class FixtureCommand implements Callable<Integer> {

    /** Reasons a frame of a given type cannot be made to fail with: they need another type or an expectation. */
    static final Set<Reason> NOT_FOR_A_TYPE = EnumSet.of(
            Reason.UNKNOWN_MESSAGE_CODE, Reason.UNEXPECTED_DIRECTION, Reason.UNEXPECTED_MESSAGE_TYPE);

    /**
     * How many ILLEGAL_CHARACTER frames may be generated for one that a line can carry (a NUL or bytes that are not
     * UTF-8 rather than a CR or LF). At most two in three frames hold a CR or LF, so 64 draws all fail with a
     * probability below 10^-11.
     */
    private static final int MAX_ATTEMPTS = 64;

    @ParentCommand
    private Sip2Cli root;

    @Parameters(index = "0", paramLabel = "TYPE",
            description = "Message type: a name such as CHECKOUT or PATRON_STATUS_RESPONSE, or a code such as 11.")
    private String type;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--count", paramLabel = "K", defaultValue = "1",
            description = "How many frames (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--invalid", paramLabel = "REASON",
            description = "Write frames that decoding rejects with this reason: FRAME_TOO_LONG, "
                    + "TRUNCATED_FIXED_PART, INVALID_FIXED_FIELD, INVALID_FIELD_VALUE, INVALID_FIELD_ID, "
                    + "MISSING_REQUIRED_FIELD, MISSING_DELIMITER, DUPLICATE_FIELD, UNKNOWN_FIELD, FIELD_TOO_LONG, "
                    + "TOO_MANY_REPEATS, CHECKSUM_MISMATCH, MALFORMED_CHECKSUM, MISSING_CHECKSUM, "
                    + "BAD_SEQUENCE_NUMBER, ILLEGAL_CHARACTER. Only --charset applies to them.")
    private Reason invalid;

    @Option(names = "--no-trailer", description = "Valid frames without AY/AZ (error detection off).")
    private boolean noTrailer;

    @Option(names = "--terminator", paramLabel = "LF|CR|CRLF", defaultValue = "LF",
            description = "What follows each frame (default: ${DEFAULT-VALUE}).")
    private EncodeCommand.LineEnd terminator;

    @Mixin
    private CodecOptions codecOptions;

    @Override
    public Integer call() {
        MessageType messageType = messageType(type);
        if (count < 0) {
            throw CliException.usage("--count: " + count + " (expected: 0 or more)");
        }
        if (invalid != null && noTrailer) {
            throw CliException.usage("--no-trailer: only for valid frames (expected: not together with --invalid)");
        }
        Sip2Codec codec = codecOptions.codec();
        if (invalid != null) {
            checkInvalid(messageType);
        }
        Sip2Generators generators = Sip2Generators.forCharset(codec.charset());
        SplittableRandom random = new SplittableRandom(seed);
        PrintStream out = root.out();
        for (int i = 0; i < count; i++) {
            byte[] frame;
            if (invalid != null) {
                InvalidFrame broken = invalidFrame(messageType, codec.charset(), random);
                List<String> flags = DecoderOptions.flags(broken.codec());
                if (!flags.isEmpty()) {
                    root.err().println("sip2 fixture: frame " + (i + 1) + ": " + broken.description()
                            + " (decode with " + String.join(" ", flags) + ")");
                }
                frame = broken.bytes();
                frame = Arrays.copyOf(frame, frame.length - 1);
            } else {
                Sip2Message message = generators.message(messageType, random);
                int sequence = i % 10;
                frame = noTrailer ? codec.encode(message) : codec.encode(message, sequence);
                frame = Arrays.copyOf(frame, frame.length - codec.terminator().bytes().length);
                DecodeResult check = codec.tryDecode(frame);
                if (check instanceof DecodeResult.Malformed) {
                    throw new CliException(Sip2Cli.EXIT_FAILURE, "generated frame does not decode (seed " + seed
                            + ", frame " + (i + 1) + "): " + ((DecodeResult.Malformed) check).error().getMessage());
                }
            }
            out.write(frame, 0, frame.length);
            out.print(terminator.text());
        }
        out.flush();
        root.err().flush();
        return Sip2Cli.EXIT_OK;
    }

    private void checkInvalid(MessageType messageType) {
        if (NOT_FOR_A_TYPE.contains(invalid)) {
            throw CliException.usage("--invalid " + invalid + ": depends on the receiver's expectation or on a code"
                    + " no message type has, not on a frame of type " + messageType.code() + " (expected: one of "
                    + producible() + ")");
        }
        if (!InvalidFrames.isPossible(invalid, messageType)) {
            throw CliException.usage("--invalid " + invalid + ": a message " + messageType.code() + " cannot be made"
                    + " to fail with this reason alone (expected: a message type that has what the reason is about;"
                    + " see the testkit's InvalidFrames.isPossible)");
        }
    }

    /**
     * {@return a frame of the testkit's {@link InvalidFrames} for the reason, of the type and charset asked for}
     * Frames whose illegal character is a CR or LF are drawn again: one frame a line cannot carry them.
     */
    private InvalidFrame invalidFrame(MessageType messageType, Charset charset, SplittableRandom random) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            InvalidFrame frame = InvalidFrames.generate(invalid, messageType, charset, random).orElseThrow();
            byte[] bytes = frame.bytes();
            if (!Sip2Text.hasLineEnd(bytes, bytes.length - 1)) {
                return frame;
            }
        }
        throw new CliException(Sip2Cli.EXIT_FAILURE, "--invalid " + invalid + ": no frame without CR or LF after "
                + MAX_ATTEMPTS + " attempts (seed " + seed + ")");
    }

    static String producible() {
        StringBuilder names = new StringBuilder();
        for (Reason reason : Reason.values()) {
            if (!NOT_FOR_A_TYPE.contains(reason)) {
                names.append(names.length() == 0 ? "" : ", ").append(reason.name());
            }
        }
        return names.toString();
    }

    static MessageType messageType(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MessageType candidate : MessageType.values()) {
            if (candidate.name().equals(name) || candidate.code().equals(name)) {
                return candidate;
            }
        }
        throw CliException.usage("TYPE: '" + text + "' (expected: a message type name such as CHECKOUT or a code "
                + "such as 11; sip2 fixture --help)");
    }
}
