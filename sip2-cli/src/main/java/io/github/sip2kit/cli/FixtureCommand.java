package io.github.sip2kit.cli;

import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.testkit.Sip2Generators;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
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
                + "exactly that reason.",
            "The same seed gives the same frames on every run. Frames carry AY/AZ (sequence numbers 0, 1, 2, ...) "
                    + "unless --no-trailer."})
final class FixtureCommand implements Callable<Integer> {

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
            description = "Break each frame so that decoding fails with this reason: FRAME_TOO_LONG, "
                    + "TRUNCATED_FIXED_PART, INVALID_FIXED_FIELD, INVALID_FIELD_ID, FIELD_TOO_LONG, TOO_MANY_REPEATS, "
                    + "CHECKSUM_MISMATCH, MALFORMED_CHECKSUM, MISSING_CHECKSUM, BAD_SEQUENCE_NUMBER, "
                    + "ILLEGAL_CHARACTER; with --strict also INVALID_FIELD_VALUE, MISSING_REQUIRED_FIELD, "
                    + "MISSING_DELIMITER, DUPLICATE_FIELD.")
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
        Sip2Generators generators = Sip2Generators.forCharset(codec.charset());
        InvalidFrames breaker = new InvalidFrames(codec);
        SplittableRandom random = new SplittableRandom(seed);
        PrintStream out = root.out();
        for (int i = 0; i < count; i++) {
            Sip2Message message = generators.message(messageType, random);
            int sequence = i % 10;
            byte[] frame;
            if (invalid != null) {
                frame = breaker.make(invalid, messageType, codec.encodeToString(message), sequence, random);
            } else {
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
        return Sip2Cli.EXIT_OK;
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
