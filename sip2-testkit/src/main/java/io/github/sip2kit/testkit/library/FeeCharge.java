package io.github.sip2kit.testkit.library;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A fee that comes with a checkout, as SIP2's checkout response reports it (fee type {@code BT}, currency
 * {@code BH}, fee amount {@code BV}, transaction id {@code BK}).
 *
 * @param type the kind of fee
 * @param amount the amount, scaled to two decimals
 * @param currency the ISO 4217 code
 * @param feeId the identifier of the fee charged to the patron; empty when the checkout was refused because
 *     the patron had not acknowledged the fee
 */
public record FeeCharge(FeeType type, BigDecimal amount, String currency, Optional<String> feeId) {

    /**
     * Checks the components and scales the amount to two decimals.
     *
     * @param type the kind of fee
     * @param amount the amount, scaled to two decimals
     * @param currency the ISO 4217 code
     * @param feeId the identifier of the fee charged to the patron; empty when the checkout was refused because
     *     the patron had not acknowledged the fee
     * @throws IllegalArgumentException if the amount or currency is out of range
     */
    public FeeCharge {
        Objects.requireNonNull(type, "type");
        amount = Checks.money(amount, "amount");
        Checks.currency(currency, "currency");
        Checks.optional(feeId, "feeId");
    }
}
