package io.github.sip2kit.cli;

import io.github.sip2kit.codec.Checksum;
import io.github.sip2kit.codec.Sip2Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sip2 checksum}: compute or verify the AZ of a frame. */
@Command(name = "checksum", sortOptions = false,
        description = {"Computes the AZ checksum of a frame: the negated sum of its bytes in the charset, from the "
                + "message code up to and including \"AZ\", as four hex digits.",
            "FRAME may end without a trailer (\"AZ\" is added for the sum, after AY<n> with --sequence), with "
                    + "AY<n>AZ or AZ, or with a complete AZ<4 hex> (which is recomputed).",
            "With --verify, checks a complete frame and exits with 4 on a mismatch."})
final class ChecksumCommand implements Callable<Integer> {

    @ParentCommand
    private Sip2Cli root;

    @Mixin
    private CodecOptions codecOptions;

    @Option(names = "--verify",
            description = "Check the AZ of complete frames; print expected and found on a mismatch.")
    private boolean verify;

    @Option(names = "--complete", description = "Print the whole frame with its trailer, not only the four digits.")
    private boolean complete;

    @Option(names = "--sequence", paramLabel = "N",
            description = "For a frame without trailer: add AY<N> before AZ (0 to 9).")
    private Integer sequence;

    @Parameters(paramLabel = "FRAME", arity = "0..*",
            description = "Frames (default: standard input, one per line).")
    private List<String> frames = new ArrayList<>();

    @Override
    public Integer call() {
        Sip2Codec codec = codecOptions.codec();
        if (sequence != null && (sequence < 0 || sequence > 9)) {
            throw CliException.usage("--sequence: " + sequence + " (expected: 0 to 9)");
        }
        List<String> inputs = frames;
        if (inputs.isEmpty()) {
            inputs = new ArrayList<>();
            for (byte[] frame : Sip2Text.splitFrames(Sip2Text.readAll(root.in()))) {
                inputs.add(new String(frame, codec.charset()));
            }
        }
        int failed = 0;
        for (String frame : inputs) {
            if (verify) {
                failed += verify(frame, codec) ? 0 : 1;
            } else {
                String covered = covered(frame);
                String digits = checksum(covered, codec);
                root.out().println(complete ? covered + digits : digits);
            }
        }
        return failed > 0 ? Sip2Cli.EXIT_PROTOCOL : Sip2Cli.EXIT_OK;
    }

    /** {@return the text the checksum covers: everything up to and including "AZ"} */
    private String covered(String frame) {
        int n = frame.length();
        if (n >= 6 && frame.startsWith("AZ", n - 6) && Checksum.parseHex(frame, n - 4) >= 0) {
            return frame.substring(0, n - 4);
        }
        if (frame.endsWith("AZ")) {
            return frame;
        }
        return frame + (sequence != null ? "AY" + sequence : "") + "AZ";
    }

    private boolean verify(String frame, Sip2Codec codec) {
        int n = frame.length();
        if (n < 6 || !frame.startsWith("AZ", n - 6)) {
            root.err().println("sip2 checksum: no checksum at the end of the frame (expected: AZ and four hex digits)");
            return false;
        }
        int found = Checksum.parseHex(frame, n - 4);
        if (found < 0) {
            root.err().println("sip2 checksum: malformed checksum AZ" + frame.substring(n - 4)
                    + " (expected: four hex digits)");
            return false;
        }
        String expected = checksum(frame.substring(0, n - 4), codec);
        if (Checksum.parseHex(expected, 0) != found) {
            root.err().println("sip2 checksum: checksum mismatch: expected AZ" + expected + ", found AZ"
                    + frame.substring(n - 4));
            return false;
        }
        root.out().println("AZ" + frame.substring(n - 4) + " ok");
        return true;
    }

    private static String checksum(String covered, Sip2Codec codec) {
        return Checksum.toHex(Checksum.compute(covered, codec.charset(), codec.checksumMode()));
    }
}
