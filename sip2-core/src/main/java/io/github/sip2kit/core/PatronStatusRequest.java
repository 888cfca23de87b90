package io.github.sip2kit.core;

import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;

/**
 * Patron Status Request (23), sent by the SC (self-service machine). Asks for a patron's status, typically to validate a card and PIN. Answered by {@link PatronStatusResponse} (24).
 *
 * <p>Fixed part after the code {@code 23}, in this order: language (3), transaction date (18).
 * Tagged fields (in spec order): AO required, AA required, AC required, AD required.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param language the language (fixed field, language code)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param terminalPassword the SC's terminal password (empty when the ACS uses none) (field AC, required)
 * @param patronPassword the patron's password or PIN (empty when not used) (field AD, required)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record PatronStatusRequest(
        Language language,
        Sip2Timestamp transactionDate,
        String institutionId,
        String patronIdentifier,
        Secret terminalPassword,
        Secret patronPassword,
        List<RawField> unknownFields)
        implements ScRequest<PatronStatusResponse> {

    /**
     * Validates every component.
     *
     * @param language the language (fixed field, language code)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param terminalPassword the SC's terminal password (empty when the ACS uses none) (field AC, required)
     * @param patronPassword the patron's password or PIN (empty when not used) (field AD, required)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public PatronStatusRequest {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        Objects.requireNonNull(patronPassword, "patronPassword (AD)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#PATRON_STATUS_REQUEST}} */
    @Override
    public MessageType messageType() {
        return MessageType.PATRON_STATUS_REQUEST;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<PatronStatusResponse> responseType() {
        return PatronStatusResponse.class;
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

    /** Builds {@link PatronStatusRequest} values; not thread-safe. */
    public static final class Builder {
        private Language language = Language.UNKNOWN;
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private String patronIdentifier = "";
        private Secret terminalPassword = Secret.EMPTY;
        private Secret patronPassword = Secret.EMPTY;
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(PatronStatusRequest message) {
            this.language = message.language();
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.patronPassword = message.patronPassword();
            this.unknownFields.addAll(message.unknownFields());
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
         * Sets the SC's terminal password (empty when the ACS uses none) (AC). Default: {@link Secret#EMPTY}.
         *
         * @param terminalPassword the value
         * @return this builder
         */
        public Builder terminalPassword(Secret terminalPassword) {
            this.terminalPassword = Objects.requireNonNull(terminalPassword, "terminalPassword");
            return this;
        }

        /**
         * Sets the SC's terminal password (empty when the ACS uses none) (AC) from its clear text.
         *
         * @param terminalPassword the password
         * @return this builder
         */
        public Builder terminalPassword(String terminalPassword) {
            this.terminalPassword = Secret.of(terminalPassword);
            return this;
        }

        /**
         * Sets the patron's password or PIN (empty when not used) (AD). Default: {@link Secret#EMPTY}.
         *
         * @param patronPassword the value
         * @return this builder
         */
        public Builder patronPassword(Secret patronPassword) {
            this.patronPassword = Objects.requireNonNull(patronPassword, "patronPassword");
            return this;
        }

        /**
         * Sets the patron's password or PIN (empty when not used) (AD) from its clear text.
         *
         * @param patronPassword the password
         * @return this builder
         */
        public Builder patronPassword(String patronPassword) {
            this.patronPassword = Secret.of(patronPassword);
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
        public PatronStatusRequest build() {
            Fields.required(transactionDate, "transactionDate");
            return new PatronStatusRequest(language, transactionDate, institutionId, patronIdentifier, terminalPassword, patronPassword, unknownFields);
        }
    }
}
