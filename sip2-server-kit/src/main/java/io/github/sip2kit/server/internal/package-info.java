/**
 * The kit's implementation: the transport-agnostic protocol engine ({@link
 * io.github.sip2kit.server.internal.ProtocolEngine}, {@link io.github.sip2kit.server.internal.ProtocolSession}),
 * handler registry, refusals and address patterns. Not part of the API; exported only to the testkit, whose
 * contract tests drive the engine without sockets.
 *
 * <p>Thread-safety: the engine and registry are immutable; a protocol session takes one frame at a time and guards
 * its state with a lock.
 *
 * <p>Unless otherwise stated, passing {@code null} to any method in this package throws
 * {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.server.internal;
