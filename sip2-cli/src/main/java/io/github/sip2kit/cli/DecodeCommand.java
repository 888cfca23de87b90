package io.github.sip2kit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sip2 decode}: wire frames to JSON (or to the aligned text form). */
@Command(name = "decode", sortOptions = false,
        description = {"Decodes SIP2 frames to JSON, one object per line (see docs/cli.md, \"JSON format\").",
            "Frames are read from the arguments or, without arguments, from standard input, one frame per line "
                    + "(CR, LF or CRLF). Passwords (AC, AD, CO) are shown as **** unless --reveal-secrets.",
            "Exit code 4 if any frame is malformed (each one is reported on standard error)."})
final class DecodeCommand implements Callable<Integer> {

    @ParentCommand
    private Sip2Cli root;

    @Mixin
    private CodecOptions codecOptions;

    @Mixin
    private DecoderOptions decoderOptions;

    @Option(names = "--reveal-secrets", description = "Show passwords as they are instead of ****.")
    private boolean revealSecrets;

    @Option(names = "--text", description = "Print the aligned, named fields instead of JSON.")
    private boolean text;

    @Option(names = "--pretty", description = "Indent the JSON (encode reads it all the same).")
    private boolean pretty;

    @Parameters(paramLabel = "FRAME", arity = "0..*", description = "Frames to decode (default: standard input).")
    private List<String> frames = new ArrayList<>();

    @Override
    public Integer call() {
        Sip2Codec codec = decoderOptions.apply(codecOptions.codec());
        Charset charset = codec.charset();
        List<byte[]> inputs = new ArrayList<>();
        if (frames.isEmpty()) {
            inputs.addAll(Sip2Text.splitFrames(Sip2Text.readAll(root.in())));
        } else {
            for (String frame : frames) {
                inputs.add(frame.getBytes(charset));
            }
        }
        Printer printer = new Printer(root.out(), root.colour(), revealSecrets);
        int malformed = 0;
        for (int i = 0; i < inputs.size(); i++) {
            byte[] bytes = inputs.get(i);
            DecodeResult result = codec.tryDecode(bytes);
            if (result instanceof DecodeResult.Malformed) {
                malformed++;
                Sip2DecodeException error = ((DecodeResult.Malformed) result).error();
                root.err().println("sip2 decode: frame " + (i + 1) + ": " + error.reason() + ": " + error.getMessage());
                continue;
            }
            Sip2Frame frame = ((DecodeResult.Decoded) result).frame();
            FrameView view = FrameView.of(frame, new String(bytes, charset), codec);
            if (text) {
                printer.print(view);
            } else {
                root.out().println(json(view));
            }
        }
        return malformed > 0 ? Sip2Cli.EXIT_PROTOCOL : Sip2Cli.EXIT_OK;
    }

    private String json(FrameView view) {
        try {
            return pretty
                    ? FrameJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                            FrameJson.toJson(view, revealSecrets))
                    : FrameJson.MAPPER.writeValueAsString(FrameJson.toJson(view, revealSecrets));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
