package io.github.sip2kit.testkit.library;

import java.math.BigDecimal;

/**
 * Library-wide circulation rules.
 *
 * @param currency the ISO 4217 code of fees that have no patron to take it from (such as rental fees shown
 *     by item information) and the default currency of patrons; 3 upper-case letters
 * @param feeLimit a patron who owes more than this cannot check out (SIP2's fee limit, {@code CC});
 *     not negative
 * @param overdueFinePerDay the fine charged for each day an item comes back late; not negative, 0 turns
 *     fines off
 * @param maxOverdueFine the most one late return can cost; not negative
 * @param holdShelfDays how many days an item waits on the hold shelf for its patron; at least 1
 */
public record LibraryPolicy(
        String currency, BigDecimal feeLimit, BigDecimal overdueFinePerDay, BigDecimal maxOverdueFine, int holdShelfDays) {

    /**
     * Checks the components and scales the amounts to two decimals.
     *
     * @param currency the ISO 4217 code of fees that have no patron to take it from (such as rental fees shown
     *     by item information) and the default currency of patrons; 3 upper-case letters
     * @param feeLimit a patron who owes more than this cannot check out (SIP2's fee limit, {@code CC});
     *     not negative
     * @param overdueFinePerDay the fine charged for each day an item comes back late; not negative, 0 turns
     *     fines off
     * @param maxOverdueFine the most one late return can cost; not negative
     * @param holdShelfDays how many days an item waits on the hold shelf for its patron; at least 1
     * @throws IllegalArgumentException if a component is out of range
     */
    public LibraryPolicy {
        Checks.currency(currency, "currency");
        feeLimit = Checks.money(feeLimit, "feeLimit");
        overdueFinePerDay = Checks.money(overdueFinePerDay, "overdueFinePerDay");
        maxOverdueFine = Checks.money(maxOverdueFine, "maxOverdueFine");
        Checks.atLeast(holdShelfDays, 1, "holdShelfDays");
    }

    /**
     * {@return the default policy: USD, fee limit 10.00, fines of 0.25 a day up to 10.00 per return, 7 days on the
     * hold shelf}
     */
    public static LibraryPolicy defaults() {
        return new LibraryPolicy("USD", new BigDecimal("10.00"), new BigDecimal("0.25"), new BigDecimal("10.00"), 7);
    }
}
