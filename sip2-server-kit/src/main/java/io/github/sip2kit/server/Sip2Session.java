package io.github.sip2kit.server;

import io.github.sip2kit.codec.VendorProfile;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.lang3.Validate;

/**
 * What a handler knows about the connection a request came on: who the SC is (login id, policy, remote address),
 * what it serves (institution, location, vendor profile), the server's clock, and a map of attributes the backend
 * may keep per connection (a patron session, a cached ILS token).
 *
 * <p>The server creates sessions; handlers receive them. A session value describes the connection as it was when
 * the request arrived: a later Login (93) that switches the connection to another policy produces a new value.
 * Every value of one connection shares the same {@link #attributes()} map, which is thread-safe. Tests of a
 * handler build a session with {@link #builder()}.
 *
 * <p>Instances are immutable apart from the attribute map, and thread-safe.
 */
public final class Sip2Session {

    private final String connectionId;
    private final InetSocketAddress remoteAddress;
    private final Optional<ClientPolicy> policy;
    private final Optional<String> loginUserId;
    private final String institutionId;
    private final Optional<String> locationCode;
    private final VendorProfile profile;
    private final Clock clock;
    private final boolean loggedIn;
    private final ConcurrentMap<String, Object> attributes;

    private Sip2Session(Builder b) {
        this.connectionId = b.connectionId;
        this.remoteAddress = b.remoteAddress;
        this.policy = b.policy;
        this.loginUserId = b.loginUserId;
        this.institutionId = b.institutionId;
        this.locationCode = b.locationCode;
        this.profile = b.profile;
        this.clock = b.clock;
        this.loggedIn = b.loggedIn;
        this.attributes = b.attributes;
    }

    /** {@return a builder for a session, as tests of a handler need; the attribute map starts empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this session's values and sharing its attribute map} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return an identifier of the connection, unique within the server, for logs} */
    public String connectionId() {
        return connectionId;
    }

    /**
     * {@return the SC's address: the TCP peer, or behind a trusted proxy speaking the PROXY protocol, the client
     * address the proxy reports}
     */
    public InetSocketAddress remoteAddress() {
        return remoteAddress;
    }

    /**
     * {@return the client policy the connection uses; empty while a connection that must log in has not done so}
     */
    public Optional<ClientPolicy> policy() {
        return policy;
    }

    /** {@return the login user id (CN) of the accepted Login (93); empty when the SC has not logged in} */
    public Optional<String> loginUserId() {
        return loginUserId;
    }

    /** {@return the institution id (AO) the connection serves; empty text before the SC has logged in} */
    public String institutionId() {
        return institutionId;
    }

    /**
     * {@return the location or branch the connection serves: the policy's, else the location code (CP) of the
     * Login (93)}
     */
    public Optional<String> locationCode() {
        return locationCode;
    }

    /** {@return the vendor profile the connection is spoken with} */
    public VendorProfile profile() {
        return profile;
    }

    /** {@return the server's clock; responses take their transaction date from it} */
    public Clock clock() {
        return clock;
    }

    /**
     * {@return whether a Login (93) was accepted on this connection} A connection from an address whose policy needs
     * no login is served without one; {@link #policy()} is then present while this is {@code false}.
     */
    public boolean loggedIn() {
        return loggedIn;
    }

    /**
     * {@return per-connection attributes for the backend} The map is thread-safe, rejects {@code null} keys and
     * values, and lives as long as the connection.
     */
    public ConcurrentMap<String, Object> attributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return "Sip2Session[" + connectionId + " " + remoteAddress
                + (loggedIn ? " login " + loginUserId.orElse("") : "")
                + ", institution " + institutionId + locationCode.map(l -> ", location " + l).orElse("")
                + ", profile " + profile.name() + "]";
    }

    /** Builds {@link Sip2Session} values; not thread-safe. */
    public static final class Builder {
        private String connectionId = "test";
        private InetSocketAddress remoteAddress = new InetSocketAddress("127.0.0.1", 0);
        private Optional<ClientPolicy> policy = Optional.empty();
        private Optional<String> loginUserId = Optional.empty();
        private String institutionId = "";
        private Optional<String> locationCode = Optional.empty();
        private VendorProfile profile = VendorProfile.defaults();
        private Clock clock = Clock.systemDefaultZone();
        private boolean loggedIn;
        private final ConcurrentMap<String, Object> attributes;

        private Builder() {
            this.attributes = new ConcurrentHashMap<>();
        }

        private Builder(Sip2Session s) {
            this.connectionId = s.connectionId;
            this.remoteAddress = s.remoteAddress;
            this.policy = s.policy;
            this.loginUserId = s.loginUserId;
            this.institutionId = s.institutionId;
            this.locationCode = s.locationCode;
            this.profile = s.profile;
            this.clock = s.clock;
            this.loggedIn = s.loggedIn;
            this.attributes = s.attributes;
        }

        /**
         * Sets the connection id. Default: {@code "test"}.
         *
         * @param connectionId a non-blank identifier
         * @return this builder
         */
        public Builder connectionId(String connectionId) {
            this.connectionId = Validate.notBlank(connectionId, "connectionId: blank (expected: an identifier)");
            return this;
        }

        /**
         * Sets the remote address. Default: {@code 127.0.0.1:0}.
         *
         * @param remoteAddress the SC's address
         * @return this builder
         */
        public Builder remoteAddress(InetSocketAddress remoteAddress) {
            this.remoteAddress = Objects.requireNonNull(remoteAddress, "remoteAddress");
            return this;
        }

        /**
         * Sets the policy in use and takes institution and location from it. Default: none.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(ClientPolicy policy) {
            this.policy = Optional.of(Objects.requireNonNull(policy, "policy"));
            this.institutionId = policy.institutionId();
            this.locationCode = policy.locationCode();
            return this;
        }

        /**
         * Sets the login user id of an accepted Login (93) and marks the session logged in. Default: not logged in.
         *
         * @param loginUserId the login user id (CN)
         * @return this builder
         */
        public Builder loggedIn(String loginUserId) {
            this.loginUserId = Optional.of(Objects.requireNonNull(loginUserId, "loginUserId"));
            this.loggedIn = true;
            return this;
        }

        /**
         * Sets the institution id. Default: empty text, or the policy's.
         *
         * @param institutionId the institution id (AO)
         * @return this builder
         */
        public Builder institutionId(String institutionId) {
            this.institutionId = Objects.requireNonNull(institutionId, "institutionId");
            return this;
        }

        /**
         * Sets or clears the location. Default: none, or the policy's.
         *
         * @param locationCode the location code, or empty
         * @return this builder
         */
        public Builder locationCode(Optional<String> locationCode) {
            this.locationCode = Objects.requireNonNull(locationCode, "locationCode");
            return this;
        }

        /**
         * Sets the vendor profile. Default: {@link VendorProfile#defaults()}.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(VendorProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
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

        /** {@return the session} */
        public Sip2Session build() {
            return new Sip2Session(this);
        }
    }
}
