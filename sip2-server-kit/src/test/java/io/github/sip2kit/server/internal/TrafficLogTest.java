package io.github.sip2kit.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The traffic logger writes every frame, redacted. The build routes slf4j-simple to a file and enables the
 * {@code io.github.sip2kit.traffic} logger at DEBUG (see this module's surefire configuration).
 */
class TrafficLogTest {

    @Test
    void logsBothDirectionsWithPasswordsMasked() throws IOException {
        ProtocolEngine engine = ProtocolEngine.builder()
                .policies(ClientPolicies.of(ClientPolicy.builder().address("any")
                        .login("traffic-user", Secret.of("Top$ecret-42")).institutionId("main").build()))
                .executor(Runnable::run)
                .build();
        ProtocolSession session = engine.open(new InetSocketAddress("192.0.2.8", 1000)).orElseThrow();

        session.handle("9300CNtraffic-user|COTop$ecret-42|CPnorth|".getBytes(StandardCharsets.US_ASCII));
        session.handle("2300120240115    103000AOmain|AApatron-77|ACTop$ecret-42|ADpin-9876|"
                .getBytes(StandardCharsets.US_ASCII));

        String log = Files.readString(Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")));
        String id = session.id();
        assertThat(log)
                .contains(id + " < 9300CNtraffic-user|CO****|CPnorth|")
                .contains(id + " > 941")
                .contains(id + " < 2300120240115    103000AOmain|AApatron-77|AC****|AD****|")
                .doesNotContain("Top$ecret-42")
                .doesNotContain("pin-9876");
    }
}
