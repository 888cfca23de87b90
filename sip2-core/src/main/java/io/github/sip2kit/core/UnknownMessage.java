package io.github.sip2kit.core;

import java.util.Objects;

/**
 * A message whose identifier SIP 2.00 does not define. The spec says a receiver ignores such messages; the model
 * keeps them whole, so that a proxy or a logger can pass them on unchanged: the codec re-encodes {@code code + body}
 * byte for byte (the error-detection trailer belongs to the frame, not to the body).
 *
 * @param code the two-character message identifier
 * @param body everything after the identifier and before the trailer, as received (it may contain {@code |})
 */
public record UnknownMessage(String code, String body) implements Sip2Message {

    /**
     * Validates the code and body.
     *
     * @param code the two-character message identifier
     * @param body everything after the identifier and before the trailer
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if the code is not two characters, is a defined message code, or either
     *     contains CR, LF or NUL
     */
    public UnknownMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(body, "body");
        if (code.length() != 2) {
            throw new IllegalArgumentException(
                    "code: " + code.length() + " characters (expected: exactly 2)");
        }
        if (MessageType.fromCode(code).isPresent()) {
            throw new IllegalArgumentException(
                    "code: " + code + " (expected: a code SIP 2.00 does not define; use the record of that message)");
        }
        Fields.noLineBreaks(code, "code");
        Fields.noLineBreaks(body, "body");
    }
}
