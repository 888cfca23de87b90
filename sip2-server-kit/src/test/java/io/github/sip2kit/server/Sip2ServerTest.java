package io.github.sip2kit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.server.spi.Sip2BackendProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server end to end over loopback sockets. */
class Sip2ServerTest {

    private static final InetSocketAddress ANY_PORT = new InetSocketAddress("127.0.0.1", 0);
    private static final String DATE = "20240115    103000";
    private static final String CHECKOUT = "11YN" + DATE + " ".repeat(18) + "AOmain|AApatron1|ABitem1|AC|";
    private static final ClientPolicy KIOSK_ACCOUNT = ClientPolicy.builder().address("127.0.0.0/8")
            .login("kiosk", Secret.of("secret")).institutionId("main").build();
    private static final ClientPolicy LOOPBACK_NO_LOGIN =
            ClientPolicy.builder().address("127.0.0.1").institutionId("main").build();

    private final Events events = new Events();
    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private static CheckoutResponse checkout(CheckoutRequest request, Sip2Session session) {
        return Responses.checkout(request, session).ok(true).titleIdentifier("The Hobbit")
                .dueDate("20240129    235900").build();
    }

    private Sip2Server.Builder server(ClientPolicy... policies) {
        return Sip2Server.builder()
                .policies(ClientPolicies.of(policies))
                .bind(ANY_PORT)
                .ioThreads(1)
                .listener(events)
                .onCheckout(Sip2ServerTest::checkout);
    }

    private Sip2Server started(Sip2Server.Builder builder) throws IOException {
        Sip2Server server = builder.build().start();
        resources.add(() -> server.shutdown(Duration.ofSeconds(5)));
        return server;
    }

    private Client connect(Sip2Server server) throws IOException {
        Client client = new Client(server.localAddress());
        resources.add(0, client);
        return client;
    }

    @Test
    void servesLoginScStatusAndCheckoutEndToEnd() throws IOException {
        Sip2Server server = started(server(KIOSK_ACCOUNT));
        Client client = connect(server);

        assertThat(client.exchange("9300CNkiosk|COsecret|CPnorth|AY1AZ" + azFor("9300CNkiosk|COsecret|CPnorth|AY1AZ")))
                .isEqualTo("941AY1AZFDFC");
        AcsStatus status = Sip2Codec.defaults().decode(client.exchange("9900802.00"), AcsStatus.class);
        CheckoutResponse checkout = Sip2Codec.defaults().decode(client.exchange(CHECKOUT), CheckoutResponse.class);

        assertThat(status.onlineStatus()).isTrue();
        assertThat(status.checkoutOk()).isTrue();
        assertThat(status.institutionId()).isEqualTo("main");
        assertThat(checkout.ok()).isTrue();
        assertThat(checkout.titleIdentifier()).isEqualTo("The Hobbit");
        assertThat(events.all).contains("loginSucceeded", "handled 11");
    }

    @Test
    void answersPipelinedRequestsInOrder() throws IOException {
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN)
                .onItemInformation((request, session) -> Responses.itemInformation(request, session)
                        .titleIdentifier("Title of " + request.itemIdentifier()).build()));
        Client client = connect(server);

        client.write("17" + DATE + "AOmain|ABfirst|\r17" + DATE + "AOmain|ABsecond|\r9900802.00\r");

        Sip2Codec codec = Sip2Codec.defaults();
        assertThat(codec.decode(client.readLine(), ItemInformationResponse.class).titleIdentifier())
                .isEqualTo("Title of first");
        assertThat(codec.decode(client.readLine(), ItemInformationResponse.class).titleIdentifier())
                .isEqualTo("Title of second");
        assertThat(client.readLine()).startsWith("98Y");
    }

    @Test
    void closesAConnectionFromAnAddressWithoutPolicyAtOnce() throws IOException {
        Sip2Server server = started(server(ClientPolicy.builder().address("10.0.0.0/8").institutionId("x").build()));
        Client client = connect(server);

        assertThat(client.readUntilClosed()).isEmpty();
        assertThat(events.all).contains("refused UNKNOWN_ADDRESS");
    }

    @Test
    void acceptsAndClosesAConnectionBeyondTheMaximum() throws IOException {
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN).maxConnections(1));
        Client first = connect(server);
        assertThat(first.exchange("9900802.00")).startsWith("98Y");

        Client second = connect(server);

        assertThat(second.readUntilClosed()).isEmpty();
        assertThat(events.all).contains("refused TOO_MANY_CONNECTIONS");
        assertThat(first.exchange("9900802.00")).startsWith("98Y");
    }

    @Test
    void closesAnIdleConnection() throws IOException {
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN).idleTimeout(Duration.ofMillis(300)));
        Client client = connect(server);
        assertThat(client.exchange("9900802.00")).startsWith("98Y");

        assertThat(client.readUntilClosed()).isEmpty();
        awaitEvent("closed");
    }

    @Test
    void closesAConnectionThatDoesNotLogInInTime() throws IOException {
        Sip2Server server = started(server(KIOSK_ACCOUNT).loginTimeout(Duration.ofMillis(300)));
        Client client = connect(server);
        assertThat(client.exchange("9900802.00")).startsWith("98Y");

        assertThat(client.readUntilClosed()).isEmpty();
    }

    @Test
    void keepsAConnectionThatLoggedInPastTheLoginTimeout() throws IOException, InterruptedException {
        Sip2Server server = started(server(KIOSK_ACCOUNT).loginTimeout(Duration.ofMillis(200)));
        Client client = connect(server);
        assertThat(client.exchange("9300CNkiosk|COsecret|")).isEqualTo("941");

        Thread.sleep(600);

        assertThat(client.exchange("9900802.00")).startsWith("98Y");
    }

    @Test
    void closesAConnectionThatSendsAnOversizedFrame() throws IOException {
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN).maxFrameLength(100));
        Client client = connect(server);
        assertThat(client.exchange("9900802.00")).startsWith("98Y");

        client.write("17" + DATE + "AOmain|AB" + "x".repeat(200));

        assertThat(client.readUntilClosed()).isEmpty();
        assertThat(events.all).contains("malformed FRAME_TOO_LONG");
    }

    @Test
    void survivesAClientThatDisconnectsInTheMiddleOfAFrame() throws IOException {
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN));
        Client client = connect(server);
        client.write("11YN" + DATE);
        client.close();

        Client next = connect(server);

        assertThat(next.exchange("9900802.00")).startsWith("98Y");
        awaitEvent("closed");
    }

    @Test
    void drainsARequestInFlightOnGracefulShutdown() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN).onCheckout((request, session) -> {
            entered.countDown();
            release.await();
            return checkout(request, session);
        }));
        Client client = connect(server);
        client.write(CHECKOUT + "\r");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> shutdown =
                CompletableFuture.supplyAsync(() -> server.shutdown(Duration.ofSeconds(20)));
        awaitNotAccepting(server.localAddress());
        assertThat(shutdown).as("shutdown waits for the request in flight").isNotDone();
        release.countDown();

        assertThat(Sip2Codec.defaults().decode(client.readLine(), CheckoutResponse.class).ok()).isTrue();
        assertThat(client.readUntilClosed()).isEmpty();
        assertThat(shutdown.get(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void leavesAGivenExecutorRunning() throws IOException {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        resources.add(executor::shutdownNow);
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN).executor(executor));
        assertThat(Sip2Codec.defaults().decode(connect(server).exchange(CHECKOUT), CheckoutResponse.class).ok())
                .isTrue();

        server.close();

        assertThat(executor.isShutdown()).isFalse();
    }

    @Test
    void registersAPackagedBackend() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        Sip2BackendProvider provider = new Sip2BackendProvider() {
            @Override
            public String name() {
                return "test-backend";
            }

            @Override
            public void register(Sip2Server.Builder server) {
                server.onCheckout((request, session) -> {
                    calls.incrementAndGet();
                    return checkout(request, session);
                });
            }
        };
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN).backend(provider));

        connect(server).exchange(CHECKOUT);

        assertThat(calls).hasValue(1);
    }

    @Test
    void discoversBackendsThroughTheServiceLoader() throws IOException {
        Sip2Server server = started(server(LOOPBACK_NO_LOGIN).discoverBackends());

        AcsStatus status = Sip2Codec.defaults().decode(connect(server).exchange("9900802.00"), AcsStatus.class);

        assertThat(status.statusUpdateOk()).as("the test backend registers a Block Patron handler").isTrue();
    }

    @Test
    void reportsABindFailureAsIoException() throws IOException {
        Sip2Server first = started(server(LOOPBACK_NO_LOGIN));
        Sip2Server second = server(LOOPBACK_NO_LOGIN).bind(first.localAddress()).build();

        assertThatThrownBy(second::start).isInstanceOf(IOException.class);
        assertThatThrownBy(first::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(second::localAddress).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void requiresAPolicyTable() {
        assertThatThrownBy(() -> Sip2Server.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("policies: not set");
        assertThatThrownBy(() -> Sip2Server.builder().maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConnections: 0 (expected: >= 1)");
        assertThatThrownBy(() -> Sip2Server.builder().backendTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backendTimeout: PT0S (expected: a positive duration)");
    }

    // ------------------------------------------------------------------ helpers

    private static String azFor(String textUpToAz) {
        byte[] bytes = textUpToAz.getBytes(StandardCharsets.US_ASCII);
        return io.github.sip2kit.codec.Checksum.toHex(io.github.sip2kit.codec.Checksum.compute(bytes, 0, bytes.length));
    }

    private void awaitEvent(String event) {
        awaitEvent(events.all, event);
    }

    /** Waits for a listener event reported on an I/O thread, possibly after the client saw the close. */
    static void awaitEvent(List<String> events, String event) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (events.stream().noneMatch(e -> e.endsWith(event))) {
            assertThat(System.nanoTime()).as("event %s within 10 s; seen %s", event, events).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void awaitNotAccepting(InetSocketAddress address) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(address, 1000);
                probe.setSoTimeout(500);
                if (probe.getInputStream().read() < 0) {
                    return;
                }
            } catch (SocketTimeoutException admitted) {
                // Accepted before the shutdown began; try again.
            } catch (IOException refused) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("server still accepting after 10 s");
    }

    /** A blocking SIP2 client over a plain socket, reading CR-terminated lines. */
    static final class Client implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Client(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.connect(address, 5000);
            socket.setSoTimeout(10_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void write(String text) throws IOException {
            writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        }

        void writeBytes(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        String exchange(String frame) throws IOException {
            write(frame + "\r");
            return readLine();
        }

        String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\r') {
                if (b < 0) {
                    throw new IOException("connection closed after " + line.size() + " bytes");
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        /** Reads until the server closes the connection; fails after the socket timeout. */
        String readUntilClosed() throws IOException {
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    rest.write(b);
                }
            } catch (SocketException reset) {
                // A reset is a close too.
            }
            return rest.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Records listener events. */
    static final class Events implements ServerListener {
        final List<String> all = new CopyOnWriteArrayList<>();

        @Override
        public void connectionClosed(Sip2Session session) {
            all.add("closed");
        }

        @Override
        public void connectionRefused(InetSocketAddress remoteAddress, RefusalReason reason) {
            all.add("refused " + reason);
        }

        @Override
        public void loginSucceeded(Sip2Session session) {
            all.add("loginSucceeded");
        }

        @Override
        public void requestHandled(Sip2Session session, MessageType type, Duration duration) {
            all.add("handled " + type.code());
        }

        @Override
        public void malformedRequest(Sip2Session session, Sip2DecodeException error) {
            all.add("malformed " + error.reason());
        }
    }

    /** Found through META-INF/services by {@link #discoversBackendsThroughTheServiceLoader()}. */
    public static final class DiscoveredBackend implements Sip2BackendProvider {
        @Override
        public String name() {
            return "discovered";
        }

        @Override
        public void register(Sip2Server.Builder server) {
            server.onBlockPatron((request, session) -> Responses.blockPatron(request, session).build());
        }
    }
}
