package io.github.sip2kit.server;

import io.github.sip2kit.codec.VendorProfile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A server configuration read from the operator's JSON file: listen address, TLS, PROXY protocol, limits, threads,
 * vendor profiles and the policy table. Handlers stay code; the file configures everything around them:
 * <pre>{@code
 * Sip2Server server = Sip2ServerConfig.load(Path.of("/etc/sip2/server.json"))
 *         .applyTo(Sip2Server.builder())
 *         .onCheckout(ils::checkout)
 *         .onCheckin(ils::checkin)
 *         .build()
 *         .start();
 * }</pre>
 *
 * <p>The format is documented key by key in {@code docs/server-kit.md} ("Configuration file"). In short: a JSON
 * object ({@code //} and {@code /* *}{@code /} comments allowed) with the keys {@code listen}, {@code tls},
 * {@code proxyProtocol}, {@code limits}, {@code threads}, {@code profiles}, {@code policies} (the only required
 * one) and {@code description}. Durations are strings: a whole number with the unit {@code ms}, {@code s},
 * {@code m}, {@code h} or {@code d} ({@code "30s"}, {@code "10m"}), or ISO-8601 ({@code "PT30S"}). TLS key material
 * is read with the JDK alone: a PEM certificate chain with an unencrypted PKCS#8 PEM private key (RSA, EC or
 * EdDSA), or a PKCS#12 key store; relative file names are resolved against the configuration file's directory.
 *
 * <p>Everything is checked, and key material loaded, when the file is read: a bad file fails with a
 * {@link Sip2ConfigException} whose message names the JSON path and key, such as
 * {@code policies[2].address: "10.0.0.300" is not an IP address or CIDR block (expected: ...)}. Unknown keys are
 * rejected with their path, so a misspelt limit never goes unnoticed.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Sip2ServerConfig {

    private final Optional<InetSocketAddress> bindAddress;
    private final Optional<SSLContext> tls;
    private final boolean requireClientCertificate;
    private final List<String> trustedProxies;
    private final OptionalInt maxConnections;
    private final OptionalInt maxFrameLength;
    private final OptionalInt maxFailedLogins;
    private final Optional<Duration> loginTimeout;
    private final Optional<Duration> idleTimeout;
    private final Optional<Duration> backendTimeout;
    private final OptionalInt workerThreads;
    private final OptionalInt ioThreads;
    private final List<VendorProfile> profiles;
    private final ClientPolicies policies;

    Sip2ServerConfig(ConfigReader.Values values) {
        this.bindAddress = values.bindAddress;
        this.tls = values.tls;
        this.requireClientCertificate = values.requireClientCertificate;
        this.trustedProxies = List.copyOf(values.trustedProxies);
        this.maxConnections = values.maxConnections;
        this.maxFrameLength = values.maxFrameLength;
        this.maxFailedLogins = values.maxFailedLogins;
        this.loginTimeout = values.loginTimeout;
        this.idleTimeout = values.idleTimeout;
        this.backendTimeout = values.backendTimeout;
        this.workerThreads = values.workerThreads;
        this.ioThreads = values.ioThreads;
        this.profiles = List.copyOf(values.profiles);
        this.policies = Objects.requireNonNull(values.policies, "policies");
    }

    /**
     * Reads a configuration file (UTF-8). Relative paths of TLS files are resolved against the file's directory.
     *
     * @param file the JSON file
     * @return the configuration
     * @throws IOException if the file cannot be read
     * @throws Sip2ConfigException if the file is not a valid configuration, or key material it names cannot be
     *     used
     */
    public static Sip2ServerConfig load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Path directory = file.toAbsolutePath().getParent();
        return parse(json, directory == null ? Path.of("") : directory);
    }

    /**
     * Reads a configuration from text. Relative paths of TLS files are resolved against the working directory.
     *
     * @param json the JSON document
     * @return the configuration
     * @throws Sip2ConfigException if the text is not a valid configuration, or key material it names cannot be
     *     used
     */
    public static Sip2ServerConfig parse(String json) {
        return parse(json, Path.of(""));
    }

    /**
     * Reads a configuration from text.
     *
     * @param json the JSON document
     * @param baseDirectory the directory relative paths of TLS files are resolved against
     * @return the configuration
     * @throws Sip2ConfigException if the text is not a valid configuration, or key material it names cannot be
     *     used
     */
    public static Sip2ServerConfig parse(String json, Path baseDirectory) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        return new Sip2ServerConfig(ConfigReader.read(json, baseDirectory));
    }

    /**
     * Applies every setting the file holds to a server builder: policies, profiles, and, where the file sets them,
     * the bind address, TLS, client-certificate requirement, trusted proxies, limits and thread counts. Settings the
     * file leaves out keep the builder's values (its documented defaults, unless set before). Handlers, listener,
     * clock, executor and login authenticator stay code.
     *
     * @param builder the builder
     * @return the same builder, to register handlers on
     */
    public Sip2Server.Builder applyTo(Sip2Server.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        builder.policies(policies).profiles(profiles);
        bindAddress.ifPresent(builder::bind);
        tls.ifPresent(builder::tls);
        if (tls.isPresent()) {
            builder.requireClientCertificate(requireClientCertificate);
        }
        builder.trustedProxies(trustedProxies.toArray(new String[0]));
        maxConnections.ifPresent(builder::maxConnections);
        maxFrameLength.ifPresent(builder::maxFrameLength);
        maxFailedLogins.ifPresent(builder::maxFailedLogins);
        loginTimeout.ifPresent(builder::loginTimeout);
        idleTimeout.ifPresent(builder::idleTimeout);
        backendTimeout.ifPresent(builder::backendTimeout);
        workerThreads.ifPresent(builder::workerThreads);
        ioThreads.ifPresent(builder::ioThreads);
        return builder;
    }

    /** {@return the address to listen on ({@code listen}), if the file sets one} */
    public Optional<InetSocketAddress> bindAddress() {
        return bindAddress;
    }

    /** {@return the TLS context built from the key material of {@code tls}; empty for plain TCP} */
    public Optional<SSLContext> tls() {
        return tls;
    }

    /** {@return whether TLS clients must present a trusted certificate ({@code tls.requireClientCertificate})} */
    public boolean requireClientCertificate() {
        return requireClientCertificate;
    }

    /** {@return the proxies whose PROXY protocol headers are trusted ({@code proxyProtocol.trustedProxies})} */
    public List<String> trustedProxies() {
        return trustedProxies;
    }

    /** {@return {@code limits.maxConnections}, if set} */
    public OptionalInt maxConnections() {
        return maxConnections;
    }

    /** {@return {@code limits.maxFrameLength}, if set} */
    public OptionalInt maxFrameLength() {
        return maxFrameLength;
    }

    /** {@return {@code limits.maxFailedLogins}, if set} */
    public OptionalInt maxFailedLogins() {
        return maxFailedLogins;
    }

    /** {@return {@code limits.loginTimeout}, if set} */
    public Optional<Duration> loginTimeout() {
        return loginTimeout;
    }

    /** {@return {@code limits.idleTimeout}, if set; zero turns the idle check off} */
    public Optional<Duration> idleTimeout() {
        return idleTimeout;
    }

    /** {@return {@code limits.backendTimeout}, if set} */
    public Optional<Duration> backendTimeout() {
        return backendTimeout;
    }

    /** {@return {@code threads.workers}, if set} */
    public OptionalInt workerThreads() {
        return workerThreads;
    }

    /** {@return {@code threads.io}, if set} */
    public OptionalInt ioThreads() {
        return ioThreads;
    }

    /** {@return the vendor profiles the file defines ({@code profiles}), in file order} */
    public List<VendorProfile> profiles() {
        return profiles;
    }

    /** {@return the policy table ({@code policies})} */
    public ClientPolicies policies() {
        return policies;
    }

    /** {@return a summary without secrets} */
    @Override
    public String toString() {
        return "Sip2ServerConfig[listen=" + bindAddress.map(String::valueOf).orElse("default")
                + ", tls=" + (tls.isPresent() ? (requireClientCertificate ? "on, client certificates" : "on") : "off")
                + ", trustedProxies=" + trustedProxies
                + ", profiles=" + profiles.stream().map(VendorProfile::name).collect(Collectors.toList())
                + ", policies=" + policies.policies().size() + "]";
    }
}
