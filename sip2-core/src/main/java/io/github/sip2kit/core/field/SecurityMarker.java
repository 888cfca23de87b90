package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * The kind of security marker in an item (Item Information Response, 18): two digits.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly two characters, printable ASCII other than {@code |}
 */
public record SecurityMarker(String code) implements WireCode {

    /** {@code 00}: other. */
    public static final SecurityMarker OTHER = new SecurityMarker("00");

    /** {@code 01}: none. */
    public static final SecurityMarker NONE = new SecurityMarker("01");

    /** {@code 02}: 3M Tattle-Tape security strip. */
    public static final SecurityMarker TATTLE_TAPE = new SecurityMarker("02");

    /** {@code 03}: 3M Whisper Tape. */
    public static final SecurityMarker WHISPER_TAPE = new SecurityMarker("03");

    private static final CodeTable<SecurityMarker> TABLE = CodeTable.<SecurityMarker>builder("security marker")
            .standard(OTHER, "other")
            .standard(NONE, "none")
            .standard(TATTLE_TAPE, "3M Tattle-Tape security strip")
            .standard(WHISPER_TAPE, "3M Whisper Tape")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public SecurityMarker {
        CodeTable.requireCode(code, 2, "security marker");
    }

    /**
     * Returns the security marker with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public static SecurityMarker of(String code) {
        return TABLE.of(code, SecurityMarker::new);
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
