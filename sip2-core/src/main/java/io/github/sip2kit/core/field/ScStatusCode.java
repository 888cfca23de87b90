package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * The state the SC reports in an SC Status message (99): one character.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly one character, printable ASCII other than {@code |}
 */
public record ScStatusCode(String code) implements WireCode {

    /** {@code 0}: SC unit OK. */
    public static final ScStatusCode OK = new ScStatusCode("0");

    /** {@code 1}: SC printer out of paper. */
    public static final ScStatusCode PRINTER_OUT_OF_PAPER = new ScStatusCode("1");

    /** {@code 2}: SC about to shut down. */
    public static final ScStatusCode ABOUT_TO_SHUT_DOWN = new ScStatusCode("2");

    private static final CodeTable<ScStatusCode> TABLE = CodeTable.<ScStatusCode>builder("SC status code")
            .standard(OK, "SC unit OK")
            .standard(PRINTER_OUT_OF_PAPER, "SC printer out of paper")
            .standard(ABOUT_TO_SHUT_DOWN, "SC about to shut down")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly one character of printable ASCII other
     *     than {@code |}
     */
    public ScStatusCode {
        CodeTable.requireCode(code, 1, "SC status code");
    }

    /**
     * Returns the SC status code with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly one character of printable ASCII other
     *     than {@code |}
     */
    public static ScStatusCode of(String code) {
        return TABLE.of(code, ScStatusCode::new);
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
