package io.github.sip2kit.client;

import io.github.sip2kit.core.MessageType;

/**
 * A request that changes state in the ACS (checkout, checkin, renew, renew all, fee paid, hold, block patron,
 * patron enable, item status update) was sent, but no usable answer came back and 97 Request ACS Resend did not
 * recover it: the ACS may or may not have carried it out. The client never sends such a request again on its
 * own, because doing so could, for example, take a fee twice; the caller must find out what happened (for example
 * with an item information or patron information request) before trying again.
 *
 * <p>The client closes its connection before throwing this exception; the next request opens a new one.
 */
public class Sip2OutcomeUnknownException extends Sip2ClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param requestType the type of the request whose outcome is unknown
     * @param message the detail message, naming the request and the peer and saying that the outcome is unknown
     * @param cause the cause, may be {@code null}
     */
    public Sip2OutcomeUnknownException(MessageType requestType, String message, Throwable cause) {
        super(requestType, message, cause);
    }
}
