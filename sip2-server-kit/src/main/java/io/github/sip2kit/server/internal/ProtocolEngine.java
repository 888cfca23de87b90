package io.github.sip2kit.server.internal;

import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.RefusalReason;
import io.github.sip2kit.server.ServerListener;
import io.github.sip2kit.server.Sip2Session;
import io.github.sip2kit.server.spi.LoginAuthenticator;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.commons.lang3.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the protocol sessions of one server share: handlers, login authenticator, policy table, vendor
 * profiles, listener, clock, worker executor and limits. It admits connections ({@link #open}) and creates their
 * {@link ProtocolSession}s. Immutable and thread-safe; it owns no threads.
 */
public final class ProtocolEngine {

    /** Default per-request backend timeout: 30 seconds. */
    public static final Duration DEFAULT_BACKEND_TIMEOUT = Duration.ofSeconds(30);

    /** Default number of refused logins after which a connection is closed: 3. */
    public static final int DEFAULT_MAX_FAILED_LOGINS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolEngine.class);

    private final HandlerRegistry handlers;
    private final LoginAuthenticator authenticator;
    private final ClientPolicies policies;
    private final Map<String, VendorProfile> profiles;
    private final ServerListener listener;
    private final Clock clock;
    private final Executor executor;
    private final Duration backendTimeout;
    private final int maxFailedLogins;
    private final AtomicLong connectionIds = new AtomicLong();

    private ProtocolEngine(Builder b) {
        this.handlers = b.handlers;
        this.authenticator = b.authenticator;
        this.policies = b.policies;
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(b.profiles));
        this.listener = b.listener;
        this.clock = b.clock;
        this.executor = b.executor;
        this.backendTimeout = b.backendTimeout;
        this.maxFailedLogins = b.maxFailedLogins;
        for (ClientPolicy policy : policies.policies()) {
            if (!profiles.containsKey(policy.profileName())) {
                throw new IllegalArgumentException("policies: the policy for address " + policy.address()
                        + " and institution " + policy.institutionId() + " names vendor profile \""
                        + policy.profileName() + "\" (expected: one of " + profiles.keySet() + ")");
            }
        }
    }

    /** {@return a builder; policies and executor are required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Admits a connection or refuses it. A refusal is logged at WARN and reported to the listener; an admission is
     * logged at DEBUG and reported as {@link ServerListener#connectionOpened}.
     *
     * @param remoteAddress the client's address (behind a trusted proxy, the address the proxy reports)
     * @return the connection's protocol session, or empty when the connection must be closed at once
     */
    public Optional<ProtocolSession> open(InetSocketAddress remoteAddress) {
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        List<ClientPolicy> group = remoteAddress.getAddress() == null
                ? List.of()
                : policies.policiesFor(remoteAddress.getAddress());
        if (group.isEmpty()) {
            refuse(remoteAddress, RefusalReason.UNKNOWN_ADDRESS, "no client policy matches the address");
            return Optional.empty();
        }
        String id = "c" + connectionIds.incrementAndGet();
        Sip2Session.Builder session = Sip2Session.builder()
                .connectionId(id)
                .remoteAddress(remoteAddress)
                .clock(clock)
                .profile(profiles.get(group.get(0).profileName()));
        List<ClientPolicy> candidates = new ArrayList<>();
        ClientPolicy loginFree = null;
        for (ClientPolicy policy : group) {
            if (policy.requiresLogin()) {
                candidates.add(policy);
            } else {
                loginFree = policy;
            }
        }
        if (loginFree != null) {
            if (!loginFree.activated()) {
                refuse(remoteAddress, RefusalReason.POLICY_DEACTIVATED,
                        "its policy (institution " + loginFree.institutionId() + ") is deactivated");
                return Optional.empty();
            }
            session.policy(loginFree);
        }
        ProtocolSession protocolSession = new ProtocolSession(this, session.build(), candidates);
        LOG.debug("{}: connection from {} opened ({})", id, remoteAddress,
                loginFree != null ? "no login needed, institution " + loginFree.institutionId()
                        : candidates.size() + " login account(s)");
        notify(l -> l.connectionOpened(protocolSession.session()));
        return Optional.of(protocolSession);
    }

    /**
     * Reports a connection closed before any SIP2 exchange, for reasons the transport decides.
     *
     * @param remoteAddress the client's address
     * @param reason why
     * @param detail a few words for the log
     */
    public void refuse(InetSocketAddress remoteAddress, RefusalReason reason, String detail) {
        LOG.warn("connection from {} refused: {}", remoteAddress, detail);
        notify(l -> l.connectionRefused(remoteAddress, reason));
    }

    /** {@return the handlers} */
    public HandlerRegistry handlers() {
        return handlers;
    }

    /** {@return the login authenticator} */
    public LoginAuthenticator authenticator() {
        return authenticator;
    }

    /** {@return the policy table} */
    public ClientPolicies policies() {
        return policies;
    }

    /**
     * {@return the vendor profile of this name: a built-in one or one given to the server}
     *
     * @param name the profile name
     */
    public Optional<VendorProfile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    /** {@return the clock} */
    public Clock clock() {
        return clock;
    }

    /** {@return the worker executor handlers run on} */
    public Executor executor() {
        return executor;
    }

    /** {@return the per-request backend timeout} */
    public Duration backendTimeout() {
        return backendTimeout;
    }

    /** {@return how many refused logins close a connection} */
    public int maxFailedLogins() {
        return maxFailedLogins;
    }

    /**
     * Calls the listener, logging and swallowing what it throws.
     *
     * @param event the call
     */
    void notify(Consumer<ServerListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            LOG.warn("server listener threw; event ignored", e);
        }
    }

    /** Builds a {@link ProtocolEngine}; not thread-safe. */
    public static final class Builder {
        private HandlerRegistry handlers = HandlerRegistry.builder().build();
        private LoginAuthenticator authenticator = LoginAuthenticator.policyTable();
        private ClientPolicies policies;
        private final Map<String, VendorProfile> profiles = new LinkedHashMap<>();
        private ServerListener listener = ServerListener.NONE;
        private Clock clock = Clock.systemDefaultZone();
        private Executor executor;
        private Duration backendTimeout = DEFAULT_BACKEND_TIMEOUT;
        private int maxFailedLogins = DEFAULT_MAX_FAILED_LOGINS;

        private Builder() {
            for (VendorProfile profile : VendorProfile.builtIns()) {
                profiles.put(profile.name(), profile);
            }
        }

        /**
         * Sets the handlers.
         *
         * @param handlers the registry
         * @return this builder
         */
        public Builder handlers(HandlerRegistry handlers) {
            this.handlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /**
         * Sets the login authenticator. Default: {@link LoginAuthenticator#policyTable()}.
         *
         * @param authenticator the authenticator
         * @return this builder
         */
        public Builder authenticator(LoginAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /**
         * Sets the policy table. Required.
         *
         * @param policies the table
         * @return this builder
         */
        public Builder policies(ClientPolicies policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Adds a vendor profile, replacing a built-in one of the same name.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(VendorProfile profile) {
            Objects.requireNonNull(profile, "profile");
            profiles.put(profile.name(), profile);
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
         * Sets the clock. Default: the system clock in the default time zone.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the worker executor. Required.
         *
         * @param executor the executor handlers and the authenticator run on
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Sets the per-request backend timeout. Default: {@link #DEFAULT_BACKEND_TIMEOUT}.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder backendTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "backendTimeout");
            Validate.isTrue(!timeout.isNegative() && !timeout.isZero(),
                    "backendTimeout: %s (expected: a positive duration)", timeout);
            this.backendTimeout = timeout;
            return this;
        }

        /**
         * Sets how many refused logins close a connection. Default: {@link #DEFAULT_MAX_FAILED_LOGINS}.
         *
         * @param maxFailedLogins at least 1
         * @return this builder
         */
        public Builder maxFailedLogins(int maxFailedLogins) {
            Validate.isTrue(maxFailedLogins >= 1, "maxFailedLogins: %d (expected: >= 1)", maxFailedLogins);
            this.maxFailedLogins = maxFailedLogins;
            return this;
        }

        /**
         * {@return the engine}
         *
         * @throws IllegalStateException if the policies or the executor were not set
         * @throws IllegalArgumentException if a policy names an unknown vendor profile
         */
        public ProtocolEngine build() {
            Validate.validState(policies != null, "policies: not set (expected: a ClientPolicies table)");
            Validate.validState(executor != null, "executor: not set (expected: a worker executor)");
            return new ProtocolEngine(this);
        }
    }
}
