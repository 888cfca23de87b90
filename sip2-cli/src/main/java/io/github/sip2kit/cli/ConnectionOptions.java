package io.github.sip2kit.cli;

import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.field.Secret;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where and how {@code send} and {@code shell} connect, and the values their requests start from. */
final class ConnectionOptions {

    /** The environment variable read when {@code --user} is given without {@code --password}. */
    static final String PASSWORD_VARIABLE = "SIP2_PASSWORD";

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "ACS host name or address (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "6001",
            description = "ACS port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--tls", description = "Connect with TLS; the host name must match the server's certificate.")
    boolean tls;

    @Option(names = "--trust-store", paramLabel = "FILE",
            description = "With --tls: trust the certificates in this key store (PKCS12 or JKS) instead of the "
                    + "JDK's default trust store, for a server with a self-signed certificate.")
    Path trustStore;

    @Option(names = "--trust-store-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password of the trust store (default: none).")
    char[] trustStorePassword;

    @Option(names = {"-u", "--user"}, paramLabel = "USER",
            description = "Log in (93) with this login user id (CN) before the requests.")
    String user;

    @Option(names = {"-p", "--password"}, paramLabel = "PASSWORD",
            description = "Login password (CO); default: the environment variable " + PASSWORD_VARIABLE
                    + ", else asked for on the terminal.")
    String password;

    @Option(names = "--location", paramLabel = "CODE",
            description = "Location code: CP of the login, and current location (AP) of a checkin.")
    String location;

    @Option(names = "--institution", paramLabel = "ID", defaultValue = "",
            description = "Institution id (AO) of every request (default: empty).")
    String institution;

    @Option(names = "--terminal-password", paramLabel = "PASSWORD",
            description = "Terminal password (AC) of every request that has one (default: empty).")
    String terminalPassword;

    @Option(names = "--error-detection", paramLabel = "ON|AUTO|OFF",
            description = "Sequence numbers and checksums: ON (requests sealed, responses must be), AUTO "
                    + "(responses checked when sealed) or OFF (default: the profile's; AUTO for the built-in ones).")
    ErrorDetection errorDetection;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for a response (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    CodecOptions codecOptions;

    Sip2Client client() {
        if (port < 0 || port > 65535) {
            throw CliException.usage("--port: " + port + " (expected: 0 to 65535)");
        }
        if (timeoutSeconds < 1) {
            throw CliException.usage("--timeout: " + timeoutSeconds + " (expected: 1 second or more)");
        }
        VendorProfile profile = codecOptions.vendorProfile();
        Sip2Client.Builder builder = Sip2Client.builder()
                .address(host, port)
                .profile(profile)
                .responseTimeout(Duration.ofSeconds(timeoutSeconds))
                .institutionId(institution);
        if (errorDetection != null) {
            builder.errorDetection(errorDetection);
        }
        if (terminalPassword != null) {
            builder.terminalPassword(Secret.of(terminalPassword));
        }
        if (trustStore != null && !tls) {
            throw CliException.usage("--trust-store: given without --tls (expected: both, or neither)");
        }
        if (tls) {
            if (trustStore != null) {
                if (!Files.isReadable(trustStore)) {
                    throw CliException.usage("--trust-store: " + trustStore + " (expected: a readable key store file)");
                }
                try {
                    builder.tls(trustStore, trustStorePassword != null ? trustStorePassword : new char[0]);
                } catch (IllegalArgumentException e) {
                    throw new CliException(Sip2Cli.EXIT_USAGE, "--trust-store: " + e.getMessage(), e);
                }
            } else {
                try {
                    builder.tls(SSLContext.getDefault());
                } catch (NoSuchAlgorithmException e) {
                    throw new CliException(Sip2Cli.EXIT_FAILURE, "no default TLS context: " + e.getMessage(), e);
                }
            }
        }
        return builder.build();
    }

    ShortForms.Defaults defaults() {
        return new ShortForms.Defaults(institution, location != null ? location : "",
                terminalPassword != null ? terminalPassword : "", Clock.systemDefaultZone());
    }

    /** {@return the login password: the option, the environment variable, or typed on the terminal} */
    String loginPassword() {
        if (password != null) {
            return password;
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for %s: ", user);
            if (typed != null) {
                return new String(typed);
            }
        }
        throw CliException.usage("--password: missing for --user " + user + " (expected: --password, the "
                + "environment variable " + PASSWORD_VARIABLE + ", or a terminal to type it on)");
    }

    String peer() {
        return host + ":" + port + (tls ? " (TLS)" : "");
    }
}
