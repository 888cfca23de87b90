package io.github.sip2kit.codec;

/**
 * Thrown when a message cannot be written to the wire although its record is valid: for example a value that
 * the connection's charset cannot encode, or a value containing a field delimiter other than {@code |} that the codec is configured with.
 */
public final class Sip2EncodeException extends Sip2Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message the detail message
     */
    public Sip2EncodeException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause the cause, may be {@code null}
     */
    public Sip2EncodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
