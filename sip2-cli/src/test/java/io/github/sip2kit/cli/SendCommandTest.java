package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sip2kit.testkit.DemoServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** send and shell against the demo server, started in this JVM on a free port. */
class SendCommandTest {

    private DemoServer server;
    private String port;

    @BeforeEach
    void startDemoServer() throws IOException {
        server = DemoServer.start(DemoServer.Options.builder().port(0).build());
        port = Integer.toString(server.address().getPort());
    }

    @AfterEach
    void stopDemoServer() {
        server.close();
    }

    private Cli.Result send(String... requests) {
        List<String> args = new java.util.ArrayList<>(List.of("send", "--port", port, "--user", "kiosk1",
                "--password", "kiosk1-pass", "--institution", "MAIN"));
        args.addAll(List.of(requests));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void logsInChecksOutAndChecksInADemoItemAndReadsAPatronStatus() {
        Cli.Result result = send("checkout patron=PAT-0001 item=ITM-0001", "checkin item=ITM-0001",
                "patron-status patron=PAT-0001 pin=1111");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        String out = result.stdout();
        assertThat(out).containsSubsequence(
                "> 11YN", "AOMAIN|AAPAT-0001|ABITM-0001|AC|",
                "12 Checkout Response  (AY/AZ verified by the client if present)",
                "  ok                     1",
                "  AB  item identifier    ITM-0001",
                "  AJ  title identifier   The Example Handbook",
                "> 09N",
                "10 Checkin Response",
                "  ok                      1",
                "> 23000", "AOMAIN|AAPAT-0001|AC|AD****|",
                "24 Patron Status Response",
                "  AE  personal name          Alice Example",
                "  CQ  valid patron password  Y");
        assertThat(out).doesNotContain("1111");
    }

    @Test
    void printsOneJsonObjectPerResponseWithJson() throws IOException {
        Cli.Result result = send("--json", "item-info item=ITM-0007", "sc-status");

        assertThat(result.exitCode()).as("%s", result).isZero();
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode item = new ObjectMapper().readTree(lines.get(0));
        assertThat(item.get("type").asText()).isEqualTo("ITEM_INFORMATION_RESPONSE");
        assertThat(item.get("fields").findValuesAsText("value")).contains("Müller: Über Café-Kultur");
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("code").asText()).isEqualTo("98");
    }

    @Test
    void readsRequestsFromStandardInputSkippingBlankAndCommentLinesAndAcceptsRawFrames() {
        String input = "# a comment\n\n9900802.00\nitem-info item=ITM-0001\n";
        Cli.Result result = Cli.withInput(input, "send", "--port", port,
                "-u", "kiosk1", "-p", "kiosk1-pass");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).containsSubsequence("> 9900802.00", "98 ACS Status", "> 17", "18 Item Information");
    }

    @Test
    void exitsWith5WhenAResponseSaysNoAfterSendingTheRemainingRequests() {
        Cli.Result result = send("checkout patron=PAT-0002 item=ITM-0001", "sc-status");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.stdout()).containsSubsequence("12 Checkout Response", "  ok                     0",
                "98 ACS Status");
    }

    @Test
    void exitsWith5WhenTheLoginIsRefused() {
        Cli.Result result = Cli.run("send", "--port", port, "--user", "kiosk1", "--password", "wrong", "sc-status");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("sip2 send: the ACS at 127.0.0.1:" + port
                + " refused the login of 'kiosk1' (94 with ok 0)\n");
    }

    @Test
    void exitsWith3WhenTheConnectionIsRefused() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Cli.Result result = Cli.run("send", "--port", Integer.toString(closed), "sc-status");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr())
                .startsWith("sip2 send: SC status (99) to 127.0.0.1:" + closed + ": cannot connect: ")
                .doesNotContain("\tat ");
    }

    @Test
    void showsTheStackTraceOnlyWithVerbose() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Cli.Result result = Cli.run("send", "--verbose", "--port", Integer.toString(closed), "sc-status");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr()).contains("java.net.ConnectException").contains("\tat ");
    }

    @Test
    void exitsWith2OnABadOptionOrRequestBeforeConnecting() {
        Cli.Result option = Cli.run("send", "--port", port, "--bogus");
        Cli.Result request = Cli.run("send", "--port", port, "checkout patron=P1");
        Cli.Result raw = Cli.run("send", "--port", port, "96");

        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.stderr()).isEqualTo("sip2 send: Unknown option: '--bogus' (see 'sip2 send --help')\n");
        assertThat(request.exitCode()).isEqualTo(2);
        assertThat(request.stderr()).isEqualTo("sip2 send: checkout: item= is missing (expected: checkout patron= "
                + "item= [pin=] [fee-ack=] [no-block=] [properties=])\n");
        assertThat(raw.exitCode()).isEqualTo(2);
        assertThat(raw.stderr()).contains("message 96 is not a request the SC sends");
    }

    @Test
    void shellRunsRequestsRepeatsTheLastOneAndKeepsGoingAfterAnError() {
        String input = "help\nitem-info item=ITM-0003\n!!\nrenew patron=PAT-0001\ncheckout patron=PAT-0001 "
                + "item=ITM-0002 pin=1111\nquit\nsc-status\n";

        Cli.Result result = Cli.withInput(input, "shell", "--port", port, "-u", "kiosk1", "-p", "kiosk1-pass",
                "--institution", "MAIN");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).containsSubsequence(
                "Connected to 127.0.0.1:" + port + " as kiosk1.",
                "Requests (", "checkout patron= item=",
                "18 Item Information Response", "item-info item=ITM-0003", "18 Item Information Response",
                "12 Checkout Response")
                .doesNotContain("98 ACS Status");
        assertThat(result.stderr()).isEqualTo("error: renew: item= or title= is missing (expected: renew patron= "
                + "[item=] [title=] [pin=] [fee-ack=])\n");
    }
}
