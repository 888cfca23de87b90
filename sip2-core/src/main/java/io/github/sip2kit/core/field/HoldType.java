package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * The type of a hold (field BY): one character.
 *
 * <p>The spec defines {@code 1} to {@code 4}; the field allows {@code 1} to {@code 9}.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly one character, printable ASCII other than {@code |}
 */
public record HoldType(String code) implements WireCode {

    /** {@code 1}: other. */
    public static final HoldType OTHER = new HoldType("1");

    /** {@code 2}: any copy of a title. */
    public static final HoldType ANY_COPY_OF_TITLE = new HoldType("2");

    /** {@code 3}: a specific copy of a title. */
    public static final HoldType SPECIFIC_COPY_OF_TITLE = new HoldType("3");

    /** {@code 4}: any copy at a single branch or sublocation. */
    public static final HoldType ANY_COPY_AT_BRANCH = new HoldType("4");

    private static final CodeTable<HoldType> TABLE = CodeTable.<HoldType>builder("hold type")
            .standard(OTHER, "other")
            .standard(ANY_COPY_OF_TITLE, "any copy of a title")
            .standard(SPECIFIC_COPY_OF_TITLE, "a specific copy of a title")
            .standard(ANY_COPY_AT_BRANCH, "any copy at a single branch or sublocation")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly one character of printable ASCII other
     *     than {@code |}
     */
    public HoldType {
        CodeTable.requireCode(code, 1, "hold type");
    }

    /**
     * Returns the hold type with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly one character of printable ASCII other
     *     than {@code |}
     */
    public static HoldType of(String code) {
        return TABLE.of(code, HoldType::new);
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
