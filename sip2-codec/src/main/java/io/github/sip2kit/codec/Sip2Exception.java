package io.github.sip2kit.codec;

/**
 * Base class of every exception sip2kit throws for a protocol-level problem. It is unchecked: malformed input
 * is an expected condition that callers handle where they can, not at every call site.
 *
 * <p>Messages never contain a password: input text only ever appears as an excerpt made by
 * {@link Redaction#excerpt(CharSequence, int, char)}.
 */
public class Sip2Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message the detail message
     */
    public Sip2Exception(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause the cause, may be {@code null}
     */
    public Sip2Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
