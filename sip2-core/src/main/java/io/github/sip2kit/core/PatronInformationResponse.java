package io.github.sip2kit.core;

import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Patron Information Response (64), sent by the ACS (library system). Answers a {@link PatronInformationRequest} (63). The six counts may be unknown (four blanks on the wire); only the item list selected by the request's summary field is normally present.
 *
 * <p>Fixed part after the code {@code 64}, in this order: patron status (14), language (3), transaction date (18), hold items count (4), overdue items count (4), charged items count (4), fine items count (4), recall items count (4), unavailable holds count (4).
 * Tagged fields (in spec order): AO required, AA required, AE required, BZ optional, CA optional, CB optional, BL optional, CQ optional, BH optional, BV optional, CC optional, AS repeatable, AT repeatable, AU repeatable, AV repeatable, BU repeatable, CD repeatable, BD optional, BE optional, BF optional, PB optional, PC optional, PI optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param patronStatus the patron status (fixed field, 14 Y/blank positions)
 * @param language the language (fixed field, language code)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param holdItemsCount the hold items count (fixed field, 4-digit count, blank when unknown)
 * @param overdueItemsCount the overdue items count (fixed field, 4-digit count, blank when unknown)
 * @param chargedItemsCount the charged items count (fixed field, 4-digit count, blank when unknown)
 * @param fineItemsCount the fine items count (fixed field, 4-digit count, blank when unknown)
 * @param recallItemsCount the recall items count (fixed field, 4-digit count, blank when unknown)
 * @param unavailableHoldsCount the unavailable holds count (fixed field, 4-digit count, blank when unknown)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param personalName the patron's name (empty for an unknown patron) (field AE, required)
 * @param holdItemsLimit how many holds the patron may have (field BZ, optional)
 * @param overdueItemsLimit how many overdue items the patron may have (field CA, optional)
 * @param chargedItemsLimit how many items the patron may have charged (field CB, optional)
 * @param validPatron whether the patron is known to the ACS (field BL, optional)
 * @param validPatronPassword whether the patron password was correct (field CQ, optional)
 * @param currencyType the currency of the fee amounts (field BH, optional)
 * @param feeAmount the total the patron owes, as decimal text (field BV, optional)
 * @param feeLimit the fee limit, as decimal text (field CC, optional)
 * @param holdItems the hold items, one per entry (field AS, repeatable)
 * @param overdueItems the overdue items, one per entry (field AT, repeatable)
 * @param chargedItems the charged items, one per entry (field AU, repeatable)
 * @param fineItems the fine items, one per entry (field AV, repeatable)
 * @param recallItems the recalled items, one per entry (field BU, repeatable)
 * @param unavailableHoldItems the unavailable hold items, one per entry (field CD, repeatable)
 * @param homeAddress the patron's home address (field BD, optional)
 * @param emailAddress the patron's e-mail address (field BE, optional)
 * @param homePhoneNumber the patron's home phone number (field BF, optional)
 * @param birthDate the patron's birth date (Envisionware/Evergreen/Koha extension) (field PB, optional)
 * @param patronClass the patron's class or category (Envisionware/Evergreen/Koha extension) (field PC, optional)
 * @param internetPrivileges the patron's internet access profile (Evergreen/Koha extension) (field PI, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record PatronInformationResponse(
        Set<PatronStatusFlag> patronStatus,
        Language language,
        Sip2Timestamp transactionDate,
        OptionalInt holdItemsCount,
        OptionalInt overdueItemsCount,
        OptionalInt chargedItemsCount,
        OptionalInt fineItemsCount,
        OptionalInt recallItemsCount,
        OptionalInt unavailableHoldsCount,
        String institutionId,
        String patronIdentifier,
        String personalName,
        OptionalInt holdItemsLimit,
        OptionalInt overdueItemsLimit,
        OptionalInt chargedItemsLimit,
        Optional<Boolean> validPatron,
        Optional<Boolean> validPatronPassword,
        Optional<CurrencyType> currencyType,
        Optional<String> feeAmount,
        Optional<String> feeLimit,
        List<String> holdItems,
        List<String> overdueItems,
        List<String> chargedItems,
        List<String> fineItems,
        List<String> recallItems,
        List<String> unavailableHoldItems,
        Optional<String> homeAddress,
        Optional<String> emailAddress,
        Optional<String> homePhoneNumber,
        Optional<String> birthDate,
        Optional<String> patronClass,
        Optional<String> internetPrivileges,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param patronStatus the patron status (fixed field, 14 Y/blank positions)
     * @param language the language (fixed field, language code)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param holdItemsCount the hold items count (fixed field, 4-digit count, blank when unknown)
     * @param overdueItemsCount the overdue items count (fixed field, 4-digit count, blank when unknown)
     * @param chargedItemsCount the charged items count (fixed field, 4-digit count, blank when unknown)
     * @param fineItemsCount the fine items count (fixed field, 4-digit count, blank when unknown)
     * @param recallItemsCount the recall items count (fixed field, 4-digit count, blank when unknown)
     * @param unavailableHoldsCount the unavailable holds count (fixed field, 4-digit count, blank when unknown)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param personalName the patron's name (empty for an unknown patron) (field AE, required)
     * @param holdItemsLimit how many holds the patron may have (field BZ, optional)
     * @param overdueItemsLimit how many overdue items the patron may have (field CA, optional)
     * @param chargedItemsLimit how many items the patron may have charged (field CB, optional)
     * @param validPatron whether the patron is known to the ACS (field BL, optional)
     * @param validPatronPassword whether the patron password was correct (field CQ, optional)
     * @param currencyType the currency of the fee amounts (field BH, optional)
     * @param feeAmount the total the patron owes, as decimal text (field BV, optional)
     * @param feeLimit the fee limit, as decimal text (field CC, optional)
     * @param holdItems the hold items, one per entry (field AS, repeatable)
     * @param overdueItems the overdue items, one per entry (field AT, repeatable)
     * @param chargedItems the charged items, one per entry (field AU, repeatable)
     * @param fineItems the fine items, one per entry (field AV, repeatable)
     * @param recallItems the recalled items, one per entry (field BU, repeatable)
     * @param unavailableHoldItems the unavailable hold items, one per entry (field CD, repeatable)
     * @param homeAddress the patron's home address (field BD, optional)
     * @param emailAddress the patron's e-mail address (field BE, optional)
     * @param homePhoneNumber the patron's home phone number (field BF, optional)
     * @param birthDate the patron's birth date (Envisionware/Evergreen/Koha extension) (field PB, optional)
     * @param patronClass the patron's class or category (Envisionware/Evergreen/Koha extension) (field PC, optional)
     * @param internetPrivileges the patron's internet access profile (Evergreen/Koha extension) (field PI, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public PatronInformationResponse {
        patronStatus = Fields.flags(patronStatus, PatronStatusFlag.class, "patronStatus");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.count(holdItemsCount, "holdItemsCount");
        Fields.count(overdueItemsCount, "overdueItemsCount");
        Fields.count(chargedItemsCount, "chargedItemsCount");
        Fields.count(fineItemsCount, "fineItemsCount");
        Fields.count(recallItemsCount, "recallItemsCount");
        Fields.count(unavailableHoldsCount, "unavailableHoldsCount");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Fields.text(personalName, "personalName (AE)");
        Fields.optionalCount(holdItemsLimit, "holdItemsLimit (BZ)");
        Fields.optionalCount(overdueItemsLimit, "overdueItemsLimit (CA)");
        Fields.optionalCount(chargedItemsLimit, "chargedItemsLimit (CB)");
        Objects.requireNonNull(validPatron, "validPatron (BL)");
        Objects.requireNonNull(validPatronPassword, "validPatronPassword (CQ)");
        Objects.requireNonNull(currencyType, "currencyType (BH)");
        Fields.optionalText(feeAmount, "feeAmount (BV)");
        Fields.optionalText(feeLimit, "feeLimit (CC)");
        holdItems = Fields.texts(holdItems, "holdItems (AS)");
        overdueItems = Fields.texts(overdueItems, "overdueItems (AT)");
        chargedItems = Fields.texts(chargedItems, "chargedItems (AU)");
        fineItems = Fields.texts(fineItems, "fineItems (AV)");
        recallItems = Fields.texts(recallItems, "recallItems (BU)");
        unavailableHoldItems = Fields.texts(unavailableHoldItems, "unavailableHoldItems (CD)");
        Fields.optionalText(homeAddress, "homeAddress (BD)");
        Fields.optionalText(emailAddress, "emailAddress (BE)");
        Fields.optionalText(homePhoneNumber, "homePhoneNumber (BF)");
        Fields.optionalText(birthDate, "birthDate (PB)");
        Fields.optionalText(patronClass, "patronClass (PC)");
        Fields.optionalText(internetPrivileges, "internetPrivileges (PI)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#PATRON_INFORMATION_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.PATRON_INFORMATION_RESPONSE;
    }

    /**
     * {@return a new builder with the defaults documented on each of its setters}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a builder holding this message's values, for making a modified copy}
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link PatronInformationResponse} values; not thread-safe. */
    public static final class Builder {
        private Set<PatronStatusFlag> patronStatus = Set.of();
        private Language language = Language.UNKNOWN;
        private Sip2Timestamp transactionDate;
        private OptionalInt holdItemsCount = OptionalInt.empty();
        private OptionalInt overdueItemsCount = OptionalInt.empty();
        private OptionalInt chargedItemsCount = OptionalInt.empty();
        private OptionalInt fineItemsCount = OptionalInt.empty();
        private OptionalInt recallItemsCount = OptionalInt.empty();
        private OptionalInt unavailableHoldsCount = OptionalInt.empty();
        private String institutionId = "";
        private String patronIdentifier = "";
        private String personalName = "";
        private OptionalInt holdItemsLimit = OptionalInt.empty();
        private OptionalInt overdueItemsLimit = OptionalInt.empty();
        private OptionalInt chargedItemsLimit = OptionalInt.empty();
        private Optional<Boolean> validPatron = Optional.empty();
        private Optional<Boolean> validPatronPassword = Optional.empty();
        private Optional<CurrencyType> currencyType = Optional.empty();
        private Optional<String> feeAmount = Optional.empty();
        private Optional<String> feeLimit = Optional.empty();
        private final java.util.ArrayList<String> holdItems = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> overdueItems = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> chargedItems = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> fineItems = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> recallItems = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> unavailableHoldItems = new java.util.ArrayList<>();
        private Optional<String> homeAddress = Optional.empty();
        private Optional<String> emailAddress = Optional.empty();
        private Optional<String> homePhoneNumber = Optional.empty();
        private Optional<String> birthDate = Optional.empty();
        private Optional<String> patronClass = Optional.empty();
        private Optional<String> internetPrivileges = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(PatronInformationResponse message) {
            this.patronStatus = message.patronStatus();
            this.language = message.language();
            this.transactionDate = message.transactionDate();
            this.holdItemsCount = message.holdItemsCount();
            this.overdueItemsCount = message.overdueItemsCount();
            this.chargedItemsCount = message.chargedItemsCount();
            this.fineItemsCount = message.fineItemsCount();
            this.recallItemsCount = message.recallItemsCount();
            this.unavailableHoldsCount = message.unavailableHoldsCount();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.personalName = message.personalName();
            this.holdItemsLimit = message.holdItemsLimit();
            this.overdueItemsLimit = message.overdueItemsLimit();
            this.chargedItemsLimit = message.chargedItemsLimit();
            this.validPatron = message.validPatron();
            this.validPatronPassword = message.validPatronPassword();
            this.currencyType = message.currencyType();
            this.feeAmount = message.feeAmount();
            this.feeLimit = message.feeLimit();
            this.holdItems.addAll(message.holdItems());
            this.overdueItems.addAll(message.overdueItems());
            this.chargedItems.addAll(message.chargedItems());
            this.fineItems.addAll(message.fineItems());
            this.recallItems.addAll(message.recallItems());
            this.unavailableHoldItems.addAll(message.unavailableHoldItems());
            this.homeAddress = message.homeAddress();
            this.emailAddress = message.emailAddress();
            this.homePhoneNumber = message.homePhoneNumber();
            this.birthDate = message.birthDate();
            this.patronClass = message.patronClass();
            this.internetPrivileges = message.internetPrivileges();
            this.screenMessages.addAll(message.screenMessages());
            this.printLines.addAll(message.printLines());
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the patron status positions that are {@code Y}. Default: {@code Set.of()}.
         *
         * @param patronStatus the positions set
         * @return this builder
         */
        public Builder patronStatus(Set<PatronStatusFlag> patronStatus) {
            this.patronStatus = Set.copyOf(patronStatus);
            return this;
        }

        /**
         * Sets the patron status positions that are {@code Y}.
         *
         * @param patronStatus the positions set
         * @return this builder
         */
        public Builder patronStatus(PatronStatusFlag... patronStatus) {
            this.patronStatus = Set.of(patronStatus);
            return this;
        }

        /**
         * Sets the language. Default: {@code Language.UNKNOWN}.
         *
         * @param language the language
         * @return this builder
         */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Sets the transaction date. Required.
         *
         * @param transactionDate the transaction date
         * @return this builder
         */
        public Builder transactionDate(Sip2Timestamp transactionDate) {
            this.transactionDate = Objects.requireNonNull(transactionDate, "transactionDate");
            return this;
        }

        /**
         * Sets the hold items count (0 to 9999). Default: {@code OptionalInt.empty()}.
         *
         * @param holdItemsCount the count
         * @return this builder
         */
        public Builder holdItemsCount(int holdItemsCount) {
            this.holdItemsCount = OptionalInt.of(holdItemsCount);
            return this;
        }

        /**
         * Sets the hold items count; empty means unknown (four blanks on the wire).
         *
         * @param holdItemsCount the count, or empty
         * @return this builder
         */
        public Builder holdItemsCount(OptionalInt holdItemsCount) {
            this.holdItemsCount = Objects.requireNonNull(holdItemsCount, "holdItemsCount");
            return this;
        }

        /**
         * Sets the overdue items count (0 to 9999). Default: {@code OptionalInt.empty()}.
         *
         * @param overdueItemsCount the count
         * @return this builder
         */
        public Builder overdueItemsCount(int overdueItemsCount) {
            this.overdueItemsCount = OptionalInt.of(overdueItemsCount);
            return this;
        }

        /**
         * Sets the overdue items count; empty means unknown (four blanks on the wire).
         *
         * @param overdueItemsCount the count, or empty
         * @return this builder
         */
        public Builder overdueItemsCount(OptionalInt overdueItemsCount) {
            this.overdueItemsCount = Objects.requireNonNull(overdueItemsCount, "overdueItemsCount");
            return this;
        }

        /**
         * Sets the charged items count (0 to 9999). Default: {@code OptionalInt.empty()}.
         *
         * @param chargedItemsCount the count
         * @return this builder
         */
        public Builder chargedItemsCount(int chargedItemsCount) {
            this.chargedItemsCount = OptionalInt.of(chargedItemsCount);
            return this;
        }

        /**
         * Sets the charged items count; empty means unknown (four blanks on the wire).
         *
         * @param chargedItemsCount the count, or empty
         * @return this builder
         */
        public Builder chargedItemsCount(OptionalInt chargedItemsCount) {
            this.chargedItemsCount = Objects.requireNonNull(chargedItemsCount, "chargedItemsCount");
            return this;
        }

        /**
         * Sets the fine items count (0 to 9999). Default: {@code OptionalInt.empty()}.
         *
         * @param fineItemsCount the count
         * @return this builder
         */
        public Builder fineItemsCount(int fineItemsCount) {
            this.fineItemsCount = OptionalInt.of(fineItemsCount);
            return this;
        }

        /**
         * Sets the fine items count; empty means unknown (four blanks on the wire).
         *
         * @param fineItemsCount the count, or empty
         * @return this builder
         */
        public Builder fineItemsCount(OptionalInt fineItemsCount) {
            this.fineItemsCount = Objects.requireNonNull(fineItemsCount, "fineItemsCount");
            return this;
        }

        /**
         * Sets the recall items count (0 to 9999). Default: {@code OptionalInt.empty()}.
         *
         * @param recallItemsCount the count
         * @return this builder
         */
        public Builder recallItemsCount(int recallItemsCount) {
            this.recallItemsCount = OptionalInt.of(recallItemsCount);
            return this;
        }

        /**
         * Sets the recall items count; empty means unknown (four blanks on the wire).
         *
         * @param recallItemsCount the count, or empty
         * @return this builder
         */
        public Builder recallItemsCount(OptionalInt recallItemsCount) {
            this.recallItemsCount = Objects.requireNonNull(recallItemsCount, "recallItemsCount");
            return this;
        }

        /**
         * Sets the unavailable holds count (0 to 9999). Default: {@code OptionalInt.empty()}.
         *
         * @param unavailableHoldsCount the count
         * @return this builder
         */
        public Builder unavailableHoldsCount(int unavailableHoldsCount) {
            this.unavailableHoldsCount = OptionalInt.of(unavailableHoldsCount);
            return this;
        }

        /**
         * Sets the unavailable holds count; empty means unknown (four blanks on the wire).
         *
         * @param unavailableHoldsCount the count, or empty
         * @return this builder
         */
        public Builder unavailableHoldsCount(OptionalInt unavailableHoldsCount) {
            this.unavailableHoldsCount = Objects.requireNonNull(unavailableHoldsCount, "unavailableHoldsCount");
            return this;
        }

        /**
         * Sets the library's institution id (AO). Default: empty.
         *
         * @param institutionId the value
         * @return this builder
         */
        public Builder institutionId(String institutionId) {
            this.institutionId = Objects.requireNonNull(institutionId, "institutionId");
            return this;
        }

        /**
         * Sets the patron's identifier (card barcode) (AA). Default: empty.
         *
         * @param patronIdentifier the value
         * @return this builder
         */
        public Builder patronIdentifier(String patronIdentifier) {
            this.patronIdentifier = Objects.requireNonNull(patronIdentifier, "patronIdentifier");
            return this;
        }

        /**
         * Sets the patron's name (empty for an unknown patron) (AE). Default: empty.
         *
         * @param personalName the value
         * @return this builder
         */
        public Builder personalName(String personalName) {
            this.personalName = Objects.requireNonNull(personalName, "personalName");
            return this;
        }

        /**
         * Sets the BZ (how many holds the patron may have, 0 to 9999).
         *
         * @param holdItemsLimit the limit
         * @return this builder
         */
        public Builder holdItemsLimit(int holdItemsLimit) {
            this.holdItemsLimit = OptionalInt.of(holdItemsLimit);
            return this;
        }

        /**
         * Sets or clears the BZ field.
         *
         * @param holdItemsLimit the limit, or empty to omit the field
         * @return this builder
         */
        public Builder holdItemsLimit(OptionalInt holdItemsLimit) {
            this.holdItemsLimit = Objects.requireNonNull(holdItemsLimit, "holdItemsLimit");
            return this;
        }

        /**
         * Sets the CA (how many overdue items the patron may have, 0 to 9999).
         *
         * @param overdueItemsLimit the limit
         * @return this builder
         */
        public Builder overdueItemsLimit(int overdueItemsLimit) {
            this.overdueItemsLimit = OptionalInt.of(overdueItemsLimit);
            return this;
        }

        /**
         * Sets or clears the CA field.
         *
         * @param overdueItemsLimit the limit, or empty to omit the field
         * @return this builder
         */
        public Builder overdueItemsLimit(OptionalInt overdueItemsLimit) {
            this.overdueItemsLimit = Objects.requireNonNull(overdueItemsLimit, "overdueItemsLimit");
            return this;
        }

        /**
         * Sets the CB (how many items the patron may have charged, 0 to 9999).
         *
         * @param chargedItemsLimit the limit
         * @return this builder
         */
        public Builder chargedItemsLimit(int chargedItemsLimit) {
            this.chargedItemsLimit = OptionalInt.of(chargedItemsLimit);
            return this;
        }

        /**
         * Sets or clears the CB field.
         *
         * @param chargedItemsLimit the limit, or empty to omit the field
         * @return this builder
         */
        public Builder chargedItemsLimit(OptionalInt chargedItemsLimit) {
            this.chargedItemsLimit = Objects.requireNonNull(chargedItemsLimit, "chargedItemsLimit");
            return this;
        }

        /**
         * Sets whether the patron is known to the ACS (BL). Default: absent.
         *
         * @param validPatron the value
         * @return this builder
         */
        public Builder validPatron(boolean validPatron) {
            this.validPatron = Optional.of(validPatron);
            return this;
        }

        /**
         * Sets or clears the BL field.
         *
         * @param validPatron the value, or empty to omit the field
         * @return this builder
         */
        public Builder validPatron(Optional<Boolean> validPatron) {
            this.validPatron = Objects.requireNonNull(validPatron, "validPatron");
            return this;
        }

        /**
         * Sets whether the patron password was correct (CQ). Default: absent.
         *
         * @param validPatronPassword the value
         * @return this builder
         */
        public Builder validPatronPassword(boolean validPatronPassword) {
            this.validPatronPassword = Optional.of(validPatronPassword);
            return this;
        }

        /**
         * Sets or clears the CQ field.
         *
         * @param validPatronPassword the value, or empty to omit the field
         * @return this builder
         */
        public Builder validPatronPassword(Optional<Boolean> validPatronPassword) {
            this.validPatronPassword = Objects.requireNonNull(validPatronPassword, "validPatronPassword");
            return this;
        }

        /**
         * Sets the currency of the fee amounts (BH). Default: absent.
         *
         * @param currencyType the value
         * @return this builder
         */
        public Builder currencyType(CurrencyType currencyType) {
            this.currencyType = Optional.of(currencyType);
            return this;
        }

        /**
         * Sets or clears the BH field.
         *
         * @param currencyType the value, or empty to omit the field
         * @return this builder
         */
        public Builder currencyType(Optional<CurrencyType> currencyType) {
            this.currencyType = Objects.requireNonNull(currencyType, "currencyType");
            return this;
        }

        /**
         * Sets the total the patron owes, as decimal text (BV). Default: absent.
         *
         * @param feeAmount the value
         * @return this builder
         */
        public Builder feeAmount(String feeAmount) {
            this.feeAmount = Optional.of(feeAmount);
            return this;
        }

        /**
         * Sets or clears the BV field.
         *
         * @param feeAmount the value, or empty to omit the field
         * @return this builder
         */
        public Builder feeAmount(Optional<String> feeAmount) {
            this.feeAmount = Objects.requireNonNull(feeAmount, "feeAmount");
            return this;
        }

        /**
         * Sets the fee limit, as decimal text (CC). Default: absent.
         *
         * @param feeLimit the value
         * @return this builder
         */
        public Builder feeLimit(String feeLimit) {
            this.feeLimit = Optional.of(feeLimit);
            return this;
        }

        /**
         * Sets or clears the CC field.
         *
         * @param feeLimit the value, or empty to omit the field
         * @return this builder
         */
        public Builder feeLimit(Optional<String> feeLimit) {
            this.feeLimit = Objects.requireNonNull(feeLimit, "feeLimit");
            return this;
        }

        /**
         * Replaces the AS values.
         *
         * @param holdItems the values, in order
         * @return this builder
         */
        public Builder holdItems(List<String> holdItems) {
            this.holdItems.clear();
            this.holdItems.addAll(holdItems);
            return this;
        }

        /**
         * Adds one AS value after those already set.
         *
         * @param holdItem the value
         * @return this builder
         */
        public Builder addHoldItem(String holdItem) {
            this.holdItems.add(Objects.requireNonNull(holdItem, "holdItem"));
            return this;
        }

        /**
         * Replaces the AT values.
         *
         * @param overdueItems the values, in order
         * @return this builder
         */
        public Builder overdueItems(List<String> overdueItems) {
            this.overdueItems.clear();
            this.overdueItems.addAll(overdueItems);
            return this;
        }

        /**
         * Adds one AT value after those already set.
         *
         * @param overdueItem the value
         * @return this builder
         */
        public Builder addOverdueItem(String overdueItem) {
            this.overdueItems.add(Objects.requireNonNull(overdueItem, "overdueItem"));
            return this;
        }

        /**
         * Replaces the AU values.
         *
         * @param chargedItems the values, in order
         * @return this builder
         */
        public Builder chargedItems(List<String> chargedItems) {
            this.chargedItems.clear();
            this.chargedItems.addAll(chargedItems);
            return this;
        }

        /**
         * Adds one AU value after those already set.
         *
         * @param chargedItem the value
         * @return this builder
         */
        public Builder addChargedItem(String chargedItem) {
            this.chargedItems.add(Objects.requireNonNull(chargedItem, "chargedItem"));
            return this;
        }

        /**
         * Replaces the AV values.
         *
         * @param fineItems the values, in order
         * @return this builder
         */
        public Builder fineItems(List<String> fineItems) {
            this.fineItems.clear();
            this.fineItems.addAll(fineItems);
            return this;
        }

        /**
         * Adds one AV value after those already set.
         *
         * @param fineItem the value
         * @return this builder
         */
        public Builder addFineItem(String fineItem) {
            this.fineItems.add(Objects.requireNonNull(fineItem, "fineItem"));
            return this;
        }

        /**
         * Replaces the BU values.
         *
         * @param recallItems the values, in order
         * @return this builder
         */
        public Builder recallItems(List<String> recallItems) {
            this.recallItems.clear();
            this.recallItems.addAll(recallItems);
            return this;
        }

        /**
         * Adds one BU value after those already set.
         *
         * @param recallItem the value
         * @return this builder
         */
        public Builder addRecallItem(String recallItem) {
            this.recallItems.add(Objects.requireNonNull(recallItem, "recallItem"));
            return this;
        }

        /**
         * Replaces the CD values.
         *
         * @param unavailableHoldItems the values, in order
         * @return this builder
         */
        public Builder unavailableHoldItems(List<String> unavailableHoldItems) {
            this.unavailableHoldItems.clear();
            this.unavailableHoldItems.addAll(unavailableHoldItems);
            return this;
        }

        /**
         * Adds one CD value after those already set.
         *
         * @param unavailableHoldItem the value
         * @return this builder
         */
        public Builder addUnavailableHoldItem(String unavailableHoldItem) {
            this.unavailableHoldItems.add(Objects.requireNonNull(unavailableHoldItem, "unavailableHoldItem"));
            return this;
        }

        /**
         * Sets the patron's home address (BD). Default: absent.
         *
         * @param homeAddress the value
         * @return this builder
         */
        public Builder homeAddress(String homeAddress) {
            this.homeAddress = Optional.of(homeAddress);
            return this;
        }

        /**
         * Sets or clears the BD field.
         *
         * @param homeAddress the value, or empty to omit the field
         * @return this builder
         */
        public Builder homeAddress(Optional<String> homeAddress) {
            this.homeAddress = Objects.requireNonNull(homeAddress, "homeAddress");
            return this;
        }

        /**
         * Sets the patron's e-mail address (BE). Default: absent.
         *
         * @param emailAddress the value
         * @return this builder
         */
        public Builder emailAddress(String emailAddress) {
            this.emailAddress = Optional.of(emailAddress);
            return this;
        }

        /**
         * Sets or clears the BE field.
         *
         * @param emailAddress the value, or empty to omit the field
         * @return this builder
         */
        public Builder emailAddress(Optional<String> emailAddress) {
            this.emailAddress = Objects.requireNonNull(emailAddress, "emailAddress");
            return this;
        }

        /**
         * Sets the patron's home phone number (BF). Default: absent.
         *
         * @param homePhoneNumber the value
         * @return this builder
         */
        public Builder homePhoneNumber(String homePhoneNumber) {
            this.homePhoneNumber = Optional.of(homePhoneNumber);
            return this;
        }

        /**
         * Sets or clears the BF field.
         *
         * @param homePhoneNumber the value, or empty to omit the field
         * @return this builder
         */
        public Builder homePhoneNumber(Optional<String> homePhoneNumber) {
            this.homePhoneNumber = Objects.requireNonNull(homePhoneNumber, "homePhoneNumber");
            return this;
        }

        /**
         * Sets the patron's birth date (Envisionware/Evergreen/Koha extension) (PB). Default: absent.
         *
         * @param birthDate the value
         * @return this builder
         */
        public Builder birthDate(String birthDate) {
            this.birthDate = Optional.of(birthDate);
            return this;
        }

        /**
         * Sets or clears the PB field.
         *
         * @param birthDate the value, or empty to omit the field
         * @return this builder
         */
        public Builder birthDate(Optional<String> birthDate) {
            this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
            return this;
        }

        /**
         * Sets the patron's class or category (Envisionware/Evergreen/Koha extension) (PC). Default: absent.
         *
         * @param patronClass the value
         * @return this builder
         */
        public Builder patronClass(String patronClass) {
            this.patronClass = Optional.of(patronClass);
            return this;
        }

        /**
         * Sets or clears the PC field.
         *
         * @param patronClass the value, or empty to omit the field
         * @return this builder
         */
        public Builder patronClass(Optional<String> patronClass) {
            this.patronClass = Objects.requireNonNull(patronClass, "patronClass");
            return this;
        }

        /**
         * Sets the patron's internet access profile (Evergreen/Koha extension) (PI). Default: absent.
         *
         * @param internetPrivileges the value
         * @return this builder
         */
        public Builder internetPrivileges(String internetPrivileges) {
            this.internetPrivileges = Optional.of(internetPrivileges);
            return this;
        }

        /**
         * Sets or clears the PI field.
         *
         * @param internetPrivileges the value, or empty to omit the field
         * @return this builder
         */
        public Builder internetPrivileges(Optional<String> internetPrivileges) {
            this.internetPrivileges = Objects.requireNonNull(internetPrivileges, "internetPrivileges");
            return this;
        }

        /**
         * Replaces the AF values.
         *
         * @param screenMessages the values, in order
         * @return this builder
         */
        public Builder screenMessages(List<String> screenMessages) {
            this.screenMessages.clear();
            this.screenMessages.addAll(screenMessages);
            return this;
        }

        /**
         * Adds one AF value after those already set.
         *
         * @param screenMessage the value
         * @return this builder
         */
        public Builder addScreenMessage(String screenMessage) {
            this.screenMessages.add(Objects.requireNonNull(screenMessage, "screenMessage"));
            return this;
        }

        /**
         * Replaces the AG values.
         *
         * @param printLines the values, in order
         * @return this builder
         */
        public Builder printLines(List<String> printLines) {
            this.printLines.clear();
            this.printLines.addAll(printLines);
            return this;
        }

        /**
         * Adds one AG value after those already set.
         *
         * @param printLine the value
         * @return this builder
         */
        public Builder addPrintLine(String printLine) {
            this.printLines.add(Objects.requireNonNull(printLine, "printLine"));
            return this;
        }

        /**
         * Replaces the unknown fields.
         *
         * @param unknownFields the fields, in wire order
         * @return this builder
         */
        public Builder unknownFields(List<RawField> unknownFields) {
            this.unknownFields.clear();
            this.unknownFields.addAll(unknownFields);
            return this;
        }

        /**
         * Adds a field this model does not know, after those already added.
         *
         * @param id the two-character field id
         * @param value the value
         * @return this builder
         */
        public Builder addUnknownField(String id, String value) {
            this.unknownFields.add(RawField.of(id, value));
            return this;
        }

        /**
         * {@return the message}
         *
         * @throws NullPointerException if a required value was not set
         * @throws IllegalArgumentException if a value is invalid
         */
        public PatronInformationResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new PatronInformationResponse(patronStatus, language, transactionDate, holdItemsCount, overdueItemsCount, chargedItemsCount, fineItemsCount, recallItemsCount, unavailableHoldsCount, institutionId, patronIdentifier, personalName, holdItemsLimit, overdueItemsLimit, chargedItemsLimit, validPatron, validPatronPassword, currencyType, feeAmount, feeLimit, holdItems, overdueItems, chargedItems, fineItems, recallItems, unavailableHoldItems, homeAddress, emailAddress, homePhoneNumber, birthDate, patronClass, internetPrivileges, screenMessages, printLines, unknownFields);
        }
    }
}
