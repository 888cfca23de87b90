package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * Why a checked-in item needs special handling (field CV of the Checkin Response, 10): two digits.
 *
 * <p>CV is a 3M extension; the codes counted as standard here are those of the 3M documentation.
 * {@link #DATA_CORRUPTED} ({@code 98}) is sent by Koha only.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly two characters, printable ASCII other than {@code |}
 */
public record AlertType(String code) implements WireCode {

    /** {@code 00}: unknown / no special handling. */
    public static final AlertType UNKNOWN = new AlertType("00");

    /** {@code 01}: hold for this library. */
    public static final AlertType HOLD_FOR_THIS_LIBRARY = new AlertType("01");

    /** {@code 02}: hold for another branch (transit hold). */
    public static final AlertType HOLD_FOR_OTHER_BRANCH = new AlertType("02");

    /** {@code 03}: hold for interlibrary loan. */
    public static final AlertType HOLD_FOR_ILL = new AlertType("03");

    /** {@code 04}: send to another branch (transit). */
    public static final AlertType SEND_TO_OTHER_BRANCH = new AlertType("04");

    /** {@code 99}: other / special handling. */
    public static final AlertType OTHER = new AlertType("99");

    /** {@code 98}: data corrupted (Koha, not in the 3M documentation). */
    public static final AlertType DATA_CORRUPTED = new AlertType("98");

    private static final CodeTable<AlertType> TABLE = CodeTable.<AlertType>builder("alert type")
            .standard(UNKNOWN, "unknown / no special handling")
            .standard(HOLD_FOR_THIS_LIBRARY, "hold for this library")
            .standard(HOLD_FOR_OTHER_BRANCH, "hold for another branch (transit hold)")
            .standard(HOLD_FOR_ILL, "hold for interlibrary loan")
            .standard(SEND_TO_OTHER_BRANCH, "send to another branch (transit)")
            .standard(OTHER, "other / special handling")
            .extension(DATA_CORRUPTED, "data corrupted")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public AlertType {
        CodeTable.requireCode(code, 2, "alert type");
    }

    /**
     * Returns the alert type with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public static AlertType of(String code) {
        return TABLE.of(code, AlertType::new);
    }

    /**
     * {@return whether the code is defined by the 3M documentation}
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
