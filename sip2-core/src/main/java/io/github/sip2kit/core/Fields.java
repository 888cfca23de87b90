package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.WireText;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Validation shared by the message records, so every record rejects bad values with the same wording. */
final class Fields {

    private Fields() {}

    static void text(String value, String name) {
        WireText.requireValue(value, name);
    }

    static void optionalText(Optional<String> value, String name) {
        Objects.requireNonNull(value, name).ifPresent(v -> WireText.requireValue(v, name));
    }

    static List<String> texts(List<String> values, String name) {
        List<String> copy = List.copyOf(Objects.requireNonNull(values, name));
        for (String v : copy) {
            WireText.requireValue(v, name);
        }
        return copy;
    }

    static List<RawField> rawFields(List<RawField> fields) {
        return List.copyOf(Objects.requireNonNull(fields, "unknownFields"));
    }

    static void fixedText(String value, int width, String name) {
        WireText.requireWidth(value, width, name);
    }

    static void digit(char value, String name) {
        if (value < '0' || value > '9') {
            throw new IllegalArgumentException(
                    name + ": character 0x" + Integer.toHexString(value) + " (expected: a digit, 0 = not encrypted)");
        }
    }

    static void range(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: " + min + " to " + max + ")");
        }
    }

    static void count(OptionalInt value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isPresent()) {
            range(value.getAsInt(), 0, 9999, name);
        }
    }

    static void optionalCount(OptionalInt value, String name) {
        count(value, name);
    }

    static <E extends Enum<E>> Set<E> flags(Set<E> values, Class<E> type, String name) {
        Objects.requireNonNull(values, name);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E e : (Collection<E>) values) {
            copy.add(Objects.requireNonNull(e, name));
        }
        return Collections.unmodifiableSet(copy);
    }

    static void noLineBreaks(String value, String name) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException(
                        name + ": contains CR, LF or NUL at index " + i + " (expected: none)");
            }
        }
    }

    static void required(Object value, String name) {
        if (value == null) {
            throw new NullPointerException(name + ": not set (expected: a value; it has no default)");
        }
    }
}
