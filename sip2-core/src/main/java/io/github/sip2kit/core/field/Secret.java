package io.github.sip2kit.core.field;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A password carried in a SIP2 field: AC terminal password, AD patron password or CO login password.
 *
 * <p>A record prints all its components in {@code toString()}, so a message holding a password as a
 * {@code String} would leak it into every log line. A {@code Secret} prints as {@code ****} whatever it holds,
 * including when empty; the value is only available through {@link #reveal()}, which makes each use visible in
 * the code.
 *
 * <p>Two secrets are equal when their values are equal; the comparison takes the same time for any two values of
 * the same length.
 *
 * <pre>{@code
 * Secret pin = Secret.of("4321");
 * String line = "login " + pin;           // "login ****"
 * boolean ok = pin.equals(Secret.of(input));
 * }</pre>
 */
public final class Secret {

    /** The empty secret, sent as an empty field ({@code AC|}) when no password is used. */
    public static final Secret EMPTY = new Secret("");

    private static final String MASK = "****";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a password.
     *
     * @param value the password as it appears on the wire; may be empty
     * @return a secret holding {@code value}; {@link #EMPTY} for the empty string
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} contains {@code |}, CR, LF or NUL (the message does not
     *     show the value)
     */
    public static Secret of(String value) {
        WireText.requireValue(value, "secret");
        return value.isEmpty() ? EMPTY : new Secret(value);
    }

    /**
     * {@return the password in clear text}
     *
     * <p>Use it only to encode the field or to check the password, never to log it.
     */
    public String reveal() {
        return value;
    }

    /**
     * {@return whether the password is empty, as in an empty {@code AC|} field}
     */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    /**
     * Compares the values of two secrets in time that does not depend on where they first differ.
     *
     * @param other the object to compare with
     * @return {@code true} if {@code other} is a {@code Secret} holding the same value
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Secret)) {
            return false;
        }
        Secret that = (Secret) other;
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@return a hash code consistent with {@link #equals(Object)}}
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * {@return always {@code ****}, whatever the value, so that the password never reaches a log}
     */
    @Override
    public String toString() {
        return MASK;
    }
}
