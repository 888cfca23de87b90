package io.github.sip2kit.core.field;

import java.util.Optional;
import java.util.Set;

/**
 * One position of the 10-character summary field of a Patron Information request (63), selecting which item list
 * the response (64) returns in detail.
 *
 * <p>Positions 0 to 5 are defined by the spec, each with the repeatable field of the response that lists the items
 * ({@link #listField()}). Position 6 is an extension; positions 7 to 9 are undefined and always blank in practice.
 * The spec expects at most one {@code Y}; systems honour the left-most one. A summary is modelled as a
 * {@code Set<SummaryItem>}; {@link #parse(CharSequence)} and {@link #format(Set)} convert it from and to the wire.
 */
public enum SummaryItem {
    /** Position 0: hold items, listed in field AS. */
    HOLD_ITEMS("hold items", FieldId.HOLD_ITEMS),

    /** Position 1: overdue items, listed in field AT. */
    OVERDUE_ITEMS("overdue items", FieldId.OVERDUE_ITEMS),

    /** Position 2: charged items, listed in field AU. */
    CHARGED_ITEMS("charged items", FieldId.CHARGED_ITEMS),

    /** Position 3: fine items, listed in field AV. */
    FINE_ITEMS("fine items", FieldId.FINE_ITEMS),

    /** Position 4: recall items, listed in field BU. */
    RECALL_ITEMS("recall items", FieldId.RECALL_ITEMS),

    /** Position 5: unavailable holds, listed in field CD. */
    UNAVAILABLE_HOLDS("unavailable holds", FieldId.UNAVAILABLE_HOLD_ITEMS),

    /**
     * Position 6: fee items; not defined by the spec, used by the Gossip and FOLIO extensions, which answer with groups
     * of CG and FA to FF fields.
     */
    FEE_ITEMS("fee items", null),

    /** Position 7: undefined in the spec; kept so that nothing is lost. */
    POSITION_7("position 7 (undefined)", null),

    /** Position 8: undefined in the spec; kept so that nothing is lost. */
    POSITION_8("position 8 (undefined)", null),

    /** Position 9: undefined in the spec; kept so that nothing is lost. */
    POSITION_9("position 9 (undefined)", null);

    /** The number of positions of the field: 10. */
    public static final int WIDTH = 10;

    private static final String FIELD_NAME = "summary";

    private final String description;
    private final FieldId listField;

    SummaryItem(String description, FieldId listField) {
        this.description = description;
        this.listField = listField;
    }

    /**
     * Reads the field strictly.
     *
     * @param positions the 10 characters of the field, {@code Y} for a set position and a space otherwise
     * @return an unmodifiable set of the positions that are set, in position order
     * @throws IllegalArgumentException if {@code positions} does not have exactly 10 characters, or a
     *     character is neither {@code Y} nor a space (the message names the 0-based position)
     */
    public static Set<SummaryItem> parse(CharSequence positions) {
        return PositionalFlags.parse(positions, SummaryItem.class, FIELD_NAME);
    }

    /**
     * Reads the field as tolerant peers do: {@code Y} or {@code y} sets a position, any other character leaves
     * it unset, missing trailing positions are unset and characters beyond the 10th are ignored.
     *
     * @param positions the characters of the field
     * @return an unmodifiable set of the positions that are set, in position order
     */
    public static Set<SummaryItem> parseLenient(CharSequence positions) {
        return PositionalFlags.parseLenient(positions, SummaryItem.class);
    }

    /**
     * Writes the field.
     *
     * @param flags the positions to set; must not contain {@code null}
     * @return 10 characters, {@code Y} at each set position and a space elsewhere
     */
    public static String format(Set<SummaryItem> flags) {
        return PositionalFlags.format(flags, SummaryItem.class);
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

    /**
     * {@return whether the spec defines this position (positions 0 to 5)}
     */
    public boolean isStandard() {
        return listField != null;
    }

    /**
     * {@return the repeatable field of the Patron Information Response (64) that lists the selected items, or
     * empty for positions 6 to 9}
     */
    public Optional<FieldId> listField() {
        return Optional.ofNullable(listField);
    }
}
