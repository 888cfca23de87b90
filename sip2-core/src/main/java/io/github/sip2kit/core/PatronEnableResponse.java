package io.github.sip2kit.core;

import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Patron Enable Response (26), sent by the ACS (library system). Answers a {@link PatronEnableRequest} (25).
 *
 * <p>Fixed part after the code {@code 26}, in this order: patron status (14), language (3), transaction date (18).
 * Tagged fields (in spec order): AO required, AA required, AE required, BL optional, CQ optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param patronStatus the patron status (fixed field, 14 Y/blank positions)
 * @param language the language (fixed field, language code)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param personalName the patron's name (field AE, required)
 * @param validPatron whether the patron is known to the ACS (field BL, optional)
 * @param validPatronPassword whether the patron password was correct (field CQ, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record PatronEnableResponse(
        Set<PatronStatusFlag> patronStatus,
        Language language,
        Sip2Timestamp transactionDate,
        String institutionId,
        String patronIdentifier,
        String personalName,
        Optional<Boolean> validPatron,
        Optional<Boolean> validPatronPassword,
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
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param personalName the patron's name (field AE, required)
     * @param validPatron whether the patron is known to the ACS (field BL, optional)
     * @param validPatronPassword whether the patron password was correct (field CQ, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public PatronEnableResponse {
        patronStatus = Fields.flags(patronStatus, PatronStatusFlag.class, "patronStatus");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Fields.text(personalName, "personalName (AE)");
        Objects.requireNonNull(validPatron, "validPatron (BL)");
        Objects.requireNonNull(validPatronPassword, "validPatronPassword (CQ)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#PATRON_ENABLE_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.PATRON_ENABLE_RESPONSE;
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

    /** Builds {@link PatronEnableResponse} values; not thread-safe. */
    public static final class Builder {
        private Set<PatronStatusFlag> patronStatus = Set.of();
        private Language language = Language.UNKNOWN;
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private String patronIdentifier = "";
        private String personalName = "";
        private Optional<Boolean> validPatron = Optional.empty();
        private Optional<Boolean> validPatronPassword = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(PatronEnableResponse message) {
            this.patronStatus = message.patronStatus();
            this.language = message.language();
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.personalName = message.personalName();
            this.validPatron = message.validPatron();
            this.validPatronPassword = message.validPatronPassword();
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
         * Sets the patron's name (AE). Default: empty.
         *
         * @param personalName the value
         * @return this builder
         */
        public Builder personalName(String personalName) {
            this.personalName = Objects.requireNonNull(personalName, "personalName");
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
        public PatronEnableResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new PatronEnableResponse(patronStatus, language, transactionDate, institutionId, patronIdentifier, personalName, validPatron, validPatronPassword, screenMessages, printLines, unknownFields);
        }
    }
}
