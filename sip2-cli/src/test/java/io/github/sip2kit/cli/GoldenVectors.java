package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The codec's golden vectors ({@code sip2-codec/src/test/resources/golden}, located through the system property
 * {@code sip2.golden.dir} that the build sets): one frame per file, its charset in {@code manifest.csv}.
 */
final class GoldenVectors {

    /** One vector: file name, charset name, and the frame's bytes without terminator. */
    record Vector(String file, String charset, byte[] frame) {
        @Override
        public String toString() {
            return file;
        }
    }

    private GoldenVectors() {}

    static Path directory() {
        String dir = System.getProperty("sip2.golden.dir", "../sip2-codec/src/test/resources/golden");
        return Path.of(dir);
    }

    static List<Vector> all() {
        try {
            List<String> lines = Files.readAllLines(directory().resolve("manifest.csv"), StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith("file,charset,");
            List<Vector> vectors = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split(",", 4);
                byte[] bytes = Files.readAllBytes(directory().resolve(columns[0]));
                int end = bytes.length;
                while (end > 0 && (bytes[end - 1] == '\r' || bytes[end - 1] == '\n')) {
                    end--;
                }
                vectors.add(new Vector(columns[0], columns[1], Arrays.copyOf(bytes, end)));
            }
            assertThat(vectors).as("golden vectors in %s", directory()).hasSizeGreaterThan(80);
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
