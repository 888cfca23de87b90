package io.github.sip2kit.core.field;

import java.util.Objects;
import java.util.Optional;

/**
 * A one-character flag that may be unknown: magnetic media (Checkin Response 10, Checkout Response 12, Renew
 * Response 30) and desensitize (12, 30).
 */
public enum YesNoUnknown implements WireCode {
    /** {@code Y}: yes. */
    YES("Y"),

    /** {@code N}: no. */
    NO("N"),

    /** {@code U}: unknown, or not supported by the sender. */
    UNKNOWN("U");

    private final String code;

    YesNoUnknown(String code) {
        this.code = code;
    }

    /**
     * Looks up a value by its code.
     *
     * @param code {@code "Y"}, {@code "N"} or {@code "U"}; matched case-sensitively
     * @return the value, or empty for any other code
     */
    public static Optional<YesNoUnknown> fromCode(String code) {
        return switch (Objects.requireNonNull(code, "code")) {
            case "Y" -> Optional.of(YES);
            case "N" -> Optional.of(NO);
            case "U" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }

    /**
     * Converts a known answer.
     *
     * @param value the answer
     * @return {@link #YES} for {@code true}, {@link #NO} for {@code false}
     */
    public static YesNoUnknown of(boolean value) {
        return value ? YES : NO;
    }

    /**
     * {@return the one-character code: {@code Y}, {@code N} or {@code U}}
     */
    @Override
    public String code() {
        return code;
    }
}
