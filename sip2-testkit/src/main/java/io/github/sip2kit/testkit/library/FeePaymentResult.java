package io.github.sip2kit.testkit.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a fee payment: what SIP2's fee paid response (38) needs.
 *
 * @param accepted true when the payment was applied
 * @param screenMessage a human-readable message for the patron
 * @param refusal why the payment was refused; present exactly when {@code accepted} is false
 * @param patronId the paying patron's identifier
 * @param transactionId the payment's transaction id: the caller's, or one the library made up; empty when
 *     refused
 * @param amount the amount paid, scaled to two decimals
 * @param currency the patron's currency; empty when the patron is unknown
 * @param paymentType the SIP2 payment type code (2 digits: {@code 00} cash, {@code 01} VISA, {@code 02} credit
 *     card, ...)
 * @param date the day of the payment
 * @param applied how the payment was split over the patron's fees, oldest first; empty when refused
 * @param balance what the patron still owes after the payment (before it, when refused)
 */
public record FeePaymentResult(
        boolean accepted,
        String screenMessage,
        Optional<RefusalReason> refusal,
        String patronId,
        Optional<String> transactionId,
        BigDecimal amount,
        Optional<String> currency,
        String paymentType,
        LocalDate date,
        List<Applied> applied,
        BigDecimal balance) {

    /**
     * Checks the components and copies the list.
     *
     * @param accepted true when the payment was applied
     * @param screenMessage a human-readable message for the patron
     * @param refusal why the payment was refused; present exactly when {@code accepted} is false
     * @param patronId the paying patron's identifier
     * @param transactionId the payment's transaction id: the caller's, or one the library made up; empty when
     *     refused
     * @param amount the amount paid, scaled to two decimals
     * @param currency the patron's currency; empty when the patron is unknown
     * @param paymentType the SIP2 payment type code (2 digits: {@code 00} cash, {@code 01} VISA, {@code 02} credit
     *     card, ...)
     * @param date the day of the payment
     * @param applied how the payment was split over the patron's fees, oldest first; empty when refused
     * @param balance what the patron still owes after the payment (before it, when refused)
     * @throws IllegalArgumentException if {@code refusal} is present for an accepted payment or absent for a
     *     refused one
     */
    public FeePaymentResult {
        Objects.requireNonNull(screenMessage, "screenMessage");
        Results.checkRefusal(accepted, refusal);
        Objects.requireNonNull(patronId, "patronId");
        Checks.optional(transactionId, "transactionId");
        Objects.requireNonNull(amount, "amount");
        Checks.optional(currency, "currency");
        Objects.requireNonNull(paymentType, "paymentType");
        Objects.requireNonNull(date, "date");
        applied = List.copyOf(applied);
        Objects.requireNonNull(balance, "balance");
    }

    /**
     * The part of a payment applied to one fee.
     *
     * @param feeId the fee identifier
     * @param feeType the kind of fee
     * @param amount the amount applied to the fee
     * @param remaining what is still owed on the fee; zero when it is paid in full and so removed
     */
    public record Applied(String feeId, FeeType feeType, BigDecimal amount, BigDecimal remaining) {

        /**
         * Checks that no component is null.
         *
         * @param feeId the fee identifier
         * @param feeType the kind of fee
         * @param amount the amount applied to the fee
         * @param remaining what is still owed on the fee; zero when it is paid in full and so removed
         */
        public Applied {
            Objects.requireNonNull(feeId, "feeId");
            Objects.requireNonNull(feeType, "feeType");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(remaining, "remaining");
        }
    }
}
