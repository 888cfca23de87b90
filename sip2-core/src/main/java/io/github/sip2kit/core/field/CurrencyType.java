package io.github.sip2kit.core.field;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The currency of the amounts in a message (Fee Paid, 37; field BH): an ISO 4217 alphabetic code of three
 * characters.
 *
 * <p>An open code type: the constants are the spec's examples plus the euro, {@link #of(String)} returns them, and
 * any other code of the right width is kept as a new instance, so that an odd code survives a round trip. A code is
 * standard when {@link java.util.Currency} knows it (which includes historic currencies such as {@code FRF}).
 * Instances are equal when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly three characters, printable ASCII other than {@code |}
 */
public record CurrencyType(String code) implements WireCode {

    /** {@code USD}: US dollar. */
    public static final CurrencyType USD = new CurrencyType("USD");

    /** {@code CAD}: Canadian dollar. */
    public static final CurrencyType CAD = new CurrencyType("CAD");

    /** {@code GBP}: British pound. */
    public static final CurrencyType GBP = new CurrencyType("GBP");

    /** {@code FRF}: French franc (replaced by the euro). */
    public static final CurrencyType FRF = new CurrencyType("FRF");

    /** {@code DEM}: German mark (replaced by the euro). */
    public static final CurrencyType DEM = new CurrencyType("DEM");

    /** {@code ITL}: Italian lira (replaced by the euro). */
    public static final CurrencyType ITL = new CurrencyType("ITL");

    /** {@code ESP}: Spanish peseta (replaced by the euro). */
    public static final CurrencyType ESP = new CurrencyType("ESP");

    /** {@code JPY}: Japanese yen. */
    public static final CurrencyType JPY = new CurrencyType("JPY");

    /** {@code EUR}: euro. */
    public static final CurrencyType EUR = new CurrencyType("EUR");

    private static final CodeTable<CurrencyType> TABLE = CodeTable.<CurrencyType>builder("currency type")
            .constant(USD)
            .constant(CAD)
            .constant(GBP)
            .constant(FRF)
            .constant(DEM)
            .constant(ITL)
            .constant(ESP)
            .constant(JPY)
            .constant(EUR)
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly three characters of printable ASCII other
     *     than {@code |}
     */
    public CurrencyType {
        CodeTable.requireCode(code, 3, "currency type");
    }

    /**
     * Returns the currency type with the given code.
     *
     * @param code the code as sent on the wire, for example {@code "EUR"}
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly three characters of printable ASCII other
     *     than {@code |}
     */
    public static CurrencyType of(String code) {
        return TABLE.of(code, CurrencyType::new);
    }

    /**
     * Returns the JDK currency with this code.
     *
     * @return the currency, or empty if {@link java.util.Currency} does not know the code
     */
    public Optional<Currency> currency() {
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException unknownCode) {
            return Optional.empty();
        }
    }

    /**
     * {@return whether the code is an ISO 4217 code that {@link java.util.Currency} knows}
     */
    public boolean isStandard() {
        return currency().isPresent();
    }

    /**
     * {@return the currency's English name, for example {@code "Euro"}, or empty for a code that
     * {@link java.util.Currency} does not know}
     */
    public Optional<String> description() {
        return currency().map(c -> c.getDisplayName(Locale.ENGLISH));
    }
}
