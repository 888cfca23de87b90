package io.github.sip2kit.client;

import io.github.sip2kit.codec.Sip2Exception;
import io.github.sip2kit.core.MessageType;
import java.util.Optional;

/**
 * A request could not be completed: the connection failed or timed out, the ACS sent something that is not a
 * usable answer, or the recovery the protocol allows (97 Request ACS Resend, resending after 96 Request SC Resend)
 * ran out of attempts. The {@linkplain #getCause() cause} is the underlying {@link java.io.IOException} or
 * {@link io.github.sip2kit.codec.Sip2DecodeException} where there is one.
 *
 * <p>When this exception (and not its subclass {@link Sip2OutcomeUnknownException}) is thrown for a request that
 * changes state in the ACS, the client knows that the ACS did not carry it out, or that it is safe to ask again:
 * either nothing was sent, or the ACS asked for a resend (96) of a request it could not read. Messages never
 * contain a password.
 */
public class Sip2ClientException extends Sip2Exception {

    private static final long serialVersionUID = 1L;

    private final MessageType requestType;

    /**
     * Creates an exception.
     *
     * @param requestType the type of the request that failed, or {@code null} when the failure is not tied to a
     *     request (opening a connection without logging in, borrowing from an exhausted pool)
     * @param message the detail message, naming the request and the peer
     * @param cause the cause, may be {@code null}
     */
    public Sip2ClientException(MessageType requestType, String message, Throwable cause) {
        super(message, cause);
        this.requestType = requestType;
    }

    /**
     * {@return the type of the request that failed, such as {@link MessageType#CHECKOUT}} Empty when the failure is
     * not tied to a request: opening a connection without a login, or borrowing from an exhausted pool.
     */
    public Optional<MessageType> requestType() {
        return Optional.ofNullable(requestType);
    }
}
