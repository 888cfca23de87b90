/**
 * What a backend implements: one functional interface per SC request ({@link
 * io.github.sip2kit.server.spi.CheckoutHandler}, {@link io.github.sip2kit.server.spi.CheckinHandler}, …, all
 * specialising {@link io.github.sip2kit.server.spi.Sip2Handler}), the
 * {@link io.github.sip2kit.server.spi.LoginAuthenticator} that decides a Login (93), and
 * {@link io.github.sip2kit.server.spi.Sip2BackendProvider} for discovery through {@link java.util.ServiceLoader}.
 *
 * <p>Thread-safety: the server calls handlers and authenticators on its worker threads, one request at a time per
 * connection but concurrently across connections, so implementations must be thread-safe. They may block.
 *
 * <p>Unless otherwise stated, passing {@code null} to any method in this package throws
 * {@link java.lang.NullPointerException}, and handlers are never passed {@code null}.
 */
package io.github.sip2kit.server.spi;
