package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * What a Hold request (15) does: one character.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly one character, printable ASCII other than {@code |}
 */
public record HoldMode(String code) implements WireCode {

    /** {@code +}: add the patron to the item's hold queue. */
    public static final HoldMode ADD = new HoldMode("+");

    /** {@code -}: remove the patron from the hold queue. */
    public static final HoldMode DELETE = new HoldMode("-");

    /** {@code *}: change the hold to match the message's parameters. */
    public static final HoldMode CHANGE = new HoldMode("*");

    private static final CodeTable<HoldMode> TABLE = CodeTable.<HoldMode>builder("hold mode")
            .standard(ADD, "add the patron to the item's hold queue")
            .standard(DELETE, "remove the patron from the hold queue")
            .standard(CHANGE, "change the hold to match the message's parameters")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly one character of printable ASCII other
     *     than {@code |}
     */
    public HoldMode {
        CodeTable.requireCode(code, 1, "hold mode");
    }

    /**
     * Returns the hold mode with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly one character of printable ASCII other
     *     than {@code |}
     */
    public static HoldMode of(String code) {
        return TABLE.of(code, HoldMode::new);
    }

    /**
     * {@return whether the code is defined by the SIP 2.00 spec}
     */
    public boolean isStandard() {
        return TABLE.isStandard(code);
    }

    /**
     * {@return what the code means, or empty for a code that is not known}
     */
    public Optional<String> description() {
        return TABLE.description(code);
    }
}
