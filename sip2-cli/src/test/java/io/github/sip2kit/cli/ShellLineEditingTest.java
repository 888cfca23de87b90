package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.testkit.DemoServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shell's line editing: what its history keeps, what Tab offers, and plain reading when there is no terminal. */
class ShellLineEditingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "login user=kiosk1 password=kiosk1-pass # login user=kiosk1 password=****",
        "checkout patron=P1 item=I1 pin=1234 # checkout patron=P1 item=I1 pin=****",
        "patron-status pin=\"12 34\" patron=P1 # patron-status pin=**** patron=P1",
        "patron-status patron=P1 'pin'=1234 # patron-status patron=P1 pin=****",
        "renew patron=P1 PIN=1234 item=I1 # renew patron=P1 PIN=**** item=I1",
        "patron-status patron=P1 pin=\"12 34 # patron-status patron=P1 pin=****",
        "patron-status patron=P1 pin= # patron-status patron=P1 pin=",
        "patron-status patron=P1 pin=\"\" # patron-status patron=P1 pin=\"\"",
        "checkout  patron=pin=1 item=password # checkout  patron=pin=1 item=password",
        "9300CNkiosk1|COkiosk1-pass|CPMAIN| # 9300CNkiosk1|CO****|CPMAIN|",
        "2300120240115    103000AOMAIN|AAP1|ACterm|AD1234| # 2300120240115    103000AOMAIN|AAP1|AC****|AD****|",
        "2300120240115    103000AOMAIN|AAP1|AC|AD| # 2300120240115    103000AOMAIN|AAP1|AC|AD|",
        "item-info item=I1 # item-info item=I1",
    })
    void historyKeepsLinesWithTheirPasswordsMasked(String typed, String kept) {
        assertThat(MaskingHistory.mask(typed, '|')).isEqualTo(kept);
    }

    @Test
    void historyMasksRawFramesWithTheConnectionsDelimiter() {
        assertThat(MaskingHistory.mask("9300CNkiosk1^COkiosk1-pass^CPMAIN^", '^'))
                .isEqualTo("9300CNkiosk1^CO****^CPMAIN^");
    }

    @Test
    void firstWordCompletesToEveryShortFormAndTheShellCommands() {
        List<String> values = complete("").stream().map(Candidate::value).collect(Collectors.toList());

        assertThat(values).contains("checkout", "checkin", "patron-status", "patron-info", "item-info", "renew",
                "renew-all", "hold", "fee-paid", "end-session", "block-patron", "patron-enable",
                "item-status-update", "login", "sc-status", "help", "quit", "exit");
        assertThat(matching("patron-")).containsExactlyInAnyOrder("patron-status", "patron-info", "patron-enable");
        assertThat(complete("")).filteredOn(c -> c.value().equals("checkout")).singleElement()
                .satisfies(c -> {
                    assertThat(c.descr()).isEqualTo("Checkout (11)");
                    assertThat(c.complete()).as("a space follows a request name").isTrue();
                });
    }

    @Test
    void laterWordsCompleteToTheFormsKeysNotYetOnTheLine() {
        assertThat(matching("checkout patron=P1 ")).containsExactly("item=", "pin=", "fee-ack=", "no-block=",
                "properties=", "institution=");
        assertThat(matching("checkout patron=P1 p")).containsExactly("pin=", "properties=");
        assertThat(complete("checkout ")).filteredOn(c -> c.value().equals("item=")).singleElement()
                .satisfies(c -> {
                    assertThat(c.descr()).isEqualTo("required");
                    assertThat(c.complete()).as("the cursor stays after '=' for the value").isFalse();
                });
        assertThat(complete("9900802.00 ")).isEmpty();
        assertThat(complete("checkot ")).isEmpty();
    }

    @Test
    void everyCompletedKeyIsOneTheShortFormAccepts() {
        ShortForms.Defaults defaults = new ShortForms.Defaults("MAIN", "", "", java.time.Clock.systemUTC());
        Map<String, ShellCompleter.Form> forms = new ShellCompleter().forms();

        assertThat(forms).hasSize(ShortForms.help().size() / 2);
        for (ShellCompleter.Form form : forms.values()) {
            assertThat(form.required()).isSubsetOf(form.keys());
            for (String key : form.keys()) {
                try {
                    ShortForms.parse(form.name() + " " + key + "=x", defaults);
                } catch (CliException e) {
                    assertThat(e.getMessage()).as("%s %s=", form.name(), key).doesNotContain("is not one of its keys");
                }
            }
        }
    }

    @Test
    void theEditorCompletesWithTabRecallsMaskedLinesAndStoresNoPassword() throws IOException {
        Path history = dir.resolve("history");
        String keys = "checko\tpatron=PAT-0001 item=ITM-0001 pin=1234\r"
                + "\u0010\r"                          // Ctrl-P (Up), Enter: the recalled line
                + " item-info item=ITM-0001\r"       // a leading blank keeps a line out of the history
                + "login user=kiosk1 password=kiosk1-pass\r"
                + "\u0004";                          // Ctrl-D on an empty line

        List<String> lines = new ArrayList<>();
        try (LineEditor editor = new LineEditor(terminal(keys), history, '|')) {
            for (String line = editor.readLine("sip2> "); line != null; line = editor.readLine("sip2> ")) {
                lines.add(line);
            }
        }

        assertThat(lines).containsExactly(
                "checkout patron=PAT-0001 item=ITM-0001 pin=1234",
                "checkout patron=PAT-0001 item=ITM-0001 pin=****",
                " item-info item=ITM-0001",
                "login user=kiosk1 password=kiosk1-pass");
        String stored = Files.readString(history, StandardCharsets.UTF_8);
        assertThat(stored).contains("checkout patron=PAT-0001 item=ITM-0001 pin=****",
                "login user=kiosk1 password=****")
                .doesNotContain("1234", "kiosk1-pass", "item-info");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history))).isEqualTo("rw-------");
    }

    @Test
    void withoutATerminalTheShellReadsPlainLinesWithoutPromptsOrEscapes() throws IOException {
        try (DemoServer server = DemoServer.start(DemoServer.Options.builder().port(0).build())) {
            String port = Integer.toString(server.address().getPort());
            Cli.Result result = Cli.withInput("patron-status patron=PAT-0001 pin=1111\n!!\n", "shell", "--port",
                    port, "-u", "kiosk1", "-p", "kiosk1-pass", "--institution", "MAIN");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdout()).doesNotContain("sip2> ", "\u001b", "1111")
                    .containsSubsequence("24 Patron Status Response", "patron-status patron=PAT-0001 pin=****",
                            "24 Patron Status Response");
            assertThat(result.stdout()).contains("CQ  valid patron password  Y");
        }
    }

    private static Terminal terminal(String keys) throws IOException {
        return TerminalBuilder.builder()
                .system(false)
                .streams(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream())
                .type("xterm")
                .size(new org.jline.terminal.Size(120, 40))
                .encoding(StandardCharsets.UTF_8)
                .build();
    }

    private static List<Candidate> complete(String buffer) {
        ParsedLine line = new DefaultParser().parse(buffer, buffer.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new ShellCompleter().complete(null, line, candidates);
        return candidates;
    }

    /** {@return the candidates the reader would offer for the word at the end of the buffer} */
    private static List<String> matching(String buffer) {
        ParsedLine line = new DefaultParser().parse(buffer, buffer.length(), Parser.ParseContext.COMPLETE);
        return complete(buffer).stream().map(Candidate::value).filter(v -> v.startsWith(line.word()))
                .collect(Collectors.toList());
    }
}
