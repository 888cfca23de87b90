package io.github.sip2kit.testkit.library;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The circulation status of an item, one constant per code of SIP2's circulation status field
 * (Item Information Response, codes {@code 01} to {@code 13}).
 *
 * <p>In the JSON data file a status is written as the constant's name ({@code "AVAILABLE"}) or as its
 * two-digit code ({@code "03"}).
 */
public enum CirculationStatus {
    /** {@code 01}: other. */
    OTHER("01"),
    /** {@code 02}: on order. */
    ON_ORDER("02"),
    /** {@code 03}: available. */
    AVAILABLE("03"),
    /** {@code 04}: charged (checked out). */
    CHARGED("04"),
    /** {@code 05}: charged; not to be recalled until the earliest recall date. */
    CHARGED_NOT_TO_BE_RECALLED("05"),
    /** {@code 06}: in process. */
    IN_PROCESS("06"),
    /** {@code 07}: recalled (charged, and wanted back by the library). */
    RECALLED("07"),
    /** {@code 08}: waiting on the hold shelf for the first patron of the hold queue. */
    WAITING_ON_HOLD_SHELF("08"),
    /** {@code 09}: waiting to be re-shelved. */
    WAITING_TO_BE_RESHELVED("09"),
    /** {@code 10}: in transit between library locations. */
    IN_TRANSIT("10"),
    /** {@code 11}: claimed returned. */
    CLAIMED_RETURNED("11"),
    /** {@code 12}: lost. */
    LOST("12"),
    /** {@code 13}: missing. */
    MISSING("13");

    private static final Map<String, CirculationStatus> BY_CODE;

    static {
        Map<String, CirculationStatus> byCode = new HashMap<>();
        for (CirculationStatus status : values()) {
            if (byCode.put(status.code, status) != null) {
                throw new IllegalStateException("duplicate circulation status code: " + status.code);
            }
        }
        BY_CODE = Collections.unmodifiableMap(byCode);
    }

    private final String code;

    CirculationStatus(String code) {
        this.code = code;
    }

    /** {@return the two-digit SIP2 code, {@code "01"} to {@code "13"}} */
    public String code() {
        return code;
    }

    /** {@return true for the three statuses of an item that is checked out to a patron} */
    public boolean isCharged() {
        return this == CHARGED || this == CHARGED_NOT_TO_BE_RECALLED || this == RECALLED;
    }

    /**
     * Looks a status up by its two-digit code.
     *
     * @param code the SIP2 code, such as {@code "03"}
     * @return the status, or empty when the code is not one of {@code 01} to {@code 13}
     */
    public static Optional<CirculationStatus> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
