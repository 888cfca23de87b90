package io.github.sip2kit.codec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The AZ checksum of the SIP2 error-detection trailer (reference §1.5).
 *
 * <p>The checksum covers everything from the first character of the message code up to and including the
 * characters {@code AZ} (so an {@code AY<d>} is included, the terminator is not). The values are added as
 * unsigned numbers, and the checksum is the two's complement of the low 16 bits of the sum, written as four
 * upper-case hexadecimal digits:
 * <pre>{@code
 * Checksum.toHex(Checksum.compute(bytes, 0, bytes.length))   // "97AZ" -> "FEF5"
 * }</pre>
 *
 * <p>A receiver verifies by computing the checksum over the same bytes and comparing it numerically with
 * {@link #parseHex(CharSequence, int)}, which accepts either case.
 */
public final class Checksum {

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private Checksum() {}

    /**
     * {@return the checksum of a range of bytes: the negated sum of the unsigned bytes, modulo 2<sup>16</sup>}
     *
     * @param bytes the bytes
     * @param offset index of the first byte summed
     * @param length number of bytes summed
     * @throws IndexOutOfBoundsException if the range is not inside {@code bytes}
     */
    public static int compute(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += bytes[i] & 0xFF;
        }
        return -sum & 0xFFFF;
    }

    /**
     * {@return the checksum of text as a peer with the given mode computes it}
     *
     * <p>In {@link ChecksumMode#WIRE_BYTES} mode the text is encoded in {@code charset}, a character the charset
     * cannot encode counting as the charset's replacement byte; the other modes ignore {@code charset}. A
     * receiver that has the bytes should use {@link #compute(byte[], int, int)} on them instead: bytes are the
     * truth.
     *
     * @param text the text from the message code up to and including {@code AZ}
     * @param charset the connection's charset
     * @param mode how the peer turns the text into numbers
     */
    public static int compute(CharSequence text, Charset charset, ChecksumMode mode) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(mode, "mode");
        int sum = 0;
        switch (mode) {
            case WIRE_BYTES -> {
                ByteBuffer bytes = charset.encode(CharBuffer.wrap(text));
                while (bytes.hasRemaining()) {
                    sum += bytes.get() & 0xFF;
                }
            }
            case CODE_POINTS -> sum = text.codePoints().sum();
            case ASCII_FOLDED -> sum = text.codePoints().map(c -> c < 0x80 ? c : '?').sum();
        }
        return -sum & 0xFFFF;
    }

    /**
     * {@return the checksum as exactly four upper-case hexadecimal digits}
     *
     * @param checksum a checksum from 0 to 0xFFFF
     * @throws IllegalArgumentException if {@code checksum} is out of range
     */
    public static String toHex(int checksum) {
        if (checksum < 0 || checksum > 0xFFFF) {
            throw new IllegalArgumentException("checksum: " + checksum + " (expected: 0 to 65535)");
        }
        return new String(new char[] {
            HEX_DIGITS[checksum >>> 12], HEX_DIGITS[checksum >>> 8 & 0xF], HEX_DIGITS[checksum >>> 4 & 0xF],
            HEX_DIGITS[checksum & 0xF]
        });
    }

    /**
     * {@return the value of the four hexadecimal digits (either case) at {@code start}, or {@code -1} if the text
     * there is not four ASCII hexadecimal digits or the range is outside the text}
     *
     * @param text the text holding the digits
     * @param start index of the first digit
     */
    public static int parseHex(CharSequence text, int start) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || start > text.length() - 4) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < start + 4; i++) {
            int digit = hexDigit(text.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
