package io.github.sip2kit.server.spi;

import io.github.sip2kit.server.Sip2Server;

/**
 * A backend packaged for discovery: a vendor's class that registers its handlers (and, if it has one, its login
 * authenticator) on a server builder. Listed in
 * {@code META-INF/services/io.github.sip2kit.server.spi.Sip2BackendProvider}, or provided by a module
 * ({@code provides io.github.sip2kit.server.spi.Sip2BackendProvider with ...}), it is found by
 * {@link Sip2Server.Builder#discoverBackends()}:
 * <pre>{@code
 * public final class AcmeIlsBackend implements Sip2BackendProvider {
 *     public String name() { return "acme-ils"; }
 *     public void register(Sip2Server.Builder server) {
 *         AcmeIls ils = AcmeIls.fromEnvironment();
 *         server.onCheckout(ils::checkout).onCheckin(ils::checkin).onPatronInformation(ils::patronInformation);
 *     }
 * }
 * }</pre>
 *
 * <p>Discovery is a convenience; registering handlers explicitly on the builder, or passing a provider to
 * {@link Sip2Server.Builder#backend(Sip2BackendProvider)}, is the main path. A provider needs a public no-argument
 * constructor (or, in a module, a public static {@code provider()} method).
 */
public interface Sip2BackendProvider {

    /** {@return a short name for logs and configuration, such as {@code "acme-ils"}} */
    String name();

    /**
     * Registers this backend's handlers on a server builder.
     *
     * @param server the builder to register on
     */
    void register(Sip2Server.Builder server);
}
