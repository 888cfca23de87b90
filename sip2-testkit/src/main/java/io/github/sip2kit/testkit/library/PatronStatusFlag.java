package io.github.sip2kit.testkit.library;

/**
 * One position of SIP2's 14-character patron status field; a flag present in
 * {@link PatronSummary#statusFlags()} is sent as {@code Y}, an absent one as a blank.
 */
public enum PatronStatusFlag {
    /** Position 0: charge privileges denied. */
    CHARGE_PRIVILEGES_DENIED(0),
    /** Position 1: renewal privileges denied. */
    RENEWAL_PRIVILEGES_DENIED(1),
    /** Position 2: recall privileges denied. */
    RECALL_PRIVILEGES_DENIED(2),
    /** Position 3: hold privileges denied. */
    HOLD_PRIVILEGES_DENIED(3),
    /** Position 4: card reported lost. */
    CARD_REPORTED_LOST(4),
    /** Position 5: too many items charged. */
    TOO_MANY_ITEMS_CHARGED(5),
    /** Position 6: too many items overdue. */
    TOO_MANY_ITEMS_OVERDUE(6),
    /** Position 7: too many renewals (never set by the in-memory library). */
    TOO_MANY_RENEWALS(7),
    /** Position 8: too many claims of items returned. */
    TOO_MANY_CLAIMS_OF_ITEMS_RETURNED(8),
    /** Position 9: too many items lost. */
    TOO_MANY_ITEMS_LOST(9),
    /** Position 10: excessive outstanding fines (overdue fines alone exceed the fee limit). */
    EXCESSIVE_OUTSTANDING_FINES(10),
    /** Position 11: excessive outstanding fees (all fees together exceed the fee limit). */
    EXCESSIVE_OUTSTANDING_FEES(11),
    /** Position 12: recall overdue. */
    RECALL_OVERDUE(12),
    /** Position 13: too many items billed (never set by the in-memory library). */
    TOO_MANY_ITEMS_BILLED(13);

    private final int position;

    PatronStatusFlag(int position) {
        this.position = position;
    }

    /** {@return the 0-based position of this flag in the 14-character patron status field} */
    public int position() {
        return position;
    }
}
