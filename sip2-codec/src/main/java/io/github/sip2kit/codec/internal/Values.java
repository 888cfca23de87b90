package io.github.sip2kit.codec.internal;

import io.github.sip2kit.core.field.Secret;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Converts the decoder's untyped slots into record component values. */
final class Values {

    private Values() {}

    static String text(Object value) {
        return value == null ? "" : (String) value;
    }

    static Secret secret(Object value) {
        return value == null ? Secret.EMPTY : (Secret) value;
    }

    @SuppressWarnings("unchecked")
    static <T> Optional<T> optional(Object value) {
        return Optional.ofNullable((T) value);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }

    @SuppressWarnings("unchecked")
    static <T> Set<T> set(Object value) {
        return value == null ? Set.of() : (Set<T>) value;
    }

    static OptionalInt optionalInt(Object value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of((Integer) value);
    }

    static Integer fromOptionalInt(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
