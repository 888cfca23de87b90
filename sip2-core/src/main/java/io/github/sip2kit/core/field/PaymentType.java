package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * How a fee was paid (Fee Paid, 37): two digits.
 *
 * <p>The spec defines {@code 00} to {@code 02}. {@link #CHECK} ({@code 05}) is an extension known from Evergreen,
 * which reads the check number from field RN; other codes are site-defined and kept as they are.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly two characters, printable ASCII other than {@code |}
 */
public record PaymentType(String code) implements WireCode {

    /** {@code 00}: cash. */
    public static final PaymentType CASH = new PaymentType("00");

    /** {@code 01}: VISA. */
    public static final PaymentType VISA = new PaymentType("01");

    /** {@code 02}: credit card. */
    public static final PaymentType CREDIT_CARD = new PaymentType("02");

    /** {@code 05}: check, with the check number in field RN (extension, not in the spec). */
    public static final PaymentType CHECK = new PaymentType("05");

    private static final CodeTable<PaymentType> TABLE = CodeTable.<PaymentType>builder("payment type")
            .standard(CASH, "cash")
            .standard(VISA, "VISA")
            .standard(CREDIT_CARD, "credit card")
            .extension(CHECK, "check")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public PaymentType {
        CodeTable.requireCode(code, 2, "payment type");
    }

    /**
     * Returns the payment type with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly two characters of printable ASCII other
     *     than {@code |}
     */
    public static PaymentType of(String code) {
        return TABLE.of(code, PaymentType::new);
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
