package io.github.sip2kit.testkit;

import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2FrameReader;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.server.internal.ProtocolEngine;
import io.github.sip2kit.server.internal.ProtocolSession;
import io.github.sip2kit.server.internal.Reply;
import io.github.sip2kit.server.internal.ServerBuilderAccess;
import io.github.sip2kit.server.spi.LoginAuthenticator;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fake library system (ACS) for tests: it listens on 127.0.0.1 on a free port and answers SIP2 requests from the
 * in-memory library, from any handlers, or from a script, and it damages its responses on demand.
 * <pre>{@code
 * try (FakeAcs acs = FakeAcs.builder().library(InMemoryLibrary.defaultData()).start();
 *         Sip2Client client = acs.clientBuilder().credentials("kiosk1", "kiosk1-pass").build()) {
 *     acs.inject(RequestMatcher.nth(MessageType.CHECKOUT, 1), Fault.drop());
 *     client.checkout("PAT-0001", "ITM-0001");        // the response is lost; the client recovers it with 97
 *     assertEquals(1, acs.count(MessageType.CHECKOUT));
 * }
 * }</pre>
 *
 * <p><b>How a request is answered.</b> Every frame is recorded first ({@link #received()}). Then:
 * <ol>
 *   <li>the first script rule whose matcher selects the frame answers it ({@link #respond}, {@link #respondRaw});
 *       a response message is sealed with the request's sequence number and a checksum when the request had a
 *       sequence number;</li>
 *   <li>otherwise a Request ACS Resend (97) is answered with the last response sent on the connection, as it was
 *       before any fault damaged it;</li>
 *   <li>otherwise the server kit's protocol engine answers: login, SC status, 96 for a frame that does not decode,
 *       duplicate detection and the registered handlers, exactly as a {@link Sip2Server} built from the same
 *       configuration does (it runs without the network transport, so the login and idle timeouts do not
 *       apply).</li>
 * </ol>
 * Finally the first fault rule whose matcher selects the request ({@link #inject}) is applied to the response.
 *
 * <p><b>What the engine serves.</b> With {@link Builder#library(InMemoryLibrary)}, the library through an
 * {@link InMemoryLibraryBackend} and the {@link DemoAccounts} policies; with {@link Builder#server(Consumer)}, any
 * handlers and settings of a server builder. Without either it is an open ACS: every address is served without a
 * login, every Login (93) is accepted, institution {@value #OPEN_INSTITUTION}, and requests no script answers are
 * refused as not supported.
 *
 * <p>Thread-safe: one thread per connection; rules may be added while connections are open.
 */
public final class FakeAcs implements AutoCloseable {

    /** The institution id (AO) of an open fake ACS, one that serves neither a library nor handlers. */
    public static final String OPEN_INSTITUTION = "FAKE";

    private final ServerSocket serverSocket;
    private final ProtocolEngine engine;
    private final ExecutorService workers;
    private final Sip2Codec codec;
    private final InMemoryLibrary library;
    private final List<Rule<Function<CapturedFrame, byte[]>>> script = new CopyOnWriteArrayList<>();
    private final List<Rule<Fault>> faults = new CopyOnWriteArrayList<>();
    private final List<CapturedFrame> received = new ArrayList<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private FakeAcs(Builder b) throws IOException {
        this.codec = b.codec;
        this.library = b.library;
        b.script.forEach(rule -> this.script.add(rule.apply(b.codec)));
        this.faults.addAll(b.faults);
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-acs-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Sip2Server.Builder server = Sip2Server.builder().policies(openPolicies()).authenticator(acceptAnyLogin());
        if (b.library != null) {
            Backends.register(server, new InMemoryLibraryBackend(b.library));
            server.policies(DemoAccounts.policies()).authenticator(LoginAuthenticator.policyTable());
        }
        if (b.policies != null) {
            server.policies(b.policies).authenticator(LoginAuthenticator.policyTable());
        }
        if (b.clock != null) {
            server.clock(b.clock);
        }
        b.server.forEach(customiser -> customiser.accept(server));
        try {
            this.engine = ServerBuilderAccess.engine(server).executor(workers).build();
            this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException | RuntimeException e) {
            workers.shutdownNow();
            throw e;
        }
        Thread acceptor = new Thread(this::acceptLoop, "fake-acs-accept-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@return a builder for an open fake ACS; add a library, handlers, scripts and faults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a started fake ACS serving a library with the demo accounts}
     *
     * @param library the library; requests change it
     * @throws UncheckedIOException if no port can be bound
     */
    public static FakeAcs library(InMemoryLibrary library) {
        return builder().library(library).start();
    }

    private static ClientPolicies openPolicies() {
        return ClientPolicies.of(ClientPolicy.builder()
                .address("any")
                .institutionId(OPEN_INSTITUTION)
                .description("open fake ACS")
                .build());
    }

    private static LoginAuthenticator acceptAnyLogin() {
        ClientPolicy open = openPolicies().policies().get(0);
        return attempt -> Optional.of(open);
    }

    // ------------------------------------------------------------------ address

    /** {@return the address the fake listens on: 127.0.0.1 and its port} */
    public InetSocketAddress address() {
        return new InetSocketAddress(serverSocket.getInetAddress(), serverSocket.getLocalPort());
    }

    /** {@return the host to connect to: the loopback address as text} */
    public String host() {
        return serverSocket.getInetAddress().getHostAddress();
    }

    /** {@return the port the fake listens on} */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** {@return a client builder with this fake's address; add credentials and settings} */
    public Sip2Client.Builder clientBuilder() {
        return Sip2Client.builder().address(host(), port());
    }

    /** {@return the library the fake serves, if it serves one} */
    public Optional<InMemoryLibrary> library() {
        return Optional.ofNullable(library);
    }

    /** {@return the codec the fake reads, records and scripts frames with} */
    public Sip2Codec codec() {
        return codec;
    }

    // ------------------------------------------------------------------ rules

    /**
     * Answers the selected requests with a message, sealed with the request's sequence number when it had one.
     * Added after the builder's rules; the first matching rule answers.
     *
     * @param when the requests to answer
     * @param response computes the response from the request; {@code null} passes the request on to the next rule
     * @return this fake
     */
    public FakeAcs respond(RequestMatcher when, Function<CapturedFrame, ? extends AcsMessage> response) {
        script.add(messageRule(when, response, codec));
        return this;
    }

    /**
     * Answers the selected requests with raw text in the fake's charset, as it is; the codec's terminator is
     * appended unless the text ends with CR or LF.
     *
     * @param when the requests to answer
     * @param frame the frame to send
     * @return this fake
     */
    public FakeAcs respondRaw(RequestMatcher when, String frame) {
        script.add(rawRule(when, frame, codec));
        return this;
    }

    /**
     * Applies a fault to the responses to the selected requests. Added after the existing rules; for each request
     * the first matching rule counts.
     *
     * @param when the requests whose responses to damage
     * @param fault the fault
     * @return this fake
     */
    public FakeAcs inject(RequestMatcher when, Fault fault) {
        faults.add(new Rule<>(when, fault));
        return this;
    }

    /**
     * Removes every fault rule, those of the builder included.
     *
     * @return this fake
     */
    public FakeAcs clearFaults() {
        faults.clear();
        return this;
    }

    // ------------------------------------------------------------------ recording

    /** {@return every frame received so far, in order of arrival, over all connections} */
    public List<CapturedFrame> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /**
     * {@return the frames of one message type received so far}
     *
     * @param type the message type
     */
    public List<CapturedFrame> received(MessageType type) {
        RequestMatcher matcher = RequestMatcher.type(type);
        return received().stream().filter(matcher::matches).toList();
    }

    /**
     * {@return how many frames of a message type arrived}
     *
     * @param type the message type
     */
    public int count(MessageType type) {
        return received(type).size();
    }

    /** {@return the message codes of the frames received so far, in order: {@code ["93", "11", "97"]}} */
    public List<String> codes() {
        return received().stream().map(CapturedFrame::code).toList();
    }

    /** {@return how many connections the fake has accepted} */
    public int connectionCount() {
        return connections.get();
    }

    /** Closes every open connection from the ACS side, as an ACS's idle timeout or a restart does. */
    public void dropConnections() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }

    /** Stops listening and closes every connection. Idempotent. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        dropConnections();
        workers.shutdownNow();
    }

    @Override
    public String toString() {
        return "FakeAcs[" + host() + ":" + port() + (library != null ? ", library" : "") + "]";
    }

    // ------------------------------------------------------------------ serving

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            int id = connections.incrementAndGet();
            sockets.add(socket);
            Thread thread = new Thread(() -> serve(socket, id), "fake-acs-" + port() + "-" + id);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void serve(Socket socket, int connection) {
        Optional<ProtocolSession> opened = engine.open((InetSocketAddress) socket.getRemoteSocketAddress());
        if (opened.isEmpty()) {
            closeQuietly(socket);
            sockets.remove(socket);
            return;
        }
        ProtocolSession session = opened.get();
        try (InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                Sip2FrameReader reader = codec.newFrameReader(in)) {
            byte[] last = null;
            byte[] frame;
            while ((frame = reader.readFrame()) != null) {
                CapturedFrame request = record(frame, connection);
                byte[] response = scripted(request);
                boolean close = false;
                if (response == null && "97".equals(request.code()) && last != null && request.message().isPresent()) {
                    response = last;
                } else if (response == null) {
                    Reply reply = session.submit(frame).join();
                    response = reply.hasBytes() ? reply.bytes() : null;
                    close = reply.close();
                }
                if (response != null) {
                    last = response;
                }
                Fault fault = fault(request);
                boolean open = response != null
                        ? FaultWire.send(response, fault, out, socket)
                        : FaultWire.send(new byte[0], closingOnly(fault), out, socket);
                if (close || !open) {
                    break;
                }
            }
        } catch (IOException e) {
            // The peer or the test closed the connection, or the frame was cut off: the connection ends.
        } finally {
            session.closed();
            closeQuietly(socket);
            sockets.remove(socket);
        }
    }

    /** {@return the closing part of a fault, for a request that gets no response} */
    private static Fault closingOnly(Fault fault) {
        switch (fault.delivery()) {
            case CLOSE:
            case CLOSE_MID_FRAME:
                return Fault.closeConnection();
            default:
                return Fault.drop();
        }
    }

    private CapturedFrame record(byte[] frame, int connection) {
        synchronized (received) {
            String code = CapturedFrame.codeOf(frame);
            int occurrence = occurrences.merge(code, 1, Integer::sum);
            CapturedFrame captured = new CapturedFrame(received.size() + 1, connection, occurrence, frame, codec);
            received.add(captured);
            return captured;
        }
    }

    private byte[] scripted(CapturedFrame request) {
        for (Rule<Function<CapturedFrame, byte[]>> rule : script) {
            if (rule.when.matches(request)) {
                byte[] bytes = rule.action.apply(request);
                if (bytes != null) {
                    return bytes;
                }
            }
        }
        return null;
    }

    private Fault fault(CapturedFrame request) {
        for (Rule<Fault> rule : faults) {
            if (rule.when.matches(request)) {
                return rule.action;
            }
        }
        return Fault.none();
    }

    private static Rule<Function<CapturedFrame, byte[]>> messageRule(
            RequestMatcher when, Function<CapturedFrame, ? extends AcsMessage> response, Sip2Codec codec) {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(response, "response");
        return new Rule<>(when, request -> {
            AcsMessage message = response.apply(request);
            if (message == null) {
                return null;
            }
            return request.sequenceNumber().isPresent()
                    ? codec.encode(message, request.sequenceNumber().getAsInt())
                    : codec.encode(message);
        });
    }

    private static Rule<Function<CapturedFrame, byte[]>> rawRule(RequestMatcher when, String frame, Sip2Codec codec) {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(frame, "frame");
        Charset charset = codec.charset();
        byte[] bytes = FaultWire.terminated(frame.getBytes(charset), codec.terminator().bytes());
        return new Rule<>(when, request -> bytes.clone());
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    /** A matcher and what to do when it selects a request. */
    private static final class Rule<T> {
        final RequestMatcher when;
        final T action;

        Rule(RequestMatcher when, T action) {
            this.when = Objects.requireNonNull(when, "when");
            this.action = Objects.requireNonNull(action, "action");
        }
    }

    /** Configures a {@link FakeAcs}; not thread-safe. */
    public static final class Builder {
        private Sip2Codec codec = Sip2Codec.defaults();
        private InMemoryLibrary library;
        private ClientPolicies policies;
        private Clock clock;
        private final List<Consumer<Sip2Server.Builder>> server = new ArrayList<>();
        private final List<Function<Sip2Codec, Rule<Function<CapturedFrame, byte[]>>>> script = new ArrayList<>();
        private final List<Rule<Fault>> faults = new ArrayList<>();

        private Builder() {}

        /**
         * Serves a library through an {@link InMemoryLibraryBackend}, with the {@link DemoAccounts} policies unless
         * {@link #policies(ClientPolicies)} gives others.
         *
         * @param library the library; requests change it
         * @return this builder
         */
        public Builder library(InMemoryLibrary library) {
            this.library = Objects.requireNonNull(library, "library");
            return this;
        }

        /**
         * Sets the access policies, checked with the policy table's logins.
         *
         * @param policies the policies
         * @return this builder
         */
        public Builder policies(ClientPolicies policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Sets the clock of the sessions (transaction dates of the responses). Default: the system clock. The
         * library has a clock of its own ({@code InMemoryLibrary.defaultData(Clock)}).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Configures the protocol engine as a server: handlers, policies, authenticator, profiles, listener, clock,
         * backend timeout. The customiser runs after the library, policies and clock of this builder are applied,
         * so it can override them; network settings (bind address, TLS, timeouts of the transport) are ignored.
         *
         * @param customiser registers handlers on a server builder, such as a {@code Sip2BackendProvider}'s
         *     {@code register} method
         * @return this builder
         */
        public Builder server(Consumer<Sip2Server.Builder> customiser) {
            server.add(Objects.requireNonNull(customiser, "customiser"));
            return this;
        }

        /**
         * Sets the codec frames are read, recorded and scripted with (charset, terminator, limits). Default:
         * {@link Sip2Codec#defaults()}. The engine's answers use the codec of the session's vendor profile.
         *
         * @param codec the codec
         * @return this builder
         */
        public Builder codec(Sip2Codec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Answers the selected requests with a message; see {@link FakeAcs#respond(RequestMatcher, Function)}.
         *
         * @param when the requests to answer
         * @param response computes the response; {@code null} passes the request on
         * @return this builder
         */
        public Builder respond(RequestMatcher when, Function<CapturedFrame, ? extends AcsMessage> response) {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(response, "response");
            script.add(codec -> messageRule(when, response, codec));
            return this;
        }

        /**
         * Answers the selected requests with the same message every time.
         *
         * @param when the requests to answer
         * @param response the response
         * @return this builder
         */
        public Builder respond(RequestMatcher when, AcsMessage response) {
            Objects.requireNonNull(response, "response");
            return respond(when, request -> response);
        }

        /**
         * Answers the selected requests with raw text; see {@link FakeAcs#respondRaw(RequestMatcher, String)}.
         *
         * @param when the requests to answer
         * @param frame the frame to send
         * @return this builder
         */
        public Builder respondRaw(RequestMatcher when, String frame) {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(frame, "frame");
            script.add(codec -> rawRule(when, frame, codec));
            return this;
        }

        /**
         * Applies a fault to the responses to the selected requests; see {@link FakeAcs#inject}.
         *
         * @param when the requests whose responses to damage
         * @param fault the fault
         * @return this builder
         */
        public Builder inject(RequestMatcher when, Fault fault) {
            faults.add(new Rule<>(when, fault));
            return this;
        }

        /**
         * {@return the fake, listening}
         *
         * @throws UncheckedIOException if no port can be bound
         * @throws IllegalArgumentException if a policy names an unknown vendor profile
         */
        public FakeAcs start() {
            try {
                return new FakeAcs(this);
            } catch (IOException e) {
                throw new UncheckedIOException("FakeAcs: cannot listen on 127.0.0.1: " + e.getMessage(), e);
            }
        }
    }
}
