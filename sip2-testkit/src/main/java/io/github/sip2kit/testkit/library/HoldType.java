package io.github.sip2kit.testkit.library;

import java.util.Optional;

/**
 * The kind of a hold, one constant per code of SIP2's hold type field.
 *
 * <p>In the JSON data file a hold type is written as its one-digit code ({@code "3"}) or as the constant's
 * name ({@code "SPECIFIC_COPY"}).
 */
public enum HoldType {
    /** {@code 1}: other. */
    OTHER("1"),
    /** {@code 2}: any copy of a title. */
    ANY_COPY_OF_TITLE("2"),
    /** {@code 3}: a specific copy of a title. */
    SPECIFIC_COPY("3"),
    /** {@code 4}: any copy at a single branch or sublocation. */
    ANY_COPY_AT_BRANCH("4");

    private final String code;

    HoldType(String code) {
        this.code = code;
    }

    /** {@return the one-digit SIP2 code, {@code "1"} to {@code "4"}} */
    public String code() {
        return code;
    }

    /**
     * Looks a hold type up by its one-digit code.
     *
     * @param code the SIP2 code, such as {@code "2"}
     * @return the hold type, or empty when the code is not one of {@code 1} to {@code 4}
     */
    public static Optional<HoldType> fromCode(String code) {
        for (HoldType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
