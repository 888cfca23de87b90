package io.github.sip2kit.core;

/**
 * A SIP2 message: the sealed root of the model.
 *
 * <p>Every message is one of {@link ScMessage} (sent by the self-service machine), {@link AcsMessage} (sent by the
 * library system) or {@link UnknownMessage} (a code SIP 2.00 does not define, kept so it re-encodes byte for byte).
 * On Java 17, dispatch with {@code instanceof}:
 *
 * <pre>{@code
 * if (message instanceof CheckoutRequest checkout) {
 *     ...
 * }
 * }</pre>
 */
public sealed interface Sip2Message permits ScMessage, AcsMessage, UnknownMessage {

    /** {@return the two-character message identifier, such as {@code "11"}} */
    String code();
}
