package io.github.sip2kit.server.internal;

import io.github.sip2kit.server.Sip2Server;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the protocol configuration of a {@link Sip2Server.Builder} (handlers, login authenticator, policies,
 * vendor profiles, listener, clock, backend timeout, failed-login limit) as a {@link ProtocolEngine.Builder}, without
 * adding public API to the builder. The testkit's contract test and fake ACS use it to drive a vendor's handlers
 * through the real protocol engine without a network transport.
 *
 * <p>{@link Sip2Server.Builder} installs the accessor when its class is initialised, which has happened once a
 * builder exists. Thread-safe.
 */
public final class ServerBuilderAccess {

    private static volatile Function<Sip2Server.Builder, ProtocolEngine.Builder> access;

    private ServerBuilderAccess() {}

    /**
     * Installs the accessor; only the first call counts.
     *
     * @param accessor reads a server builder's configuration into a new engine builder
     */
    public static synchronized void install(Function<Sip2Server.Builder, ProtocolEngine.Builder> accessor) {
        Objects.requireNonNull(accessor, "accessor");
        if (access == null) {
            access = accessor;
        }
    }

    /**
     * {@return a new engine builder holding the server builder's protocol configuration} Its executor is not set, and
     * its policies only when the server builder has some. Later changes to either builder do not affect the other.
     *
     * @param server the server builder
     */
    public static ProtocolEngine.Builder engine(Sip2Server.Builder server) {
        Objects.requireNonNull(server, "server");
        Function<Sip2Server.Builder, ProtocolEngine.Builder> accessor = access;
        if (accessor == null) {
            throw new IllegalStateException("ServerBuilderAccess: no accessor installed (expected: the "
                    + "Sip2Server.Builder class to install it when initialised)");
        }
        return accessor.apply(server);
    }
}
