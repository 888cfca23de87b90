package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * The type of a fee (Fee Paid, 37; Item Information Response, 18; field BT): two digits.
 *
 * <p>The spec defines {@code 01} to {@code 09}; the field allows {@code 01} to {@code 99}, and a vendor code is kept
 * as it is.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly two characters, printable ASCII other than {@code |}
 */
public record FeeType(String code) implements WireCode {

    /** {@code 01}: other / unknown. */
    public static final FeeType OTHER_UNKNOWN = new FeeType("01");

    /** {@code 02}: administrative. */
    public static final FeeType ADMINISTRATIVE = new FeeType("02");

    /** {@code 03}: damage. */
    public static final FeeType DAMAGE = new FeeType("03");

    /** {@code 04}: overdue. */
    public static final FeeType OVERDUE = new FeeType("04");

    /** {@code 05}: processing. */
    public static final FeeType PROCESSING = new FeeType("05");

    /** {@code 06}: rental. */
    public static final FeeType RENTAL = new FeeType("06");

    /** {@code 07}: replacement. */
    public static final FeeType REPLACEMENT = new FeeType("07");

    /** {@code 08}: computer access charge. */
    public static final FeeType COMPUTER_ACCESS_CHARGE = new FeeType("08");

    /** {@code 09}: hold fee. */
    public static final FeeType HOLD_FEE = new FeeType("09");

    private static final CodeTable<FeeType> TABLE = CodeTable.<FeeType>builder("fee type")
            .standard(OTHER_UNKNOWN, "other / unknown")
            .standard(ADMINISTRATIVE, "administrative")
            .standard(DAMAGE, "damage")
            .standard(OVERDUE, "overdue")
            .standard(PROCESSING, "processing")
            .standard(RENTAL, "rental")
            .standard(REPLACEMENT, "replacement")
            .standard(COMPUTER_ACCESS_CHARGE, "computer access charge")
            .standard(HOLD_FEE, "hold fee")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public FeeType {
        CodeTable.requireCode(code, 2, "fee type");
    }

    /**
     * Returns the fee type with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public static FeeType of(String code) {
        return TABLE.of(code, FeeType::new);
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
