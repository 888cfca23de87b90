package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Terminator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The golden vectors of sip2kit's codec, shipped as resources: at least two frames of every message type and of
 * unknown messages, including every example of the SIP 2.00 reference with its checksum, vendor captures (3M
 * extension fields, blank counts, free-form dates), non-ASCII names in IBM850 and UTF-8, passwords, unknown fields
 * and CRLF terminators. Use them as known-good input for a decoder, a server or a proxy:
 *
 * <pre>{@code
 * for (GoldenVector vector : GoldenVectors.all()) {
 *     byte[] reply = server.handle(vector.bytes());
 *     ...
 * }
 * }</pre>
 *
 * <p>The vectors are read once, on first use. The class is thread-safe.
 */
public final class GoldenVectors {

    private static final String DIRECTORY = "golden/";

    private GoldenVectors() {
    }

    /** {@return every vector, in manifest order (by message code)} */
    public static List<GoldenVector> all() {
        return Holder.ALL;
    }

    /**
     * {@return the vector with the given file name}
     *
     * @param name the file name, such as {@code 11-checkout-reference.sip2}
     * @throws IllegalArgumentException if there is no such vector
     */
    public static GoldenVector named(String name) {
        Objects.requireNonNull(name, "name");
        for (GoldenVector vector : Holder.ALL) {
            if (vector.name().equals(name)) {
                return vector;
            }
        }
        throw new IllegalArgumentException("name: " + name + " (expected: the file name of a golden vector)");
    }

    /** Loads the vectors when first needed. */
    private static final class Holder {
        static final List<GoldenVector> ALL = load();
    }

    private static List<GoldenVector> load() {
        String manifest = new String(read("manifest.csv"), StandardCharsets.UTF_8);
        List<String> lines = manifest.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("file,charset,canonical,description")) {
            throw new IllegalStateException("golden/manifest.csv: unexpected header (expected: "
                    + "file,charset,canonical,description)");
        }
        List<GoldenVector> vectors = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split(",", 4);
            if (columns.length != 4) {
                throw new IllegalStateException("golden/manifest.csv: line " + line + " (expected: 4 columns)");
            }
            byte[] bytes = read(columns[0]);
            Charset charset = Charset.forName(columns[1]);
            vectors.add(new GoldenVector(columns[0], columns[3], bytes, charset,
                    Boolean.parseBoolean(columns[2]), codec(bytes, charset)));
        }
        return List.copyOf(vectors);
    }

    private static Sip2Codec codec(byte[] bytes, Charset charset) {
        int n = bytes.length;
        boolean crlf = n >= 2 && bytes[n - 2] == '\r' && bytes[n - 1] == '\n';
        return Sip2Codec.builder().charset(charset).terminator(crlf ? Terminator.CRLF : Terminator.CR).build();
    }

    private static byte[] read(String file) {
        try (InputStream in = GoldenVectors.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("golden vector resource missing: " + DIRECTORY + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden vector " + file, e);
        }
    }
}
