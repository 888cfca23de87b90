package io.github.sip2kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.core.field.Secret;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The traffic log shows every frame, with passwords masked. slf4j-simple writes to System.err, looked up on every
 * write (see simplelogger.properties), so the test captures it there.
 */
@Timeout(60)
class TrafficLogTest {

    @Test
    void trafficLogShowsEveryFrameButNeverAPasswordValue() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int port;
        try (FakeAcs acs = new FakeAcs()) {
            port = acs.port();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try (Sip2Client client = acs.clientBuilder()
                    .credentials("selfcheck1", Secret.of("Login-Pa55word"))
                    .locationCode("MAIN-1")
                    .terminalPassword(Secret.of("Term-Pa55"))
                    .build()) {
                client.checkout(Requests.checkout());
                client.patronStatus(Requests.patronStatus());
                client.patronInformation(Requests.patronInformation());
                client.blockPatron(Requests.blockPatron());
                client.checkin("31234000012345");
            }
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(log).contains("io.github.sip2kit.traffic - 127.0.0.1:");
        // the two lines docs/client-kit.md shows
        assertThat(log).contains(" - 127.0.0.1:" + port + " > 9300CNselfcheck1|CO****|CPMAIN-1|AY0AZF04C");
        assertThat(log).contains(" - 127.0.0.1:" + port + " < 941AY0AZFDFD");
        assertThat(log).contains("|AC****|AD****|AY1AZ");
        assertThat(log).contains("io.github.sip2kit.client.Sip2Client - 127.0.0.1:").contains("connecting");
        assertThat(log).doesNotContain("Login-Pa55word", "Term-Pa55", "Patron-Pa55");
    }
}
