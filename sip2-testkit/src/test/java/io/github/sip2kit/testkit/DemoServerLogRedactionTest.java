package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.Redaction;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import io.github.sip2kit.testkit.library.Patron;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs the demo server through sessions with every request type, logins of every demo account, a wrong login
 * password, wrong PINs, a frame with a bad checksum and malformed frames, with the kits' loggers and the traffic
 * logger at DEBUG (see {@code simplelogger.properties}), then reads the whole test log file: no password sent may
 * appear in it, while every frame sent and received must appear in it, redacted.
 *
 * <p>The log file collects the output of every test of this module run in the same JVM before this one, and all of
 * it is searched for the passwords.
 */
class DemoServerLogRedactionTest {

    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
    private static final String WRONG_LOGIN_PASSWORD = "wrong-pw-51x";
    private static final String DATE = DemoSession.NOW;

    private final List<String> sent = new ArrayList<>();
    private final List<String> received = new ArrayList<>();

    @Test
    void logHoldsEveryFrameRedactedAndNoPassword() throws IOException {
        // Create the logging backend before measuring the file: slf4j-simple truncates it when it starts.
        LoggerFactory.getLogger("io.github.sip2kit.traffic");
        Path log = logFile();
        long start = Files.exists(log) ? Files.size(log) : 0;

        try (DemoServer server = DemoServer.start(
                DemoServer.Options.builder().port(0).clock(DemoSession.CLOCK).build())) {
            runSessions(server);
        }

        String everything = Files.readString(log, StandardCharsets.UTF_8);
        String ours = everything.substring((int) Math.min(start, everything.length()));
        for (String frame : sent) {
            String redacted = Redaction.redact(frame);
            assertThat(ours).as("traffic log line of request %s", redacted).contains("< " + redacted);
        }
        for (String frame : received) {
            assertThat(ours).as("traffic log line of response %s", frame).contains("> " + Redaction.redact(frame));
        }
        assertThat(ours).as("passwords masked in the traffic log")
                .contains("|CO****|", "|AC****|", "|AD****|");

        for (String secret : secrets()) {
            Pattern pattern = pattern(secret);
            assertThat(everything.lines().filter(line -> pattern.matcher(line).find()))
                    .as("lines of %s holding the password %s", log, secret).isEmpty();
        }
    }

    private void runSessions(DemoServer server) throws IOException {
        // every request type, with and without error detection
        for (boolean errorDetection : new boolean[] {true, false}) {
            try (RawSc sc = new RawSc(server.address())) {
                int sequence = 0;
                for (DemoSession.Step step : DemoSession.everyRequest()) {
                    exchange(sc, errorDetection ? RawSc.seal(step.request(), sequence++ % 10) : step.request());
                }
                exchange(sc, errorDetection ? "97AZFEF5" : "97");
            }
        }
        // the other accounts, a wrong login password, and each patron's PIN
        try (RawSc sc = new RawSc(server.address())) {
            exchange(sc, RawSc.seal("9300CN" + DemoAccounts.RETIRED_LOGIN + "|CO" + DemoAccounts.RETIRED_PASSWORD
                    + "|", 1));
            exchange(sc, RawSc.seal("9300CN" + DemoAccounts.MAIN_KIOSK_LOGIN + "|CO" + WRONG_LOGIN_PASSWORD + "|", 2));
            exchange(sc, RawSc.seal("9300CN" + DemoAccounts.EAST_KIOSK_LOGIN + "|CO" + DemoAccounts.EAST_KIOSK_PASSWORD
                    + "|CPEAST-LEND|", 3));
            for (Patron patron : InMemoryLibrary.defaultData(DemoSession.CLOCK).patrons()) {
                exchange(sc, "63001" + DATE + DemoSession.summary(-1) + "AOEAST|AA" + patron.id() + "|AC"
                        + DemoSession.TERMINAL_PASSWORD + "|AD" + patron.pin() + "|");
            }
        }
        // frames the server cannot take: a bad checksum, a missing fixed field, a bad sequence number
        try (RawSc sc = new RawSc(server.address())) {
            exchange(sc, RawSc.seal(DemoSession.login().request(), 4));
            String payment = "37" + DATE + "0100USDBV1.00|AOMAIN|AAPAT-0003|AC" + DemoSession.TERMINAL_PASSWORD
                    + "|AD3333|";
            String sealed = RawSc.seal(payment, 5);
            exchange(sc, sealed.substring(0, sealed.length() - 4) + "0000");
            exchange(sc, "11YN" + DATE + "AOMAIN|AAPAT-0001|ABITM-0001|AC" + DemoSession.TERMINAL_PASSWORD
                    + "|AD1111|");
            exchange(sc, RawSc.withChecksum(payment + "AYXAZ"));
            exchange(sc, RawSc.seal("23001" + DATE + "AOMAIN|AAPAT-0005|AC|AD" + DemoSession.WRONG_PIN + "|", 6));
        }
    }

    private void exchange(RawSc sc, String request) throws IOException {
        byte[] reply = sc.exchange(request);
        sent.add(request);
        String text = RawSc.text(reply);
        received.add(text.substring(0, text.length() - 1));
    }

    /** {@return every password the sessions sent: the accounts', every patron's PIN, the terminal's, wrong ones} */
    private static Set<String> secrets() {
        Set<String> secrets = new LinkedHashSet<>(List.of(DemoAccounts.MAIN_KIOSK_PASSWORD,
                DemoAccounts.EAST_KIOSK_PASSWORD, DemoAccounts.RETIRED_PASSWORD, DemoSession.TERMINAL_PASSWORD,
                DemoSession.WRONG_PIN, WRONG_LOGIN_PASSWORD));
        for (Patron patron : InMemoryLibrary.defaultData(DemoSession.CLOCK).patrons()) {
            secrets.add(patron.pin());
        }
        assertThat(secrets).as("passwords to look for").hasSizeGreaterThanOrEqualTo(13).doesNotContain("");
        return secrets;
    }

    /**
     * {@return a pattern finding the secret} A PIN of digits only is matched where no other digit touches it, so
     * that {@code 1111} is not found inside a port number such as {@code 41111}, but is found in {@code AD1111|}.
     */
    private static Pattern pattern(String secret) {
        String quoted = Pattern.quote(secret);
        return Pattern.compile(secret.chars().allMatch(Character::isDigit) ? "(?<!\\d)" + quoted + "(?!\\d)" : quoted);
    }

    /** {@return the log file: the system property Surefire sets, else the one in simplelogger.properties} */
    private static Path logFile() {
        String file = System.getProperty(LOG_FILE);
        if (file == null) {
            Properties properties = new Properties();
            try (InputStream in = DemoServerLogRedactionTest.class.getResourceAsStream("/simplelogger.properties")) {
                assertThat(in).as("simplelogger.properties on the test class path").isNotNull();
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file = properties.getProperty(LOG_FILE);
        }
        assertThat(file).as("slf4j-simple log file (%s)", LOG_FILE).isNotBlank();
        return Path.of(file);
    }
}
