package io.github.sip2kit.testkit.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One fee a patron owes. Partial payments lower {@link #amount()}; a fee paid in full disappears from the
 * patron's fees.
 *
 * @param id the fee identifier, unique across the library (SIP2's fee identifier field, {@code CG}); not blank
 * @param type the kind of fee
 * @param amount the amount still owed, scaled to two decimals; more than 0
 * @param description a human-readable description; may be empty
 * @param itemId the identifier of the item the fee is about, if any
 * @param createdDate the day the fee was charged
 */
public record FeeItem(
        String id, FeeType type, BigDecimal amount, String description, Optional<String> itemId, LocalDate createdDate) {

    /**
     * Checks the components and scales the amount to two decimals.
     *
     * @param id the fee identifier, unique across the library (SIP2's fee identifier field, {@code CG}); not blank
     * @param type the kind of fee
     * @param amount the amount still owed, scaled to two decimals; more than 0
     * @param description a human-readable description; may be empty
     * @param itemId the identifier of the item the fee is about, if any
     * @param createdDate the day the fee was charged
     * @throws IllegalArgumentException if the id is blank or the amount is not more than 0 or has more than two
     *     decimals
     */
    public FeeItem {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(type, "type");
        amount = Checks.positiveMoney(amount, "amount");
        Objects.requireNonNull(description, "description");
        Checks.optional(itemId, "itemId");
        Objects.requireNonNull(createdDate, "createdDate");
    }

    /**
     * {@return a copy of this fee with another amount owed}
     *
     * @param newAmount the amount still owed; more than 0
     */
    public FeeItem withAmount(BigDecimal newAmount) {
        return new FeeItem(id, type, newAmount, description, itemId, createdDate);
    }
}
