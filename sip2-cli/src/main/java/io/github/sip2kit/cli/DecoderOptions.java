package io.github.sip2kit.cli;

import io.github.sip2kit.codec.ChecksumPolicy;
import io.github.sip2kit.codec.DuplicateFieldPolicy;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2Limits;
import io.github.sip2kit.codec.Strictness;
import io.github.sip2kit.codec.UnknownFieldPolicy;
import io.github.sip2kit.codec.UnknownMessagePolicy;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The decoder's limits and policies, on top of {@link CodecOptions}: what a receiver accepts. {@link #flags} writes a
 * codec's settings back as these options, so that {@code sip2 fixture --invalid} can say how to decode its frames.
 */
final class DecoderOptions {

    @Option(names = "--max-frame-length", paramLabel = "N",
            description = "Reject longer frames (FRAME_TOO_LONG; default: " + Sip2Limits.DEFAULT_MAX_FRAME_LENGTH
                    + ").")
    Integer maxFrameLength;

    @Option(names = "--max-field-length", paramLabel = "N",
            description = "Reject longer field values (FIELD_TOO_LONG; default: " + Sip2Limits.DEFAULT_MAX_FIELD_LENGTH
                    + ").")
    Integer maxFieldLength;

    @Option(names = "--max-repeats", paramLabel = "N",
            description = "Reject a field id that occurs more often (TOO_MANY_REPEATS; default: "
                    + Sip2Limits.DEFAULT_MAX_REPEATS + ").")
    Integer maxRepeats;

    @Option(names = "--unknown-fields", paramLabel = "POLICY",
            description = "Fields the message does not define: PRESERVE (default), DROP or REJECT (UNKNOWN_FIELD).")
    UnknownFieldPolicy unknownFields;

    @Option(names = "--unknown-messages", paramLabel = "POLICY",
            description = "Message codes SIP 2.00 does not define: PRESERVE (default) or REJECT "
                    + "(UNKNOWN_MESSAGE_CODE).")
    UnknownMessagePolicy unknownMessages;

    @Option(names = "--duplicate-fields", paramLabel = "POLICY",
            description = "A non-repeatable field twice: FIRST_WINS (default), LAST_WINS or REJECT (DUPLICATE_FIELD; "
                    + "--strict rejects too).")
    DuplicateFieldPolicy duplicateFields;

    @Option(names = "--checksum-policy", paramLabel = "POLICY",
            description = "The AZ checksum: VERIFY_IF_PRESENT (default), REQUIRE (MISSING_CHECKSUM without it) or "
                    + "IGNORE.")
    ChecksumPolicy checksumPolicy;

    /** {@return the codec with the limits and policies given on the command line} */
    Sip2Codec apply(Sip2Codec codec) {
        Sip2Codec.Builder builder = codec.toBuilder();
        if (maxFrameLength != null || maxFieldLength != null || maxRepeats != null) {
            Sip2Limits limits = codec.limits();
            builder.limits(Sip2Limits.builder()
                    .maxFrameLength(positive("--max-frame-length", maxFrameLength, limits.maxFrameLength()))
                    .maxFieldLength(positive("--max-field-length", maxFieldLength, limits.maxFieldLength()))
                    .maxRepeats(positive("--max-repeats", maxRepeats, limits.maxRepeats()))
                    .build());
        }
        if (unknownFields != null) {
            builder.unknownFieldPolicy(unknownFields);
        }
        if (unknownMessages != null) {
            builder.unknownMessagePolicy(unknownMessages);
        }
        if (duplicateFields != null) {
            builder.duplicateFieldPolicy(duplicateFields);
        }
        if (checksumPolicy != null) {
            builder.checksumPolicy(checksumPolicy);
        }
        return builder.build();
    }

    private static int positive(String option, Integer value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value <= 0) {
            throw CliException.usage(option + ": " + value + " (expected: 1 or more)");
        }
        return value;
    }

    /**
     * {@return the options of {@code sip2 decode} that build this codec from the default one: {@code --charset},
     * {@code --strict} and the options of this class; empty for the default codec}
     *
     * @throws IllegalArgumentException if the codec differs from the default in what no option sets (delimiter,
     *     terminator, checksum mode)
     */
    static List<String> flags(Sip2Codec codec) {
        List<String> flags = new ArrayList<>();
        Sip2Codec base = Sip2Codec.defaults();
        if (!codec.charset().equals(base.charset())) {
            flags.add("--charset");
            flags.add(codec.charset().name());
            base = base.toBuilder().charset(codec.charset()).build();
        }
        if (codec.strictness() == Strictness.STRICT) {
            flags.add("--strict");
            base = CodecOptions.strictly(base);
        }
        DecoderOptions options = new DecoderOptions();
        Sip2Limits limits = codec.limits();
        if (limits.maxFrameLength() != base.limits().maxFrameLength()) {
            options.maxFrameLength = limits.maxFrameLength();
            flags.add("--max-frame-length");
            flags.add(Integer.toString(limits.maxFrameLength()));
        }
        if (limits.maxFieldLength() != base.limits().maxFieldLength()) {
            options.maxFieldLength = limits.maxFieldLength();
            flags.add("--max-field-length");
            flags.add(Integer.toString(limits.maxFieldLength()));
        }
        if (limits.maxRepeats() != base.limits().maxRepeats()) {
            options.maxRepeats = limits.maxRepeats();
            flags.add("--max-repeats");
            flags.add(Integer.toString(limits.maxRepeats()));
        }
        if (codec.unknownFieldPolicy() != base.unknownFieldPolicy()) {
            options.unknownFields = codec.unknownFieldPolicy();
            flags.add("--unknown-fields");
            flags.add(codec.unknownFieldPolicy().name());
        }
        if (codec.unknownMessagePolicy() != base.unknownMessagePolicy()) {
            options.unknownMessages = codec.unknownMessagePolicy();
            flags.add("--unknown-messages");
            flags.add(codec.unknownMessagePolicy().name());
        }
        if (codec.duplicateFieldPolicy() != base.duplicateFieldPolicy()) {
            options.duplicateFields = codec.duplicateFieldPolicy();
            flags.add("--duplicate-fields");
            flags.add(codec.duplicateFieldPolicy().name());
        }
        if (codec.checksumPolicy() != base.checksumPolicy()) {
            options.checksumPolicy = codec.checksumPolicy();
            flags.add("--checksum-policy");
            flags.add(codec.checksumPolicy().name());
        }
        if (!options.apply(base).equals(codec)) {
            throw new IllegalArgumentException("codec: " + codec + " (expected: a codec that sip2 decode options"
                    + " can describe)");
        }
        return flags;
    }
}
