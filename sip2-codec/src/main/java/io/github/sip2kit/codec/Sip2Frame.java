package io.github.sip2kit.codec;

import io.github.sip2kit.core.Sip2Message;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A message as it travels: the message plus what belongs to the wire rather than to the message, namely the AY
 * sequence number, whether an AZ checksum was present, and the order the tagged fields arrived in.
 *
 * <p>Encoding a decoded frame reproduces the received bytes for any frame the codec accepts in its canonical form
 * and for frames whose fields came in another order, with stray delimiters or without required fields;
 * {@link Sip2Codec#encode(Sip2Message)} always writes the spec order. Replace the message with
 * {@link #withMessage(Sip2Message)} to keep the wire details.
 *
 * @param message the message
 * @param sequenceNumber the AY sequence number (0 to 9), empty when the frame has none (always empty for 96 and 97)
 * @param checksum whether the frame carries an AZ checksum and whether it was verified
 * @param fieldOrder the tagged field ids in wire order, an empty string standing for an empty field (a stray
 *     delimiter). A decoded frame records the order the fields arrived in (an empty list: it had none); a frame made
 *     by {@link #of(Sip2Message)} records the spec order. Encoding a frame writes its fields in this order; fields
 *     of the message that the list does not mention follow in spec order, except required fields that are still
 *     empty, which stay absent.
 */
public record Sip2Frame(
        Sip2Message message, OptionalInt sequenceNumber, ChecksumStatus checksum, List<String> fieldOrder) {

    /**
     * Validates the frame.
     *
     * @param message the message
     * @param sequenceNumber the AY sequence number, or empty
     * @param checksum the AZ checksum status
     * @param fieldOrder the tagged field ids in arrival order
     * @throws IllegalArgumentException if the sequence number is not 0 to 9, if a sequence number comes without a
     *     checksum or on a 96/97, or if a field-order entry is neither empty nor two characters
     */
    public Sip2Frame {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(checksum, "checksum");
        fieldOrder = List.copyOf(Objects.requireNonNull(fieldOrder, "fieldOrder"));
        if (sequenceNumber.isPresent()) {
            int seq = sequenceNumber.getAsInt();
            if (seq < 0 || seq > 9) {
                throw new IllegalArgumentException("sequenceNumber: " + seq + " (expected: 0 to 9)");
            }
            if (checksum == ChecksumStatus.ABSENT) {
                throw new IllegalArgumentException(
                        "sequenceNumber: present without a checksum (expected: AY only together with AZ)");
            }
            if (isResendRequest(message)) {
                throw new IllegalArgumentException(
                        "sequenceNumber: present on a " + message.code() + " (expected: 96 and 97 never carry AY)");
            }
        }
        for (String id : fieldOrder) {
            if (!id.isEmpty() && id.length() != 2) {
                throw new IllegalArgumentException(
                        "fieldOrder: entry of " + id.length() + " characters (expected: a 2-character id or empty)");
            }
        }
    }

    /**
     * {@return a frame without error detection (no AY, no AZ)}
     *
     * @param message the message
     */
    public static Sip2Frame of(Sip2Message message) {
        return new Sip2Frame(message, OptionalInt.empty(), ChecksumStatus.ABSENT, FrameEncoder.canonicalOrder(message));
    }

    /**
     * {@return a frame with error detection: AY with the sequence number and AZ} For 96 and 97, which never carry a
     * sequence number, only AZ.
     *
     * @param message the message
     * @param sequenceNumber 0 to 9
     */
    public static Sip2Frame of(Sip2Message message, int sequenceNumber) {
        if (sequenceNumber < 0 || sequenceNumber > 9) {
            throw new IllegalArgumentException("sequenceNumber: " + sequenceNumber + " (expected: 0 to 9)");
        }
        OptionalInt seq = isResendRequest(message) ? OptionalInt.empty() : OptionalInt.of(sequenceNumber);
        return new Sip2Frame(message, seq, ChecksumStatus.VERIFIED, FrameEncoder.canonicalOrder(message));
    }

    /** {@return whether the frame carries an AZ checksum} */
    public boolean hasChecksum() {
        return checksum != ChecksumStatus.ABSENT;
    }

    /**
     * {@return this frame with another message, keeping sequence number, checksum presence and field order}
     *
     * @param newMessage the message
     */
    public Sip2Frame withMessage(Sip2Message newMessage) {
        return new Sip2Frame(newMessage, sequenceNumber, checksum, fieldOrder);
    }

    static boolean isResendRequest(Sip2Message message) {
        // An UnknownMessage never carries a defined code, so the code alone identifies 96 and 97.
        String code = message.code();
        return code.equals("96") || code.equals("97");
    }
}
