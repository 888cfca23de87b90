package io.github.sip2kit.testkit.library;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a checkout or a renewal: what SIP2's checkout (12) and renew (30) responses need.
 *
 * @param ok true when the item is now checked out to the patron (with a new due date for a renewal)
 * @param renewal true when the patron already had the item, so the operation was a renewal (SIP2's renewal ok)
 * @param screenMessage a human-readable message for the patron
 * @param refusal why the operation was refused; present exactly when {@code ok} is false
 * @param item the item after the operation; empty when it is unknown
 * @param patron the patron after the operation (with any new fee); empty when the patron is unknown
 * @param dueDate the due date of the loan; present when {@code ok}
 * @param fee the fee that comes with the checkout (a rental fee); present also when the checkout was refused
 *     with {@link RefusalReason#FEE_NOT_ACKNOWLEDGED}, so that the patron can be asked to accept it
 * @param overdueFine the overdue fine charged because an overdue item was renewed or taken over
 */
public record LoanResult(
        boolean ok,
        boolean renewal,
        String screenMessage,
        Optional<RefusalReason> refusal,
        Optional<Item> item,
        Optional<Patron> patron,
        Optional<LocalDate> dueDate,
        Optional<FeeCharge> fee,
        Optional<FeeItem> overdueFine) {

    /**
     * Checks the components.
     *
     * @param ok true when the item is now checked out to the patron (with a new due date for a renewal)
     * @param renewal true when the patron already had the item, so the operation was a renewal (SIP2's renewal ok)
     * @param screenMessage a human-readable message for the patron
     * @param refusal why the operation was refused; present exactly when {@code ok} is false
     * @param item the item after the operation; empty when it is unknown
     * @param patron the patron after the operation (with any new fee); empty when the patron is unknown
     * @param dueDate the due date of the loan; present when {@code ok}
     * @param fee the fee that comes with the checkout (a rental fee); present also when the checkout was refused
     *     with {@link RefusalReason#FEE_NOT_ACKNOWLEDGED}, so that the patron can be asked to accept it
     * @param overdueFine the overdue fine charged because an overdue item was renewed or taken over
     * @throws IllegalArgumentException if {@code refusal} is present for an ok result or absent for a refused one
     */
    public LoanResult {
        Objects.requireNonNull(screenMessage, "screenMessage");
        Results.checkRefusal(ok, refusal);
        Checks.optional(item, "item");
        Checks.optional(patron, "patron");
        Checks.optional(dueDate, "dueDate");
        Checks.optional(fee, "fee");
        Checks.optional(overdueFine, "overdueFine");
    }
}
