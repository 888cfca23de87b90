package io.github.sip2kit.server;

import java.util.Objects;

/**
 * A server configuration file that cannot be used: malformed JSON, an unknown or missing key, a value of the wrong
 * type or out of range, or key material that cannot be read. The message names the place as a path into the JSON
 * document, then the problem:
 *
 * <pre>{@code
 * policies[2].address: "10.0.0.300" is not an IP address or CIDR block (expected: "any", an IPv4 or IPv6 address, ...)
 * limits.backendTimeout: 30 is not a string with a unit (expected: a positive duration such as "30s", ...)
 * limits.maxConection: unknown key (expected one of: maxConnections, maxFrameLength, ...)
 * tls.keyStorePassword: does not open tls.keyStore (expected: the PKCS#12 file's password)
 * }</pre>
 *
 * <p>No message ever holds a password value.
 */
public final class Sip2ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The path. */
    private final String path;

    /** The problem. */
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param path where the problem is, such as {@code policies[2].address}; empty for the document as a whole
     * @param problem what is wrong, such as {@code missing (expected: a string)}
     */
    public Sip2ConfigException(String path, String problem) {
        super(Objects.requireNonNull(path, "path").isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * Creates an exception with a cause.
     *
     * @param path where the problem is, such as {@code policies[2].address}; empty for the document as a whole
     * @param problem what is wrong
     * @param cause the underlying exception
     */
    public Sip2ConfigException(String path, String problem, Throwable cause) {
        this(path, problem);
        initCause(cause);
    }

    /** {@return where the problem is, as a path such as {@code profiles.kiosks.charset}; empty for the whole document} */
    public String path() {
        return path;
    }

    /** {@return what is wrong, without the path} */
    public String problem() {
        return problem;
    }
}
