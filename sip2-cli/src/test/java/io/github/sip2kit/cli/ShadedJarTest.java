package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the built command, {@code target/sip2.jar}, as users do: a separate JVM per command, with the demo server
 * started by {@code sip2 serve --port 0}. Bound to the integration-test phase (failsafe), after the jar is built.
 */
class ShadedJarTest {

    private static final Path JAR = Path.of(System.getProperty("sip2.jar", "target/sip2.jar"));
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    private static Process server;
    private static String port;

    /** What one run of the jar left behind. */
    record Run(int exitCode, byte[] stdoutBytes, String stderr) {
        String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr;
        }
    }

    @BeforeAll
    static void startTheDemoServerFromTheJar() throws IOException {
        assertThat(JAR).as("the jar the package phase builds").isRegularFile();
        server = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        assertThat(first).as("first line of sip2 serve").isNotNull();
        Matcher matcher = LISTENING.matcher(first);
        assertThat(matcher.find()).as("first line: %s", first).isTrue();
        port = matcher.group(1);
    }

    @AfterAll
    static void stopTheDemoServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("sip2 serve stops on SIGTERM").isTrue();
        }
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() throws Exception {
        Run run = sip2(new byte[0], "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).containsSubsequence("Usage: sip2", "send", "shell", "decode", "encode", "checksum",
                "fixture", "serve", "Exit codes:", "0   success", "2   usage error", "3   connection failure",
                "4   protocol error", "5   negative answer");
        for (String command : List.of("send", "shell", "decode", "encode", "checksum", "fixture", "serve")) {
            Run help = sip2(new byte[0], command, "--help");
            assertThat(help.exitCode()).as("%s --help", command).isZero();
            assertThat(help.stdout()).as("%s --help", command).startsWith("Usage: sip2 " + command);
        }
    }

    @Test
    void sendLogsInChecksOutAndChecksInAndReadsAPatronStatusFromTheServedDemoLibrary() throws Exception {
        Run run = sip2(new byte[0], "send", "--port", port, "--user", "kiosk1", "--password", "kiosk1-pass",
                "--institution", "MAIN", "checkout patron=PAT-0001 item=ITM-0010", "checkin item=ITM-0010",
                "patron-status patron=PAT-0001");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.stdout()).containsPattern("(?s)12 Checkout Response[^\n]*\n  ok +1\n"
                + ".*Picture Book of Placeholder Animals.*10 Checkin Response[^\n]*\n  ok +1\n"
                + ".*24 Patron Status Response.*Alice Example");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void exitCodesSayWhatWentWrong() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Run badOption = sip2(new byte[0], "send", "--colour");
        Run refused = sip2(new byte[0], "send", "--port", Integer.toString(closed), "sc-status");
        Run wrongPassword = sip2(new byte[0], "send", "--port", port, "-u", "kiosk1", "-p", "nope", "sc-status");
        Run mismatch = sip2(new byte[0], "checksum", "--verify", "9900802.00AY1AZFCA1");

        assertThat(badOption.exitCode()).as("%s", badOption).isEqualTo(2);
        assertThat(refused.exitCode()).as("%s", refused).isEqualTo(3);
        assertThat(wrongPassword.exitCode()).as("%s", wrongPassword).isEqualTo(5);
        assertThat(mismatch.exitCode()).as("%s", mismatch).isEqualTo(4);
        for (Run run : List.of(badOption, refused, wrongPassword, mismatch)) {
            assertThat(run.stderr().lines()).as("%s", run).hasSize(1);
        }
    }

    @Test
    void everyGoldenVectorGoesThroughJsonAndBackByteForByte() throws Exception {
        Map<String, List<GoldenVectors.Vector>> byCharset = GoldenVectors.all().stream()
                .collect(Collectors.groupingBy(GoldenVectors.Vector::charset));
        for (Map.Entry<String, List<GoldenVectors.Vector>> group : byCharset.entrySet()) {
            ByteArrayOutputStream frames = new ByteArrayOutputStream();
            for (GoldenVectors.Vector vector : group.getValue()) {
                frames.write(vector.frame());
                frames.write('\n');
            }

            Run decoded = sip2(frames.toByteArray(), "decode", "--reveal-secrets", "--charset", group.getKey());
            Run encoded = sip2(decoded.stdoutBytes(), "encode", "--charset", group.getKey());

            assertThat(decoded.exitCode()).as("%s", decoded).isZero();
            assertThat(decoded.stdout().lines()).hasSameSizeAs(group.getValue());
            assertThat(encoded.exitCode()).as("%s", encoded).isZero();
            assertThat(new String(encoded.stdoutBytes(), StandardCharsets.ISO_8859_1))
                    .isEqualTo(frames.toString(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void fixtureFramesOfTheJarDecodeWithTheJarAndInvalidOnesFailWithTheirReason() throws Exception {
        Run valid = sip2(new byte[0], "fixture", "PATRON_INFORMATION_RESPONSE", "--count", "10", "--seed", "3");
        Run invalid = sip2(new byte[0], "fixture", "CHECKIN", "--invalid", "BAD_SEQUENCE_NUMBER");

        Run decoded = sip2(valid.stdoutBytes(), "decode");
        Run rejected = sip2(invalid.stdoutBytes(), "decode");

        assertThat(decoded.exitCode()).as("%s", decoded).isZero();
        assertThat(decoded.stdout().lines()).hasSize(10).allMatch(line -> line.startsWith("{\"code\":\"64\""));
        assertThat(rejected.exitCode()).isEqualTo(4);
        assertThat(rejected.stderr()).startsWith("sip2 decode: frame 1: BAD_SEQUENCE_NUMBER: ");
    }

    @Test
    void theLauncherScriptRunsTheJar() throws Exception {
        Path script = Path.of("..", "sip2").toAbsolutePath().normalize();
        assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();

        Process process = new ProcessBuilder(script.toString(), "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("sip2 ");
    }

    static Run sip2(byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("sip2-out", ".txt");
        Path err = Files.createTempFile("sip2-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("sip2 %s finishes", args[0]).isTrue();
            return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
