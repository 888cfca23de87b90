package io.github.sip2kit.testkit.library;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of a fee, one constant per code of SIP2's fee type field (codes {@code 01} to {@code 09}).
 *
 * <p>In the JSON data file a fee type is written as its two-digit code ({@code "04"}) or as the constant's
 * name ({@code "OVERDUE"}).
 */
public enum FeeType {
    /** {@code 01}: other or unknown. */
    OTHER("01"),
    /** {@code 02}: administrative. */
    ADMINISTRATIVE("02"),
    /** {@code 03}: damage. */
    DAMAGE("03"),
    /** {@code 04}: overdue fine. */
    OVERDUE("04"),
    /** {@code 05}: processing. */
    PROCESSING("05"),
    /** {@code 06}: rental. */
    RENTAL("06"),
    /** {@code 07}: replacement. */
    REPLACEMENT("07"),
    /** {@code 08}: computer access charge. */
    COMPUTER_ACCESS_CHARGE("08"),
    /** {@code 09}: hold fee. */
    HOLD_FEE("09");

    private static final Map<String, FeeType> BY_CODE;

    static {
        Map<String, FeeType> byCode = new HashMap<>();
        for (FeeType type : values()) {
            if (byCode.put(type.code, type) != null) {
                throw new IllegalStateException("duplicate fee type code: " + type.code);
            }
        }
        BY_CODE = Collections.unmodifiableMap(byCode);
    }

    private final String code;

    FeeType(String code) {
        this.code = code;
    }

    /** {@return the two-digit SIP2 code, {@code "01"} to {@code "09"}} */
    public String code() {
        return code;
    }

    /**
     * Looks a fee type up by its two-digit code.
     *
     * @param code the SIP2 code, such as {@code "04"}
     * @return the fee type, or empty when the code is not one of {@code 01} to {@code 09}
     */
    public static Optional<FeeType> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
