package io.github.sip2kit.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.Sip2Server;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerBuilderAccessTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:30:00Z"), ZoneOffset.UTC);

    @Test
    void anEngineBuiltFromAServerBuilderServesItsHandlersPoliciesAndClock() {
        Sip2Server.Builder server = Sip2Server.builder()
                .policies(ClientPolicies.of(ClientPolicy.builder().address("any").institutionId("LIB").build()))
                .clock(CLOCK)
                .backendTimeout(Duration.ofSeconds(7))
                .onCheckin((request, session) -> Responses.checkin(request, session).ok(true).build());

        ProtocolEngine engine = ServerBuilderAccess.engine(server).executor(Runnable::run).build();
        ProtocolSession session = engine.open(new InetSocketAddress("192.0.2.1", 4000)).orElseThrow();
        String reply = session.handle("09N20260310    10300020260310    103000APx|AOLIB|ABI-1|AC|"
                .getBytes(StandardCharsets.US_ASCII)).text(StandardCharsets.US_ASCII);

        assertThat(engine.handlers().types()).containsExactly(MessageType.CHECKIN);
        assertThat(engine.backendTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(reply).startsWith("101NUN20260310    103000AOLIB|ABI-1|");
    }

    @Test
    void leavesPoliciesUnsetWhenTheServerBuilderHasNone() {
        ProtocolEngine.Builder engine = ServerBuilderAccess.engine(Sip2Server.builder()).executor(Runnable::run);

        assertThatThrownBy(engine::build).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("policies: not set");
    }
}
