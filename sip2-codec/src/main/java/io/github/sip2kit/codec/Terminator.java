package io.github.sip2kit.codec;

/**
 * The line ending written after each outgoing frame (reference §1.2). The spec's CR is the default; some peers
 * insist on CRLF.
 */
public enum Terminator {
    /** Carriage return (0x0D) alone, as the spec says. */
    CR("\r"),
    /** Carriage return and line feed (0x0D 0x0A). */
    CRLF("\r\n");

    private final String text;

    Terminator(String text) {
        this.text = text;
    }

    /** {@return the terminator's bytes, a new array on each call} */
    public byte[] bytes() {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    /** {@return the terminator as text} */
    public String text() {
        return text;
    }
}
