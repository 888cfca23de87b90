package io.github.sip2kit.server.internal;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The transport's settings, as the server builder validated them.
 *
 * @param bindAddress where to listen
 * @param maxConnections connections served at once; further ones are accepted and closed at once
 * @param maxFrameLength the longest frame accepted, in bytes; a longer one closes the connection
 * @param loginTimeout how long a connection that must log in may take to do so (also the time a trusted proxy
 *     has to send its PROXY header)
 * @param idleTimeout how long a connection may stay without traffic either way
 * @param ioThreads number of I/O (event loop) threads; 0 for Netty's default of twice the processors
 * @param sslContext the server's TLS context, or empty for plain TCP
 * @param requireClientCertificate whether TLS clients must present a certificate the context's trust manager
 *     accepts
 * @param trustedProxies addresses of proxies whose connections start with a PROXY protocol header
 */
public record TransportSettings(
        InetSocketAddress bindAddress,
        int maxConnections,
        int maxFrameLength,
        Duration loginTimeout,
        Duration idleTimeout,
        int ioThreads,
        Optional<SSLContext> sslContext,
        boolean requireClientCertificate,
        List<AddressPattern> trustedProxies) {

    /**
     * Validates the components.
     *
     * @param bindAddress where to listen
     * @param maxConnections connections served at once
     * @param maxFrameLength the longest frame accepted
     * @param loginTimeout the login timeout
     * @param idleTimeout the idle timeout
     * @param ioThreads number of I/O threads
     * @param sslContext the TLS context, or empty
     * @param requireClientCertificate whether clients must present a certificate
     * @param trustedProxies the trusted proxies
     */
    public TransportSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(loginTimeout, "loginTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(sslContext, "sslContext");
        trustedProxies = List.copyOf(trustedProxies);
    }
}
