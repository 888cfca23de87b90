package io.github.sip2kit.testkit.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/** Argument checks shared by the records of this package. */
final class Checks {

    private Checks() {}

    static String notBlank(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + ": \"" + value + "\" (expected: not blank)");
        }
        return value;
    }

    static String digits(String value, int count, String what) {
        Objects.requireNonNull(value, what);
        if (value.length() != count || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(what + ": \"" + value + "\" (expected: " + count + " digits)");
        }
        return value;
    }

    static String currency(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.length() != 3 || !value.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException(
                    what + ": \"" + value + "\" (expected: 3 upper-case letters, an ISO 4217 code)");
        }
        return value;
    }

    static int atLeast(int value, int min, String what) {
        if (value < min) {
            throw new IllegalArgumentException(what + ": " + value + " (expected: at least " + min + ")");
        }
        return value;
    }

    /** Scales an amount of money to two decimals, refusing negative amounts and finer fractions. */
    static BigDecimal money(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + ": " + value.toPlainString() + " (expected: not negative)");
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    what + ": " + value.toPlainString() + " (expected: at most 2 decimals)", e);
        }
    }

    static BigDecimal positiveMoney(BigDecimal value, String what) {
        BigDecimal scaled = money(value, what);
        if (scaled.signum() == 0) {
            throw new IllegalArgumentException(what + ": " + scaled.toPlainString() + " (expected: more than 0)");
        }
        return scaled;
    }

    static <T> Optional<T> optional(Optional<T> value, String what) {
        return Objects.requireNonNull(value, what);
    }
}
