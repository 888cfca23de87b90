package io.github.sip2kit.testkit.library;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of a patron (a library user). The library hands out snapshots; changing the library never
 * changes a snapshot already returned. {@link #toString()} does not show the PIN.
 *
 * @param id the patron identifier (card barcode), SIP2's {@code AA}; not blank
 * @param pin the patron's password (PIN), SIP2's {@code AD}; may be empty
 * @param personalName the patron's name, SIP2's {@code AE}; not blank
 * @param institutionId the id of the patron's home institution; not blank
 * @param email the e-mail address, if known
 * @param phone the home phone number, if known
 * @param address the home address, if known
 * @param language the SIP2 language code, 3 digits ({@code "000"} unknown, {@code "001"} English, ...)
 * @param patronClass the patron's category, such as {@code "adult"}; may be empty
 * @param blocked true when the card is blocked (SIP2's Block Patron sets it, Patron Enable clears it)
 * @param blockReason why the card is blocked; empty when it is not
 * @param cardLost true when the card was reported lost
 * @param expiryDate the last day the card is valid, if it expires
 * @param limits how much the patron may borrow
 * @param fees the fees the patron owes, oldest first; fee ids are unique
 * @param currency the ISO 4217 code of the patron's fees; 3 upper-case letters
 */
public record Patron(
        String id,
        String pin,
        String personalName,
        String institutionId,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> address,
        String language,
        String patronClass,
        boolean blocked,
        Optional<String> blockReason,
        boolean cardLost,
        Optional<LocalDate> expiryDate,
        PatronLimits limits,
        List<FeeItem> fees,
        String currency) {

    /**
     * Checks the components and copies the fee list.
     *
     * @param id the patron identifier (card barcode), SIP2's {@code AA}; not blank
     * @param pin the patron's password (PIN), SIP2's {@code AD}; may be empty
     * @param personalName the patron's name, SIP2's {@code AE}; not blank
     * @param institutionId the id of the patron's home institution; not blank
     * @param email the e-mail address, if known
     * @param phone the home phone number, if known
     * @param address the home address, if known
     * @param language the SIP2 language code, 3 digits ({@code "000"} unknown, {@code "001"} English, ...)
     * @param patronClass the patron's category, such as {@code "adult"}; may be empty
     * @param blocked true when the card is blocked (SIP2's Block Patron sets it, Patron Enable clears it)
     * @param blockReason why the card is blocked; empty when it is not
     * @param cardLost true when the card was reported lost
     * @param expiryDate the last day the card is valid, if it expires
     * @param limits how much the patron may borrow
     * @param fees the fees the patron owes, oldest first; fee ids are unique
     * @param currency the ISO 4217 code of the patron's fees; 3 upper-case letters
     * @throws IllegalArgumentException if a component is out of range, a block reason is given for a patron who
     *     is not blocked, or two fees share an id
     */
    public Patron {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(pin, "pin");
        Checks.notBlank(personalName, "personalName");
        Checks.notBlank(institutionId, "institutionId");
        Checks.optional(email, "email");
        Checks.optional(phone, "phone");
        Checks.optional(address, "address");
        Checks.digits(language, 3, "language");
        Objects.requireNonNull(patronClass, "patronClass");
        Checks.optional(blockReason, "blockReason");
        if (blockReason.isPresent() && !blocked) {
            throw new IllegalArgumentException(
                    "blockReason: \"" + blockReason.get() + "\" (expected: absent for a patron who is not blocked)");
        }
        Checks.optional(expiryDate, "expiryDate");
        Objects.requireNonNull(limits, "limits");
        fees = List.copyOf(fees);
        Set<String> feeIds = new HashSet<>();
        for (FeeItem fee : fees) {
            if (!feeIds.add(fee.id())) {
                throw new IllegalArgumentException("fees: duplicate fee id " + fee.id() + " (expected: unique ids)");
            }
        }
        Checks.currency(currency, "currency");
    }

    /** {@return the sum of all fees the patron owes, scaled to two decimals} */
    public BigDecimal totalFees() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (FeeItem fee : fees) {
            total = total.add(fee.amount());
        }
        return total;
    }

    /**
     * {@return true when the card's expiry date lies before the given day}
     *
     * @param today the current day
     */
    public boolean isExpired(LocalDate today) {
        return expiryDate.isPresent() && expiryDate.get().isBefore(today);
    }

    /**
     * Compares a PIN with the patron's, in time that does not depend on where they differ.
     *
     * @param candidate the PIN to check
     * @return true when it equals the patron's PIN
     */
    public boolean pinMatches(String candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return MessageDigest.isEqual(
                pin.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return a description of the patron in which the PIN is shown as {@code ****}} */
    @Override
    public String toString() {
        return "Patron[id=" + id + ", pin=****, personalName=" + personalName + ", institutionId=" + institutionId
                + ", email=" + email + ", phone=" + phone + ", address=" + address + ", language=" + language
                + ", patronClass=" + patronClass + ", blocked=" + blocked + ", blockReason=" + blockReason
                + ", cardLost=" + cardLost + ", expiryDate=" + expiryDate + ", limits=" + limits + ", fees=" + fees
                + ", currency=" + currency + "]";
    }

    /**
     * {@return a builder for a patron with the given identifier, PIN and name}
     *
     * <p>Defaults: institution {@code "MAIN"}, language {@code "000"}, empty patron class, not blocked, card not
     * lost, no expiry date, {@link PatronLimits#DEFAULT}, no fees, currency {@code "USD"}.
     *
     * @param id the patron identifier
     * @param pin the PIN
     * @param personalName the patron's name
     */
    public static Builder builder(String id, String pin, String personalName) {
        return new Builder(id, pin, personalName);
    }

    /** {@return a builder holding this patron's values} */
    public Builder toBuilder() {
        Builder b = new Builder(id, pin, personalName);
        b.institutionId = institutionId;
        b.email = email;
        b.phone = phone;
        b.address = address;
        b.language = language;
        b.patronClass = patronClass;
        b.blocked = blocked;
        b.blockReason = blockReason;
        b.cardLost = cardLost;
        b.expiryDate = expiryDate;
        b.limits = limits;
        b.fees = new ArrayList<>(fees);
        b.currency = currency;
        return b;
    }

    /** Builds {@link Patron} values; not thread-safe. */
    public static final class Builder {
        private String id;
        private String pin;
        private String personalName;
        private String institutionId = "MAIN";
        private Optional<String> email = Optional.empty();
        private Optional<String> phone = Optional.empty();
        private Optional<String> address = Optional.empty();
        private String language = "000";
        private String patronClass = "";
        private boolean blocked;
        private Optional<String> blockReason = Optional.empty();
        private boolean cardLost;
        private Optional<LocalDate> expiryDate = Optional.empty();
        private PatronLimits limits = PatronLimits.DEFAULT;
        private List<FeeItem> fees = new ArrayList<>();
        private String currency = "USD";

        private Builder(String id, String pin, String personalName) {
            this.id = id;
            this.pin = pin;
            this.personalName = personalName;
        }

        /**
         * Sets the patron identifier.
         *
         * @param value the identifier
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the PIN.
         *
         * @param value the PIN
         * @return this builder
         */
        public Builder pin(String value) {
            this.pin = value;
            return this;
        }

        /**
         * Sets the patron's name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder personalName(String value) {
            this.personalName = value;
            return this;
        }

        /**
         * Sets the home institution.
         *
         * @param value the institution id
         * @return this builder
         */
        public Builder institutionId(String value) {
            this.institutionId = value;
            return this;
        }

        /**
         * Sets the e-mail address.
         *
         * @param value the address, or {@code null} for none
         * @return this builder
         */
        public Builder email(String value) {
            this.email = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the home phone number.
         *
         * @param value the number, or {@code null} for none
         * @return this builder
         */
        public Builder phone(String value) {
            this.phone = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the home address.
         *
         * @param value the address, or {@code null} for none
         * @return this builder
         */
        public Builder address(String value) {
            this.address = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the SIP2 language code.
         *
         * @param value 3 digits
         * @return this builder
         */
        public Builder language(String value) {
            this.language = value;
            return this;
        }

        /**
         * Sets the patron class.
         *
         * @param value the class, may be empty
         * @return this builder
         */
        public Builder patronClass(String value) {
            this.patronClass = value;
            return this;
        }

        /**
         * Blocks the card with a reason.
         *
         * @param reason why the card is blocked
         * @return this builder
         */
        public Builder blocked(String reason) {
            this.blocked = true;
            this.blockReason = Optional.of(reason);
            return this;
        }

        /**
         * Sets whether the card is blocked, clearing the reason.
         *
         * @param value true to block the card without a reason, false to unblock it
         * @return this builder
         */
        public Builder blocked(boolean value) {
            this.blocked = value;
            this.blockReason = Optional.empty();
            return this;
        }

        /**
         * Sets whether the card was reported lost.
         *
         * @param value true for a lost card
         * @return this builder
         */
        public Builder cardLost(boolean value) {
            this.cardLost = value;
            return this;
        }

        /**
         * Sets the last day the card is valid.
         *
         * @param value the day, or {@code null} for a card that does not expire
         * @return this builder
         */
        public Builder expiryDate(LocalDate value) {
            this.expiryDate = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the borrowing limits.
         *
         * @param value the limits
         * @return this builder
         */
        public Builder limits(PatronLimits value) {
            this.limits = value;
            return this;
        }

        /**
         * Replaces the fees.
         *
         * @param value the fees, oldest first
         * @return this builder
         */
        public Builder fees(List<FeeItem> value) {
            this.fees = new ArrayList<>(value);
            return this;
        }

        /**
         * Adds a fee after the existing ones.
         *
         * @param value the fee
         * @return this builder
         */
        public Builder addFee(FeeItem value) {
            this.fees.add(Objects.requireNonNull(value, "fee"));
            return this;
        }

        /**
         * Sets the currency.
         *
         * @param value an ISO 4217 code
         * @return this builder
         */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /**
         * {@return the patron}
         *
         * @throws IllegalArgumentException if a value is out of range
         */
        public Patron build() {
            return new Patron(id, pin, personalName, institutionId, email, phone, address, language, patronClass,
                    blocked, blockReason, cardLost, expiryDate, limits, fees, currency);
        }
    }
}
