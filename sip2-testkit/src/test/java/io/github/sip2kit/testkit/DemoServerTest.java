package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.testkit.library.InMemoryLibrary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo server's options, command line, banner and start-up errors. */
class DemoServerTest {

    private static final String ITEM_INFORMATION = "17" + DemoSession.NOW + "AOMAIN|ABITM-0001|AC|";

    @Nested
    class Options {

        @Test
        void defaultsListenOnLoopbackPort6001WithTheDemoDataAndTheDefaultProfile() {
            DemoServer.Options options = DemoServer.Options.parse();
            assertThat(options.host()).isEqualTo("127.0.0.1");
            assertThat(options.port()).isEqualTo(6001);
            assertThat(options.dataFile()).isEmpty();
            assertThat(options.profile()).isEqualTo("default");
            assertThat(options).isEqualTo(DemoServer.Options.defaults().toBuilder().build());
        }

        @Test
        void parsesEveryOptionWithASpaceOrAnEqualsSign() {
            DemoServer.Options options = DemoServer.Options.parse(
                    "--host", "0.0.0.0", "--port=7001", "--data=lib.json", "--profile", "koha");
            assertThat(options.host()).isEqualTo("0.0.0.0");
            assertThat(options.port()).isEqualTo(7001);
            assertThat(options.dataFile()).hasValue(Path.of("lib.json"));
            assertThat(options.profile()).isEqualTo("koha");
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
            "--verbose; unknown option: --verbose (expected: --host, --port, --data, --profile or --help)",
            "--port; --port: missing value",
            "--port abc; --port: abc (expected: a number from 0 to 65535)",
            "--port 65536; --port: 65536 (expected: a number from 0 to 65535)",
            "--port -1; --port: -1 (expected: a number from 0 to 65535)",
            "--port 1 --port 2; --port: given twice (expected: at most once)",
            "--profile sirsi; profile: sirsi (expected: one of default, bibliotheca, envisionware, koha, evergreen,"
                    + " folio, alma)",
            "--host=; host: blank (expected: an IP address or host name)",
            "6001; unknown option: 6001 (expected: --host, --port, --data, --profile or --help)"})
        void rejectsBadArgumentsNamingTheOption(String args, String message) {
            assertThatThrownBy(() -> DemoServer.Options.parse(args.split(" ")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }
    }

    @Nested
    class CommandLine {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        private int run(Consumer<DemoServer> whileRunning, String... args) {
            return DemoServer.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), whileRunning);
        }

        private String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        private String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        @Test
        void printsTheBannerServesUntilStoppedAndThenCloses() throws IOException {
            AtomicReference<InetSocketAddress> address = new AtomicReference<>();
            List<String> replies = new ArrayList<>();
            int status = run(server -> {
                address.set(server.address());
                try (RawSc sc = new RawSc(server.address())) {
                    replies.add(RawSc.text(sc.exchange(DemoSession.login().request())));
                    replies.add(RawSc.text(sc.exchange(ITEM_INFORMATION)));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }, "--port", "0");

            assertThat(status).isZero();
            assertThat(err()).isEmpty();
            assertThat(replies.get(0)).isEqualTo("941\r");
            assertThat(replies.get(1)).startsWith("1803").contains("|AJThe Example Handbook|");
            String banner = out();
            int port = address.get().getPort();
            assertThat(banner).startsWith("sip2kit demo server listening on 127.0.0.1:" + port + System.lineSeparator())
                    .contains("profile default, data: the demo data set")
                    .contains("kiosk1 / kiosk1-pass", "-> MAIN, MAIN-ADULT")
                    .contains("kiosk2 / kiosk2-pass", "-> EAST, EAST-LEND")
                    .contains("retired / retired-pass", "(deactivated: login refused)")
                    .contains("no login, from 127.0.0.2")
                    .contains("docs/demo-data.md")
                    .contains("| nc -q1 127.0.0.1 " + port + " | tr '\\r' '\\n'")
                    .contains("Ctrl-C");
            assertThatThrownBy(() -> new RawSc(address.get()).close()).isInstanceOf(ConnectException.class);
        }

        @Test
        void bannerExampleSessionLogsInAndGetsTheAcsStatus() throws IOException {
            try (DemoServer server = DemoServer.start(DemoServer.Options.builder().port(0).build())) {
                Matcher printf = Pattern.compile("printf '([^']*)' \\| nc -q1 127\\.0\\.0\\.1 (\\d+)")
                        .matcher(server.banner());
                assertThat(printf.find()).as("nc example in %s", server.banner()).isTrue();
                assertThat(Integer.parseInt(printf.group(2))).isEqualTo(server.address().getPort());
                String[] frames = printf.group(1).split("\\\\r");
                try (RawSc sc = new RawSc(server.address())) {
                    assertThat(RawSc.text(sc.exchange(frames[0]))).isEqualTo("941\r");
                    assertThat(RawSc.text(sc.exchange(frames[1]))).startsWith("98YYYYYN");
                }
            }
        }

        @Test
        void helpPrintsTheUsageAndStartsNothing() {
            int status = run(server -> {
                throw new AssertionError("started");
            }, "--help");
            assertThat(status).isZero();
            assertThat(out()).startsWith("Usage: DemoServer [--host ADDRESS] [--port PORT] [--data FILE]")
                    .contains("--profile NAME", "Exit status 1 if the server cannot start, 2 for bad arguments");
        }

        @Test
        void badArgumentsEndWithStatus2AndOneLineWithAHint() {
            int status = run(server -> {
                throw new AssertionError("started");
            }, "--port", "http");
            assertThat(status).isEqualTo(2);
            assertThat(out()).isEmpty();
            assertThat(err().lines()).containsExactly(
                    "sip2kit demo server: --port: http (expected: a number from 0 to 65535)",
                    "Try --help for the options.");
        }

        @Test
        void portInUseEndsWithStatus1AndOneLine() throws IOException {
            try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int status = run(server -> {
                    throw new AssertionError("started");
                }, "--port", String.valueOf(taken.getLocalPort()));
                assertThat(status).isEqualTo(1);
                assertThat(err().lines()).singleElement().asString()
                        .startsWith("sip2kit demo server: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
                        .contains("in use")
                        .endsWith("(is the port in use? choose one with --port)");
            }
        }

        @Test
        void missingDataFileEndsWithStatus2(@TempDir Path dir) {
            Path missing = dir.resolve("missing.json");
            int status = run(server -> {
                throw new AssertionError("started");
            }, "--port", "0", "--data", missing.toString());
            assertThat(status).isEqualTo(2);
            assertThat(err().lines()).containsExactly(
                    "sip2kit demo server: data file: " + missing + " (expected: an existing library data file)");
        }

        @Test
        void invalidDataFileEndsWithStatus2NamingTheProblem(@TempDir Path dir) throws IOException {
            Path broken = Files.writeString(dir.resolve("broken.json"), "{\"patrons\": 3}");
            int status = run(server -> {
                throw new AssertionError("started");
            }, "--port", "0", "--data", broken.toString());
            assertThat(status).isEqualTo(2);
            assertThat(err().lines()).containsExactly(
                    "sip2kit demo server: institutions: missing (expected: an array of objects)");
        }

        @Test
        void unresolvableHostEndsWithStatus2() {
            int status = run(server -> {
                throw new AssertionError("started");
            }, "--port", "0", "--host", "no-such-host.invalid");
            assertThat(status).isEqualTo(2);
            assertThat(err().lines()).containsExactly("sip2kit demo server: host: no-such-host.invalid (expected: an"
                    + " IP address or a host name that resolves)");
        }
    }

    @Test
    void servesALibraryFromADataFile(@TempDir Path dir) throws IOException {
        String json;
        try (InputStream in = InMemoryLibrary.class.getResourceAsStream("default-library.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = Files.writeString(dir.resolve("library.json"),
                json.replace("\"title\": \"The Example Handbook\"", "\"title\": \"A Handbook From The File\""));
        DemoServer.Options options = DemoServer.Options.builder().port(0).dataFile(file).build();
        try (DemoServer server = DemoServer.start(options); RawSc sc = new RawSc(server.address())) {
            assertThat(server.banner()).contains("data: " + file);
            sc.exchange(DemoSession.login().request());
            assertThat(RawSc.text(sc.exchange(ITEM_INFORMATION))).contains("|AJA Handbook From The File|");
            assertThat(server.library().item("ITM-0001").orElseThrow().title()).isEqualTo("A Handbook From The File");
        }
    }

    @Test
    void everyAccountUsesTheChosenProfile() throws IOException {
        DemoServer.Options options = DemoServer.Options.builder().port(0).profile("koha").build();
        try (DemoServer server = DemoServer.start(options); RawSc sc = new RawSc(server.address())) {
            assertThat(server.policies().policies()).hasSize(4)
                    .allSatisfy(policy -> assertThat(policy.profileName()).isEqualTo("koha"));
            byte[] login = sc.exchange(DemoSession.login().request());
            assertThat(RawSc.text(login)).isEqualTo("941\r");
            assertThat(RawSc.text(sc.exchange("9900802.00"))).as("koha writes CRLF: the LF ending the 94 comes first")
                    .startsWith("\n98");
        }
    }

    @Test
    void serverAndLibraryShareTheClock() throws IOException {
        Clock clock = DemoSession.CLOCK;
        try (DemoServer server = DemoServer.start(DemoServer.Options.builder().port(0).clock(clock).build());
                RawSc sc = new RawSc(server.address())) {
            assertThat(server.library().clock()).isSameAs(clock);
            sc.exchange(DemoSession.login().request());
            String checkout = RawSc.text(sc.exchange(
                    "11YN" + DemoSession.NOW + " ".repeat(18) + "AOMAIN|AAPAT-0001|ABITM-0001|AC|AD1111|"));
            assertThat(checkout).startsWith("121NNY" + DemoSession.NOW).contains("|AH20260331    235900|");
        }
    }

    @Test
    void closeIsIdempotentAndReleasesAwaitClose() throws Exception {
        DemoServer server = DemoServer.start(DemoServer.Options.builder().port(0).build());
        Thread waiter = new Thread(() -> {
            try {
                server.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        server.close();
        server.close();
        waiter.join(10_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(server.toString()).startsWith("DemoServer[");
    }
}
