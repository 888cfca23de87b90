package io.github.sip2kit.server;

import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.core.MessageType;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Receives the server's events, for metrics, audits and alerts. Every method has an empty default, so a listener
 * overrides only what it needs:
 * <pre>{@code
 * Sip2Server.builder().listener(new ServerListener() {
 *     @Override
 *     public void requestHandled(Sip2Session session, MessageType type, Duration duration) {
 *         metrics.timer("sip2." + type.code()).record(duration);
 *     }
 * })
 * }</pre>
 *
 * <p>Methods are called on I/O and worker threads, concurrently for different connections, so implementations
 * must be thread-safe and return quickly. An exception a method throws is logged and otherwise ignored. No event
 * carries a password.
 */
public interface ServerListener {

    /** A listener that ignores every event. */
    ServerListener NONE = new ServerListener() {};

    /**
     * A connection was accepted and its client address admitted by the policy table.
     *
     * @param session the new connection's session
     */
    default void connectionOpened(Sip2Session session) {}

    /**
     * An admitted connection closed, by either side.
     *
     * @param session the connection's last session value
     */
    default void connectionClosed(Sip2Session session) {}

    /**
     * A connection was closed at once, without a SIP2 exchange.
     *
     * @param remoteAddress the client's address
     * @param reason why
     */
    default void connectionRefused(InetSocketAddress remoteAddress, RefusalReason reason) {}

    /**
     * A Login (93) was accepted (answered {@code 941}).
     *
     * @param session the session after the login, with the selected policy
     */
    default void loginSucceeded(Sip2Session session) {}

    /**
     * A Login (93) was refused (answered {@code 940}).
     *
     * @param session the session before the login
     * @param loginUserId the login user id (CN) sent
     */
    default void loginFailed(Sip2Session session, String loginUserId) {}

    /**
     * A request was answered: by its handler, by the kit (login, status, resend, refusals), or with a refusal
     * after a failure.
     *
     * @param session the session the request came on
     * @param type the request's type
     * @param duration from receipt of the request to its reply being ready
     */
    default void requestHandled(Sip2Session session, MessageType type, Duration duration) {}

    /**
     * A handler (or the login authenticator) threw, returned {@code null} or returned a response of the wrong
     * type; the SC received a refusal.
     *
     * @param session the session the request came on
     * @param type the request's type
     * @param error what the handler threw, or an {@link IllegalStateException} describing a wrong result
     */
    default void handlerFailed(Sip2Session session, MessageType type, Throwable error) {}

    /**
     * A handler (or the login authenticator) did not answer within the backend timeout; the SC received a refusal
     * and the late result, if any, is dropped.
     *
     * @param session the session the request came on
     * @param type the request's type
     * @param timeout the timeout that passed
     */
    default void backendTimeout(Sip2Session session, MessageType type, Duration timeout) {}

    /**
     * A request's checksum (AZ) was wrong, malformed or missing where required; the SC received a Request SC Resend
     * (96).
     *
     * @param session the session the request came on
     */
    default void checksumError(Sip2Session session) {}

    /**
     * A request could not be decoded for another reason than its checksum; the SC received a Request SC Resend
     * (96).
     *
     * @param session the session the request came on
     * @param error why; its excerpt has passwords masked
     */
    default void malformedRequest(Sip2Session session, Sip2DecodeException error) {}
}
