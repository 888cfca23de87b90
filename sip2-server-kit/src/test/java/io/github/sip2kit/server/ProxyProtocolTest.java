package io.github.sip2kit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.core.MessageType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HAProxy PROXY protocol, v1 and v2, from a trusted proxy on loopback. */
class ProxyProtocolTest {

    private static final byte[] V2_SIGNATURE = {
        0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A
    };

    private final List<String> events = new CopyOnWriteArrayList<>();
    private Sip2Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown(Duration.ofSeconds(5));
        }
    }

    private Sip2Server start(String trustedProxy, ClientPolicy... policies) throws IOException {
        server = Sip2Server.builder()
                .policies(ClientPolicies.of(policies))
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .ioThreads(1)
                .trustedProxies(trustedProxy)
                .loginTimeout(Duration.ofMillis(500))
                .listener(new ServerListener() {
                    @Override
                    public void requestHandled(Sip2Session session, MessageType type, Duration duration) {
                        events.add("handled " + type.code() + " from " + session.remoteAddress());
                    }

                    @Override
                    public void connectionRefused(InetSocketAddress remoteAddress, RefusalReason reason) {
                        events.add("refused " + remoteAddress + " " + reason);
                    }
                })
                .build()
                .start();
        return server;
    }

    private static ClientPolicy branch(String address, String institution) {
        return ClientPolicy.builder().address(address).institutionId(institution).build();
    }

    private static byte[] v2Header(byte[] source, byte[] destination, int sourcePort, int destinationPort) {
        ByteBuffer header = ByteBuffer.allocate(16 + 12);
        header.put(V2_SIGNATURE).put((byte) 0x21).put((byte) 0x11).putShort((short) 12);
        header.put(source).put(destination).putShort((short) sourcePort).putShort((short) destinationPort);
        return header.array();
    }

    @Test
    void appliesPoliciesToTheClientAddressOfAVersion1Header() throws IOException {
        start("127.0.0.1", branch("192.0.2.10", "north"), branch("192.0.2.20", "south"));

        try (Sip2ServerTest.Client client = new Sip2ServerTest.Client(server.localAddress())) {
            client.write("PROXY TCP4 192.0.2.20 127.0.0.1 50123 6001\r\n9900802.00\r");

            assertThat(client.readLine()).startsWith("98Y").contains("AOsouth|");
        }
        assertThat(events).containsExactly("handled 99 from /192.0.2.20:50123");
    }

    @Test
    void appliesPoliciesToTheClientAddressOfAVersion2Header() throws IOException {
        start("127.0.0.0/8", branch("192.0.2.10", "north"));
        byte[] header = v2Header(new byte[] {(byte) 192, 0, 2, 10}, new byte[] {127, 0, 0, 1}, 40000, 6001);

        try (Sip2ServerTest.Client client = new Sip2ServerTest.Client(server.localAddress())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(header);
            bytes.write("9900802.00\r".getBytes(StandardCharsets.US_ASCII));
            client.writeBytes(bytes.toByteArray());

            assertThat(client.readLine()).contains("AOnorth|");
        }
        assertThat(events).containsExactly("handled 99 from /192.0.2.10:40000");
    }

    @Test
    void refusesAProxiedClientWhoseAddressHasNoPolicy() throws IOException {
        start("127.0.0.1", branch("192.0.2.10", "north"));

        try (Sip2ServerTest.Client client = new Sip2ServerTest.Client(server.localAddress())) {
            client.write("PROXY TCP4 198.51.100.7 127.0.0.1 50123 6001\r\n9900802.00\r");

            assertThat(client.readUntilClosed()).isEmpty();
        }
        assertThat(events).containsExactly("refused /198.51.100.7:50123 UNKNOWN_ADDRESS");
    }

    @Test
    void closesATrustedProxyConnectionWithoutHeader() throws IOException {
        start("127.0.0.1", branch("127.0.0.1", "direct"));

        try (Sip2ServerTest.Client client = new Sip2ServerTest.Client(server.localAddress())) {
            client.write("9900802.00AY1AZFCA0\r\n");

            assertThat(client.readUntilClosed()).isEmpty();
        }
        // The header decoder closes the connection before the failure reaches the listener.
        Sip2ServerTest.awaitEvent(events, "INVALID_PROXY_HEADER");
        assertThat(events).singleElement().asString().endsWith("INVALID_PROXY_HEADER");
    }

    @Test
    void closesATrustedProxyConnectionThatSendsNothing() throws IOException {
        start("127.0.0.1", branch("127.0.0.1", "direct"));

        try (Sip2ServerTest.Client client = new Sip2ServerTest.Client(server.localAddress())) {
            assertThat(client.readUntilClosed()).isEmpty();
        }
        assertThat(events).singleElement().asString().endsWith("INVALID_PROXY_HEADER");
    }

    @Test
    void servesOtherAddressesAsDirectClients() throws IOException {
        start("10.9.9.9", branch("127.0.0.1", "direct"));

        try (Sip2ServerTest.Client client = new Sip2ServerTest.Client(server.localAddress())) {
            assertThat(client.exchange("9900802.00")).contains("AOdirect|");
        }
    }

    @Test
    void admitsALocalHeaderUnderTheProxysOwnAddress() throws IOException {
        start("127.0.0.1", branch("127.0.0.1", "health"));
        byte[] local = new byte[16];
        System.arraycopy(V2_SIGNATURE, 0, local, 0, 12);
        local[12] = 0x20;

        try (Sip2ServerTest.Client client = new Sip2ServerTest.Client(server.localAddress())) {
            client.writeBytes(local);
            assertThat(client.exchange("9900802.00")).contains("AOhealth|");
        }
    }
}
