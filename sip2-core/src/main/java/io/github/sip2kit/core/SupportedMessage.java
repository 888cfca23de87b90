package io.github.sip2kit.core;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The 16 positions of the supported-messages field (BX) of the ACS Status message (98): each names a
 * request/response pair the ACS handles.
 */
public enum SupportedMessage {
    /** Position 0: Patron Status Request (23/24). */
    PATRON_STATUS_REQUEST(MessageType.PATRON_STATUS_REQUEST),
    /** Position 1: Checkout (11/12). */
    CHECKOUT(MessageType.CHECKOUT),
    /** Position 2: Checkin (09/10). */
    CHECKIN(MessageType.CHECKIN),
    /** Position 3: Block Patron (01/24). */
    BLOCK_PATRON(MessageType.BLOCK_PATRON),
    /** Position 4: SC/ACS Status (99/98). */
    SC_ACS_STATUS(MessageType.SC_STATUS),
    /** Position 5: Request SC/ACS Resend (97/96). */
    REQUEST_SC_ACS_RESEND(MessageType.REQUEST_ACS_RESEND),
    /** Position 6: Login (93/94). */
    LOGIN(MessageType.LOGIN),
    /** Position 7: Patron Information (63/64). */
    PATRON_INFORMATION(MessageType.PATRON_INFORMATION),
    /** Position 8: End Patron Session (35/36). */
    END_PATRON_SESSION(MessageType.END_PATRON_SESSION),
    /** Position 9: Fee Paid (37/38). */
    FEE_PAID(MessageType.FEE_PAID),
    /** Position 10: Item Information (17/18). */
    ITEM_INFORMATION(MessageType.ITEM_INFORMATION),
    /** Position 11: Item Status Update (19/20). */
    ITEM_STATUS_UPDATE(MessageType.ITEM_STATUS_UPDATE),
    /** Position 12: Patron Enable (25/26). */
    PATRON_ENABLE(MessageType.PATRON_ENABLE),
    /** Position 13: Hold (15/16). */
    HOLD(MessageType.HOLD),
    /** Position 14: Renew (29/30). */
    RENEW(MessageType.RENEW),
    /** Position 15: Renew All (65/66). */
    RENEW_ALL(MessageType.RENEW_ALL);

    /** The number of positions of the field: 16. */
    public static final int WIDTH = 16;

    private static final SupportedMessage[] VALUES = values();

    private final MessageType requestType;

    SupportedMessage(MessageType requestType) {
        this.requestType = requestType;
    }

    /** {@return the 0-based position in the BX field} */
    public int position() {
        return ordinal();
    }

    /** {@return the request (SC to ACS) of this pair} */
    public MessageType requestType() {
        return requestType;
    }

    /**
     * Finds the position that covers a request type.
     *
     * @param requestType an SC to ACS message type
     * @return the position, or empty if {@code requestType} is not a request
     */
    public static java.util.Optional<SupportedMessage> forRequest(MessageType requestType) {
        Objects.requireNonNull(requestType, "requestType");
        for (SupportedMessage m : values()) {
            if (m.requestType == requestType) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Parses the 16 {@code Y}/{@code N} positions of a BX value.
     *
     * @param positions exactly 16 characters, each {@code Y} or {@code N}
     * @return the supported pairs
     * @throws IllegalArgumentException if the value has another length or character
     */
    public static Set<SupportedMessage> parse(CharSequence positions) {
        Objects.requireNonNull(positions, "positions");
        if (positions.length() != WIDTH) {
            throw new IllegalArgumentException(
                    "supported messages: " + positions.length() + " positions (expected: exactly " + WIDTH + ")");
        }
        EnumSet<SupportedMessage> set = EnumSet.noneOf(SupportedMessage.class);
        for (int i = 0; i < WIDTH; i++) {
            char c = positions.charAt(i);
            if (c == 'Y') {
                set.add(VALUES[i]);
            } else if (c != 'N') {
                throw new IllegalArgumentException("supported messages: position " + i + " is '" + c
                        + "' (expected: Y or N)");
            }
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /**
     * Parses a BX value the way tolerant receivers do: {@code Y} or {@code y} means supported, any other character
     * means not supported, missing trailing positions are not supported and positions beyond 15 are ignored.
     *
     * @param positions the field value
     * @return the supported pairs
     */
    public static Set<SupportedMessage> parseLenient(CharSequence positions) {
        Objects.requireNonNull(positions, "positions");
        EnumSet<SupportedMessage> set = EnumSet.noneOf(SupportedMessage.class);
        for (int i = 0; i < Math.min(WIDTH, positions.length()); i++) {
            char c = positions.charAt(i);
            if (c == 'Y' || c == 'y') {
                set.add(VALUES[i]);
            }
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /**
     * Formats supported pairs as the 16 {@code Y}/{@code N} positions of a BX value.
     *
     * @param supported the supported pairs
     * @return 16 characters
     */
    public static String format(Set<SupportedMessage> supported) {
        Objects.requireNonNull(supported, "supported");
        char[] out = new char[WIDTH];
        for (SupportedMessage m : VALUES) {
            out[m.ordinal()] = supported.contains(m) ? 'Y' : 'N';
        }
        return new String(out);
    }
}
