package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * The circulation status of an item (Item Information Response, 18): two digits.
 *
 * <p>The spec defines {@code 01} to {@code 13}; the field allows {@code 00} to {@code 99}, and a vendor code is
 * kept as it is so that it re-encodes unchanged.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly two characters, printable ASCII other than {@code |}
 */
public record CirculationStatus(String code) implements WireCode {

    /** {@code 01}: other. */
    public static final CirculationStatus OTHER = new CirculationStatus("01");

    /** {@code 02}: on order. */
    public static final CirculationStatus ON_ORDER = new CirculationStatus("02");

    /** {@code 03}: available. */
    public static final CirculationStatus AVAILABLE = new CirculationStatus("03");

    /** {@code 04}: charged (checked out). */
    public static final CirculationStatus CHARGED = new CirculationStatus("04");

    /** {@code 05}: charged; not to be recalled until the earliest recall date. */
    public static final CirculationStatus CHARGED_NOT_TO_BE_RECALLED = new CirculationStatus("05");

    /** {@code 06}: in process. */
    public static final CirculationStatus IN_PROCESS = new CirculationStatus("06");

    /** {@code 07}: recalled. */
    public static final CirculationStatus RECALLED = new CirculationStatus("07");

    /** {@code 08}: waiting on hold shelf. */
    public static final CirculationStatus WAITING_ON_HOLD_SHELF = new CirculationStatus("08");

    /** {@code 09}: waiting to be re-shelved. */
    public static final CirculationStatus WAITING_TO_BE_RESHELVED = new CirculationStatus("09");

    /** {@code 10}: in transit between library locations. */
    public static final CirculationStatus IN_TRANSIT = new CirculationStatus("10");

    /** {@code 11}: claimed returned. */
    public static final CirculationStatus CLAIMED_RETURNED = new CirculationStatus("11");

    /** {@code 12}: lost. */
    public static final CirculationStatus LOST = new CirculationStatus("12");

    /** {@code 13}: missing. */
    public static final CirculationStatus MISSING = new CirculationStatus("13");

    private static final CodeTable<CirculationStatus> TABLE = CodeTable.<CirculationStatus>builder("circulation status")
            .standard(OTHER, "other")
            .standard(ON_ORDER, "on order")
            .standard(AVAILABLE, "available")
            .standard(CHARGED, "charged (checked out)")
            .standard(CHARGED_NOT_TO_BE_RECALLED, "charged; not to be recalled until the earliest recall date")
            .standard(IN_PROCESS, "in process")
            .standard(RECALLED, "recalled")
            .standard(WAITING_ON_HOLD_SHELF, "waiting on hold shelf")
            .standard(WAITING_TO_BE_RESHELVED, "waiting to be re-shelved")
            .standard(IN_TRANSIT, "in transit between library locations")
            .standard(CLAIMED_RETURNED, "claimed returned")
            .standard(LOST, "lost")
            .standard(MISSING, "missing")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public CirculationStatus {
        CodeTable.requireCode(code, 2, "circulation status");
    }

    /**
     * Returns the circulation status with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public static CirculationStatus of(String code) {
        return TABLE.of(code, CirculationStatus::new);
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
