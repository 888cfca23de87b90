package io.github.sip2kit.codec;

/**
 * How a peer turns message text into the numbers its AZ checksum sums (reference §1.5, §1.6, §6.1).
 *
 * <p>The spec sums the "characters" of a message as unsigned binary numbers. For pure ASCII traffic every
 * implementation agrees; once a title or a name holds a non-ASCII character, they do not: most sum the bytes
 * they transmit, some sum Unicode code points, and some sum a copy of the text in which every non-ASCII
 * character became {@code ?}. A peer that sums differently rejects every such message with a checksum error,
 * so the mode is per connection and named, never guessed.
 */
public enum ChecksumMode {
    /**
     * The bytes as transmitted, in the connection's charset. This is the default and what the spec describes:
     * the receiver can check it before decoding any text, and it is what most ILSs do.
     */
    WIRE_BYTES,
    /**
     * The Unicode code points of the text, whatever the charset on the wire. Some ILSs compute the checksum on
     * their decoded strings this way; for ISO-8859-1 text it equals {@link #WIRE_BYTES}.
     */
    CODE_POINTS,
    /**
     * Every non-ASCII character counted as {@code ?} (0x3F), ASCII counted as itself. Ex Libris Alma computes its
     * checksum over such an ASCII-degraded copy of the text it sends in UTF-8.
     */
    ASCII_FOLDED
}
