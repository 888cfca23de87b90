package io.github.sip2kit.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.github.sip2kit.codec.Sip2Codec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sip2 encode}: JSON to wire frames. */
@Command(name = "encode", sortOptions = false,
        description = {"Encodes the JSON form of frames (as sip2 decode writes it) back to SIP2 frames, one per line, "
                + "as bytes in the charset. With \"checksum\":\"present\" the AZ is computed.",
            "Reads JSON values (objects, or arrays of objects) from the arguments or from standard input.",
            "A password shown as **** cannot be encoded: decode with --reveal-secrets first.",
            "Exit code 4 if any object does not describe a frame the codec can encode."})
final class EncodeCommand implements Callable<Integer> {

    /** What follows each frame. */
    enum LineEnd {
        LF("\n"), CR("\r"), CRLF("\r\n");

        private final String text;

        LineEnd(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    @ParentCommand
    private Sip2Cli root;

    @Mixin
    private CodecOptions codecOptions;

    @Option(names = "--terminator", paramLabel = "LF|CR|CRLF",
            description = "What follows each frame: LF (readable lines, the default), or CR / CRLF as on the wire.",
            defaultValue = "LF")
    private LineEnd terminator;

    @Parameters(paramLabel = "JSON", arity = "0..*", description = "JSON texts to encode (default: standard input).")
    private List<String> texts = new ArrayList<>();

    @Override
    public Integer call() {
        Sip2Codec codec = codecOptions.codec();
        PrintStream out = root.out();
        int[] counters = new int[2]; // values seen, failures
        if (texts.isEmpty()) {
            encodeAll(root.in(), codec, out, counters);
        } else {
            for (String text : texts) {
                encodeAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), codec, out, counters);
            }
        }
        out.flush();
        return counters[1] > 0 ? Sip2Cli.EXIT_PROTOCOL : Sip2Cli.EXIT_OK;
    }

    private void encodeAll(InputStream in, Sip2Codec codec, PrintStream out, int[] counters) {
        try (JsonParser parser = FrameJson.MAPPER.createParser(in);
                MappingIterator<JsonNode> values = FrameJson.MAPPER.readerFor(JsonNode.class).readValues(parser)) {
            while (values.hasNextValue()) {
                JsonNode value = values.nextValue();
                if (value.isArray()) {
                    for (JsonNode element : value) {
                        encodeOne(element, codec, out, counters);
                    }
                } else {
                    encodeOne(value, codec, out, counters);
                }
            }
        } catch (JsonProcessingException e) {
            throw CliException.protocol("not JSON after frame " + counters[0] + ": " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new CliException(Sip2Cli.EXIT_FAILURE, "cannot read the JSON: " + e.getMessage(), e);
        }
    }

    private void encodeOne(JsonNode node, Sip2Codec codec, PrintStream out, int[] counters) {
        counters[0]++;
        try {
            byte[] frame = FrameJson.encode(node, codec);
            out.write(frame, 0, frame.length);
            out.print(terminator.text());
        } catch (CliException e) {
            counters[1]++;
            root.err().println("sip2 encode: frame " + counters[0] + ": " + e.getMessage());
        }
    }
}
