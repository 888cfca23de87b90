package io.github.sip2kit.core.field;

import java.util.Set;

/**
 * One position of the 14-character patron status field (Patron Status Response 24, Patron Enable Response 26,
 * Patron Information Response 64).
 *
 * <p>A {@code Y} means the condition is true, a space that it is false. Positions 0 to 3 are "denied" flags, so a
 * set position always reports a restriction. Which conditions block borrowing is the SC's policy. A patron status is
 * modelled as a {@code Set<PatronStatusFlag>}; {@link #parse(CharSequence)} and {@link #format(Set)} convert it from
 * and to the wire.
 */
public enum PatronStatusFlag {
    /** Position 0: the patron may not check items out. */
    CHARGE_PRIVILEGES_DENIED("charge privileges denied"),

    /** Position 1: the patron may not renew items. */
    RENEWAL_PRIVILEGES_DENIED("renewal privileges denied"),

    /** Position 2: the patron may not recall items. */
    RECALL_PRIVILEGES_DENIED("recall privileges denied"),

    /** Position 3: the patron may not place holds. */
    HOLD_PRIVILEGES_DENIED("hold privileges denied"),

    /** Position 4: the patron's card was reported lost. */
    CARD_REPORTED_LOST("card reported lost"),

    /** Position 5: the patron has too many items checked out. */
    TOO_MANY_ITEMS_CHARGED("too many items charged"),

    /** Position 6: the patron has too many overdue items. */
    TOO_MANY_ITEMS_OVERDUE("too many items overdue"),

    /** Position 7: the patron has renewed too many times. */
    TOO_MANY_RENEWALS("too many renewals"),

    /** Position 8: the patron has claimed too many items as returned. */
    TOO_MANY_CLAIMS_OF_ITEMS_RETURNED("too many claims of items returned"),

    /** Position 9: the patron has lost too many items. */
    TOO_MANY_ITEMS_LOST("too many items lost"),

    /** Position 10: the patron owes too much in fines. */
    EXCESSIVE_OUTSTANDING_FINES("excessive outstanding fines"),

    /** Position 11: the patron owes too much in fees. */
    EXCESSIVE_OUTSTANDING_FEES("excessive outstanding fees"),

    /** Position 12: a recalled item is overdue. */
    RECALL_OVERDUE("recall overdue"),

    /** Position 13: the patron has been billed for too many items. */
    TOO_MANY_ITEMS_BILLED("too many items billed");

    /** The number of positions of the field: 14. */
    public static final int WIDTH = 14;

    private static final String FIELD_NAME = "patron status";

    private final String description;

    PatronStatusFlag(String description) {
        this.description = description;
    }

    /**
     * Reads the field strictly.
     *
     * @param positions the 14 characters of the field, {@code Y} for a set position and a space otherwise
     * @return an unmodifiable set of the positions that are set, in position order
     * @throws IllegalArgumentException if {@code positions} does not have exactly 14 characters, or a
     *     character is neither {@code Y} nor a space (the message names the 0-based position)
     */
    public static Set<PatronStatusFlag> parse(CharSequence positions) {
        return PositionalFlags.parse(positions, PatronStatusFlag.class, FIELD_NAME);
    }

    /**
     * Reads the field as tolerant peers do: {@code Y} or {@code y} sets a position, any other character leaves
     * it unset, missing trailing positions are unset and characters beyond the 14th are ignored.
     *
     * @param positions the characters of the field
     * @return an unmodifiable set of the positions that are set, in position order
     */
    public static Set<PatronStatusFlag> parseLenient(CharSequence positions) {
        return PositionalFlags.parseLenient(positions, PatronStatusFlag.class);
    }

    /**
     * Writes the field.
     *
     * @param flags the positions to set; must not contain {@code null}
     * @return 14 characters, {@code Y} at each set position and a space elsewhere
     */
    public static String format(Set<PatronStatusFlag> flags) {
        return PositionalFlags.format(flags, PatronStatusFlag.class);
    }

    /**
     * {@return the 0-based position within the field}
     */
    public int position() {
        return ordinal();
    }

    /**
     * {@return what a {@code Y} in this position means}
     */
    public String description() {
        return description;
    }
}
