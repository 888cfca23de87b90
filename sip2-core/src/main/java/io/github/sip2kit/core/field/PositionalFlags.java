package io.github.sip2kit.core.field;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes a fixed field of {@code Y}/blank positions, one enum constant per position, the position being
 * the constant's ordinal.
 */
final class PositionalFlags {

    /** Enum constants per type, cached: {@code getEnumConstants()} copies the array on every call. */
    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private PositionalFlags() {}

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> E[] constants(Class<E> type) {
        return (E[]) CONSTANTS.get(type);
    }

    static <E extends Enum<E>> Set<E> parse(CharSequence positions, Class<E> type, String fieldName) {
        Objects.requireNonNull(positions, "positions");
        E[] constants = constants(type);
        if (positions.length() != constants.length) {
            throw new IllegalArgumentException(fieldName + ": " + WireText.characters(positions.length())
                    + " (expected: exactly " + constants.length + ")");
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (int i = 0; i < constants.length; i++) {
            char c = positions.charAt(i);
            if (c == 'Y') {
                set.add(constants[i]);
            } else if (c != ' ') {
                throw new IllegalArgumentException(fieldName + ": " + WireText.describe(c) + " at position " + i
                        + ", " + constants[i] + " (expected: 'Y' or space)");
            }
        }
        return Collections.unmodifiableSet(set);
    }

    static <E extends Enum<E>> Set<E> parseLenient(CharSequence positions, Class<E> type) {
        Objects.requireNonNull(positions, "positions");
        E[] constants = constants(type);
        EnumSet<E> set = EnumSet.noneOf(type);
        for (int i = 0, n = Math.min(positions.length(), constants.length); i < n; i++) {
            char c = positions.charAt(i);
            if (c == 'Y' || c == 'y') {
                set.add(constants[i]);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    static <E extends Enum<E>> String format(Set<E> flags, Class<E> type) {
        Objects.requireNonNull(flags, "flags");
        char[] chars = new char[constants(type).length];
        Arrays.fill(chars, ' ');
        for (E flag : flags) {
            chars[Objects.requireNonNull(flag, "flag").ordinal()] = 'Y';
        }
        return new String(chars);
    }
}
