package io.github.sip2kit.core.field;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The known codes of one open code type: its constants, their descriptions and which of them the spec defines.
 * Built once in the type's static initializer; building fails on a duplicate code.
 *
 * @param <T> the open code type
 */
final class CodeTable<T extends WireCode> {

    private final Map<String, T> constants;
    private final Map<String, String> descriptions;
    private final Set<String> standard;

    private CodeTable(Builder<T> builder) {
        this.constants = Map.copyOf(builder.constants);
        this.descriptions = Map.copyOf(builder.descriptions);
        this.standard = Set.copyOf(builder.standard);
    }

    static <T extends WireCode> Builder<T> builder(String typeName) {
        return new Builder<>(typeName);
    }

    /**
     * Checks the code of an open code type: exactly {@code width} characters, each printable ASCII
     * ({@code 0x20}–{@code 0x7E}) other than {@code |}.
     */
    static String requireCode(String code, int width, String typeName) {
        Objects.requireNonNull(code, "code");
        if (code.length() != width) {
            throw new IllegalArgumentException(
                    typeName + ": " + WireText.characters(code.length()) + " (expected: exactly " + width + ")");
        }
        for (int i = 0; i < width; i++) {
            char c = code.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '|') {
                throw new IllegalArgumentException(typeName + ": " + WireText.describe(c) + " at index " + i
                        + " (expected: printable ASCII other than '|')");
            }
        }
        return code;
    }

    /** {@return the constant for {@code code}, or a new instance made by {@code create} if none is known} */
    T of(String code, Function<String, T> create) {
        T constant = constants.get(Objects.requireNonNull(code, "code"));
        return constant != null ? constant : create.apply(code);
    }

    boolean isStandard(String code) {
        return standard.contains(code);
    }

    Optional<String> description(String code) {
        return Optional.ofNullable(descriptions.get(code));
    }

    static final class Builder<T extends WireCode> {
        private final String typeName;
        private final Map<String, T> constants = new HashMap<>();
        private final Map<String, String> descriptions = new HashMap<>();
        private final Set<String> standard = new HashSet<>();

        private Builder(String typeName) {
            this.typeName = typeName;
        }

        /** Adds a code the spec defines. */
        Builder<T> standard(T constant, String description) {
            add(constant, description);
            standard.add(constant.code());
            return this;
        }

        /** Adds a code that is known from an implementation but not defined by the spec. */
        Builder<T> extension(T constant, String description) {
            add(constant, description);
            return this;
        }

        /**
         * Adds a constant without a description, for a type that tells standard codes and descriptions apart by
         * other means.
         */
        Builder<T> constant(T constant) {
            register(constant);
            return this;
        }

        private void add(T constant, String description) {
            register(constant);
            descriptions.put(constant.code(), description);
        }

        private void register(T constant) {
            T previous = constants.putIfAbsent(constant.code(), constant);
            if (previous != null) {
                throw new IllegalStateException(
                        typeName + ": code " + constant.code() + " listed twice (expected: unique codes)");
            }
        }

        CodeTable<T> build() {
            return new CodeTable<>(this);
        }
    }
}
