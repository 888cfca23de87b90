package io.github.sip2kit.server;

import io.github.sip2kit.codec.Sip2Limits;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.server.internal.AddressPattern;
import io.github.sip2kit.server.internal.HandlerRegistry;
import io.github.sip2kit.server.internal.ProtocolEngine;
import io.github.sip2kit.server.internal.ServerBuilderAccess;
import io.github.sip2kit.server.internal.ServerTransport;
import io.github.sip2kit.server.internal.TransportSettings;
import io.github.sip2kit.server.spi.BlockPatronHandler;
import io.github.sip2kit.server.spi.CheckinHandler;
import io.github.sip2kit.server.spi.CheckoutHandler;
import io.github.sip2kit.server.spi.EndPatronSessionHandler;
import io.github.sip2kit.server.spi.FeePaidHandler;
import io.github.sip2kit.server.spi.HoldHandler;
import io.github.sip2kit.server.spi.ItemInformationHandler;
import io.github.sip2kit.server.spi.ItemStatusUpdateHandler;
import io.github.sip2kit.server.spi.LoginAuthenticator;
import io.github.sip2kit.server.spi.PatronEnableHandler;
import io.github.sip2kit.server.spi.PatronInformationHandler;
import io.github.sip2kit.server.spi.PatronStatusHandler;
import io.github.sip2kit.server.spi.RenewAllHandler;
import io.github.sip2kit.server.spi.RenewHandler;
import io.github.sip2kit.server.spi.Sip2BackendProvider;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.apache.commons.lang3.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIP2 server (ACS): a vendor's handlers behind a complete protocol implementation and a non-blocking network
 * transport.
 * <pre>{@code
 * Sip2Server server = Sip2Server.builder()
 *         .policies(ClientPolicies.of(ClientPolicy.builder()
 *                 .address("any").login("kiosk1", Secret.of("s3cret")).institutionId("main").build()))
 *         .onCheckout(ils::checkout)
 *         .onCheckin(ils::checkin)
 *         .onPatronInformation(ils::patronInformation)
 *         .bind(new InetSocketAddress("0.0.0.0", 6001))
 *         .build();
 * server.start();
 * // ...
 * server.close();  // stop accepting, let requests in flight finish, close
 * }</pre>
 *
 * <p>The kit answers Login (93), SC Status (99), Request ACS Resend (97) and the error-detection trailer itself,
 * checks every connection against the {@link ClientPolicies} table, and refuses, with a spec-valid negative
 * response, whatever a backend does not handle or fails at. Handlers run on a worker executor, never on the I/O
 * threads, one request at a time per connection; thousands of mostly idle kiosk connections therefore cost
 * little.
 *
 * <p>Thread-safe. {@link #start()}, {@link #shutdown(Duration)} and {@link #close()} block and must not be called
 * from a handler.
 */
public final class Sip2Server implements AutoCloseable {

    /** Default bind address: {@code 127.0.0.1:6001}, reachable from this machine only. */
    public static final InetSocketAddress DEFAULT_BIND_ADDRESS = new InetSocketAddress("127.0.0.1", 6001);

    /**
     * Default maximum number of connections: 1000. The next connection is accepted and closed at once, and reported
     * to the listener as refused.
     */
    public static final int DEFAULT_MAX_CONNECTIONS = 1000;

    /** Default login timeout: 60 seconds for a connection that must log in to send an accepted Login (93). */
    public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Default idle timeout: 10 minutes without traffic either way, above the 5 to 7 minute SC Status poll of
     * real kiosks.
     */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);

    /** Default per-request backend timeout: 30 seconds. */
    public static final Duration DEFAULT_BACKEND_TIMEOUT = ProtocolEngine.DEFAULT_BACKEND_TIMEOUT;

    /** Default number of refused logins after which a connection is closed: 3. */
    public static final int DEFAULT_MAX_FAILED_LOGINS = ProtocolEngine.DEFAULT_MAX_FAILED_LOGINS;

    /** Default size of the worker pool the server creates when it is given no executor: 32 threads. */
    public static final int DEFAULT_WORKER_THREADS = 32;

    private static final Logger LOG = LoggerFactory.getLogger(Sip2Server.class);

    private final ProtocolEngine engine;
    private final ServerTransport transport;
    private final ExecutorService ownExecutor;
    private final Duration backendTimeout;
    private volatile InetSocketAddress localAddress;

    private Sip2Server(ProtocolEngine engine, TransportSettings settings, ExecutorService ownExecutor) {
        this.engine = engine;
        this.transport = new ServerTransport(engine, settings);
        this.ownExecutor = ownExecutor;
        this.backendTimeout = engine.backendTimeout();
    }

    /** {@return a builder with the documented defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the address and starts accepting connections.
     *
     * @return this server
     * @throws IOException if the address cannot be bound
     * @throws IllegalStateException if the server was already started or shut down
     */
    public Sip2Server start() throws IOException {
        try {
            localAddress = transport.start();
        } catch (IOException | RuntimeException e) {
            shutdownOwnExecutor();
            throw e;
        }
        return this;
    }

    /**
     * {@return the address the server listens on, with the actual port when port 0 was bound}
     *
     * @throws IllegalStateException if the server has not been started
     */
    public InetSocketAddress localAddress() {
        InetSocketAddress address = localAddress;
        Validate.validState(address != null, "localAddress: not started (expected: start() first)");
        return address;
    }

    /** {@return the number of connections currently open} */
    public int connectionCount() {
        return transport.connectionCount();
    }

    /** {@return the policy table the server checks connections against} */
    public ClientPolicies policies() {
        return engine.policies();
    }

    /**
     * Shuts down gracefully: stops accepting connections, lets each request in flight finish and be answered,
     * closes every connection, and stops the I/O threads and the worker pool if the server created it (an executor
     * given to the builder is left running). Idempotent.
     *
     * @param grace how long to wait for requests in flight before closing their connections anyway
     * @return whether every request in flight finished within the grace period
     */
    public boolean shutdown(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        boolean drained = transport.shutdown(grace);
        shutdownOwnExecutor();
        return drained;
    }

    /**
     * Shuts down gracefully, waiting for requests in flight as long as the backend timeout plus one second (by then
     * each of them has been answered, at worst with a timeout refusal).
     */
    @Override
    public void close() {
        shutdown(backendTimeout.plusSeconds(1));
    }

    private void shutdownOwnExecutor() {
        if (ownExecutor == null) {
            return;
        }
        ownExecutor.shutdown();
        try {
            if (!ownExecutor.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.debug("worker pool still busy with requests that timed out; interrupting");
                ownExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            ownExecutor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        InetSocketAddress address = localAddress;
        return "Sip2Server[" + (address == null ? "not started" : address) + "]";
    }

    /**
     * Configures a {@link Sip2Server}. Handlers are registered per request type, usually by method reference; a
     * later registration for a type replaces an earlier one. Not thread-safe.
     */
    public static final class Builder {
        private final HandlerRegistry.Builder handlers = HandlerRegistry.builder();
        private final List<VendorProfile> profiles = new ArrayList<>();
        private LoginAuthenticator authenticator = LoginAuthenticator.policyTable();
        private ClientPolicies policies;
        private ServerListener listener = ServerListener.NONE;
        private Clock clock = Clock.systemDefaultZone();
        private InetSocketAddress bindAddress = DEFAULT_BIND_ADDRESS;
        private Executor executor;
        private int workerThreads = DEFAULT_WORKER_THREADS;
        private int ioThreads;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int maxFrameLength = Sip2Limits.DEFAULT_MAX_FRAME_LENGTH;
        private Duration loginTimeout = DEFAULT_LOGIN_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration backendTimeout = DEFAULT_BACKEND_TIMEOUT;
        private int maxFailedLogins = DEFAULT_MAX_FAILED_LOGINS;
        private SSLContext sslContext;
        private boolean requireClientCertificate;
        private final List<AddressPattern> trustedProxies = new ArrayList<>();

        static {
            ServerBuilderAccess.install(Builder::engineBuilder);
        }

        private Builder() {}

        // ------------------------------------------------------------ handlers

        /**
         * Registers the Block Patron (01) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onBlockPatron(BlockPatronHandler handler) {
            handlers.put(MessageType.BLOCK_PATRON, BlockPatron.class, handler);
            return this;
        }

        /**
         * Registers the Checkin (09) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onCheckin(CheckinHandler handler) {
            handlers.put(MessageType.CHECKIN, CheckinRequest.class, handler);
            return this;
        }

        /**
         * Registers the Checkout (11) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onCheckout(CheckoutHandler handler) {
            handlers.put(MessageType.CHECKOUT, CheckoutRequest.class, handler);
            return this;
        }

        /**
         * Registers the Hold (15) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onHold(HoldHandler handler) {
            handlers.put(MessageType.HOLD, HoldRequest.class, handler);
            return this;
        }

        /**
         * Registers the Item Information (17) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onItemInformation(ItemInformationHandler handler) {
            handlers.put(MessageType.ITEM_INFORMATION, ItemInformationRequest.class, handler);
            return this;
        }

        /**
         * Registers the Item Status Update (19) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onItemStatusUpdate(ItemStatusUpdateHandler handler) {
            handlers.put(MessageType.ITEM_STATUS_UPDATE, ItemStatusUpdateRequest.class, handler);
            return this;
        }

        /**
         * Registers the Patron Status Request (23) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onPatronStatus(PatronStatusHandler handler) {
            handlers.put(MessageType.PATRON_STATUS_REQUEST, PatronStatusRequest.class, handler);
            return this;
        }

        /**
         * Registers the Patron Enable (25) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onPatronEnable(PatronEnableHandler handler) {
            handlers.put(MessageType.PATRON_ENABLE, PatronEnableRequest.class, handler);
            return this;
        }

        /**
         * Registers the Renew (29) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onRenew(RenewHandler handler) {
            handlers.put(MessageType.RENEW, RenewRequest.class, handler);
            return this;
        }

        /**
         * Registers the End Patron Session (35) handler. Without one, the kit answers every End Patron Session with
         * "session ended" ({@code 36Y}).
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onEndPatronSession(EndPatronSessionHandler handler) {
            handlers.put(MessageType.END_PATRON_SESSION, EndPatronSessionRequest.class, handler);
            return this;
        }

        /**
         * Registers the Fee Paid (37) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onFeePaid(FeePaidHandler handler) {
            handlers.put(MessageType.FEE_PAID, FeePaidRequest.class, handler);
            return this;
        }

        /**
         * Registers the Patron Information (63) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onPatronInformation(PatronInformationHandler handler) {
            handlers.put(MessageType.PATRON_INFORMATION, PatronInformationRequest.class, handler);
            return this;
        }

        /**
         * Registers the Renew All (65) handler.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onRenewAll(RenewAllHandler handler) {
            handlers.put(MessageType.RENEW_ALL, RenewAllRequest.class, handler);
            return this;
        }

        /**
         * Lets a packaged backend register its handlers.
         *
         * @param provider the backend
         * @return this builder
         */
        public Builder backend(Sip2BackendProvider provider) {
            Objects.requireNonNull(provider, "provider");
            provider.register(this);
            LOG.debug("backend {} registered", provider.name());
            return this;
        }

        /**
         * Registers every backend found by {@link ServiceLoader} for {@link Sip2BackendProvider}, in the order it
         * finds them, with the thread's context class loader.
         *
         * @return this builder
         */
        public Builder discoverBackends() {
            return discoverBackends(ServiceLoader.load(Sip2BackendProvider.class));
        }

        /**
         * Registers every backend found by {@link ServiceLoader} for {@link Sip2BackendProvider} in a class loader.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discoverBackends(ClassLoader loader) {
            return discoverBackends(ServiceLoader.load(Sip2BackendProvider.class, loader));
        }

        private Builder discoverBackends(ServiceLoader<Sip2BackendProvider> loader) {
            for (Sip2BackendProvider provider : loader) {
                backend(provider);
            }
            return this;
        }

        // ------------------------------------------------------------ access and protocol

        /**
         * Sets the access table. Required: without it no connection could be admitted.
         *
         * @param policies the table
         * @return this builder
         */
        public Builder policies(ClientPolicies policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Sets who decides a Login (93). Default: {@link LoginAuthenticator#policyTable()}.
         *
         * @param authenticator the authenticator
         * @return this builder
         */
        public Builder authenticator(LoginAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /**
         * Adds a vendor profile that policies may name, besides the built-in ones; a profile named like a built-in
         * one replaces it.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(VendorProfile profile) {
            profiles.add(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /**
         * Adds vendor profiles that policies may name.
         *
         * @param profiles the profiles
         * @return this builder
         */
        public Builder profiles(Collection<VendorProfile> profiles) {
            profiles.forEach(this::profile);
            return this;
        }

        /**
         * Sets the listener. Default: {@link ServerListener#NONE}.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(ServerListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets the clock that dates responses. Default: the system clock in the default time zone.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the number of refused logins after which a connection is closed. Default:
         * {@link #DEFAULT_MAX_FAILED_LOGINS}.
         *
         * @param maxFailedLogins at least 1
         * @return this builder
         */
        public Builder maxFailedLogins(int maxFailedLogins) {
            Validate.isTrue(maxFailedLogins >= 1, "maxFailedLogins: %d (expected: >= 1)", maxFailedLogins);
            this.maxFailedLogins = maxFailedLogins;
            return this;
        }

        // ------------------------------------------------------------ transport and limits

        /**
         * Sets the address to listen on. Default: {@link #DEFAULT_BIND_ADDRESS}; use port 0 for any free port.
         *
         * @param address the address
         * @return this builder
         */
        public Builder bind(InetSocketAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Sets the executor handlers and the login authenticator run on. The server never shuts it down. Default:
         * a pool of {@link #workerThreads(int)} threads that the server creates and shuts down.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Sets the size of the worker pool the server creates when given no executor. Default:
         * {@link #DEFAULT_WORKER_THREADS}. Since each connection has at most one request in flight, this bounds the
         * backend calls running at once.
         *
         * @param workerThreads at least 1
         * @return this builder
         */
        public Builder workerThreads(int workerThreads) {
            Validate.isTrue(workerThreads >= 1, "workerThreads: %d (expected: >= 1)", workerThreads);
            this.workerThreads = workerThreads;
            return this;
        }

        /**
         * Sets the number of I/O threads. Default: 0, meaning twice the number of processors.
         *
         * @param ioThreads 0 or more
         * @return this builder
         */
        public Builder ioThreads(int ioThreads) {
            Validate.isTrue(ioThreads >= 0, "ioThreads: %d (expected: >= 0)", ioThreads);
            this.ioThreads = ioThreads;
            return this;
        }

        /**
         * Sets the maximum number of connections. Default: {@link #DEFAULT_MAX_CONNECTIONS}.
         *
         * @param maxConnections at least 1
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            Validate.isTrue(maxConnections >= 1, "maxConnections: %d (expected: >= 1)", maxConnections);
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * Sets the longest frame accepted, in bytes without the terminator. A longer frame cannot be answered
         * meaningfully, so the connection is closed (and a WARN logged). Default:
         * {@link Sip2Limits#DEFAULT_MAX_FRAME_LENGTH}. Each vendor profile's codec still applies its own limits to
         * the frames it decodes.
         *
         * @param maxFrameLength at least 1
         * @return this builder
         */
        public Builder maxFrameLength(int maxFrameLength) {
            Validate.isTrue(maxFrameLength >= 1, "maxFrameLength: %d (expected: >= 1)", maxFrameLength);
            this.maxFrameLength = maxFrameLength;
            return this;
        }

        /**
         * Sets how long a connection that must log in may take to send an accepted Login (93) before it is closed.
         * Default: {@link #DEFAULT_LOGIN_TIMEOUT}.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder loginTimeout(Duration timeout) {
            this.loginTimeout = positive(timeout, "loginTimeout");
            return this;
        }

        /**
         * Sets how long a connection may stay without traffic either way before it is closed. Default:
         * {@link #DEFAULT_IDLE_TIMEOUT}; {@link Duration#ZERO} disables the check.
         *
         * @param timeout zero or a positive duration
         * @return this builder
         */
        public Builder idleTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "idleTimeout");
            Validate.isTrue(!timeout.isNegative(), "idleTimeout: %s (expected: zero or positive)", timeout);
            this.idleTimeout = timeout;
            return this;
        }

        /**
         * Sets how long a handler (or the login authenticator) may take. When it passes, the SC receives a
         * refusal, the listener hears of it and the late result is dropped. Default:
         * {@link #DEFAULT_BACKEND_TIMEOUT}. The ACS Status (98) announces it, plus a second, as its timeout period.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder backendTimeout(Duration timeout) {
            this.backendTimeout = positive(timeout, "backendTimeout");
            return this;
        }

        /**
         * Serves TLS with this context (its key manager holds the server's certificate). Default: plain TCP.
         *
         * @param sslContext an initialised server context
         * @return this builder
         */
        public Builder tls(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Requires TLS clients to present a certificate that the TLS context's trust manager accepts. Default:
         * {@code false}. Only meaningful together with {@link #tls(SSLContext)}.
         *
         * @param required whether a client certificate is required
         * @return this builder
         */
        public Builder requireClientCertificate(boolean required) {
            this.requireClientCertificate = required;
            return this;
        }

        /**
         * Accepts the HAProxy PROXY protocol (version 1 or 2) from these proxies: each connection from one of them
         * must start with a PROXY header, and the client address it carries is the one the policy table and
         * {@link Sip2Session#remoteAddress()} see. Connections from other addresses are served as direct clients.
         * Default: none, PROXY off.
         *
         * @param proxies addresses or CIDR blocks of the proxies, such as {@code "10.0.0.10"}
         * @return this builder
         */
        public Builder trustedProxies(String... proxies) {
            for (String proxy : proxies) {
                AddressPattern pattern = AddressPattern.parse(proxy);
                Validate.isTrue(!pattern.isAny(), "trustedProxies: any (expected: the proxies' own addresses)");
                trustedProxies.add(pattern);
            }
            return this;
        }

        /**
         * {@return the server, not yet started}
         *
         * @throws IllegalStateException if no policies were set, or a client certificate is required without TLS
         * @throws IllegalArgumentException if a policy names an unknown vendor profile
         */
        public Sip2Server build() {
            Validate.validState(policies != null,
                    "policies: not set (expected: a ClientPolicies table, such as ClientPolicies.of(...))");
            Validate.validState(!requireClientCertificate || sslContext != null,
                    "requireClientCertificate: true without TLS (expected: tls(SSLContext) as well)");
            ExecutorService own = executor == null ? newWorkerPool(workerThreads) : null;
            ProtocolEngine.Builder engine = engineBuilder().executor(own != null ? own : executor);
            ProtocolEngine built;
            try {
                built = engine.build();
            } catch (RuntimeException e) {
                if (own != null) {
                    own.shutdown();
                }
                throw e;
            }
            TransportSettings settings = new TransportSettings(bindAddress, maxConnections, maxFrameLength,
                    loginTimeout, idleTimeout, ioThreads, java.util.Optional.ofNullable(sslContext),
                    requireClientCertificate, trustedProxies);
            return new Sip2Server(built, settings, own);
        }

        /** {@return an engine builder with this builder's protocol configuration; no executor, policies if set} */
        private ProtocolEngine.Builder engineBuilder() {
            ProtocolEngine.Builder engine = ProtocolEngine.builder()
                    .handlers(handlers.build())
                    .authenticator(authenticator)
                    .listener(listener)
                    .clock(clock)
                    .backendTimeout(backendTimeout)
                    .maxFailedLogins(maxFailedLogins);
            if (policies != null) {
                engine.policies(policies);
            }
            profiles.forEach(engine::profile);
            return engine;
        }

        private static Duration positive(Duration timeout, String name) {
            Objects.requireNonNull(timeout, name);
            Validate.isTrue(!timeout.isNegative() && !timeout.isZero(), "%s: %s (expected: a positive duration)",
                    name, timeout);
            return timeout;
        }

        private static ExecutorService newWorkerPool(int threads) {
            AtomicInteger count = new AtomicInteger();
            ThreadFactory factory = runnable -> {
                Thread thread = new Thread(runnable, "sip2-worker-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
