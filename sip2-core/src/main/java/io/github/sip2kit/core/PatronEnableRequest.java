package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Patron Enable (25), sent by the SC (self-service machine). Re-enables a blocked patron (intended for testing). Answered by {@link PatronEnableResponse} (26).
 *
 * <p>Fixed part after the code {@code 25}, in this order: transaction date (18).
 * Tagged fields (in spec order): AO required, AA required, AC optional, AD optional.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param terminalPassword the SC's terminal password (field AC, optional)
 * @param patronPassword the patron's password or PIN (field AD, optional)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record PatronEnableRequest(
        Sip2Timestamp transactionDate,
        String institutionId,
        String patronIdentifier,
        Optional<Secret> terminalPassword,
        Optional<Secret> patronPassword,
        List<RawField> unknownFields)
        implements ScRequest<PatronEnableResponse> {

    /**
     * Validates every component.
     *
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param terminalPassword the SC's terminal password (field AC, optional)
     * @param patronPassword the patron's password or PIN (field AD, optional)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public PatronEnableRequest {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        Objects.requireNonNull(patronPassword, "patronPassword (AD)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#PATRON_ENABLE}} */
    @Override
    public MessageType messageType() {
        return MessageType.PATRON_ENABLE;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<PatronEnableResponse> responseType() {
        return PatronEnableResponse.class;
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

    /** Builds {@link PatronEnableRequest} values; not thread-safe. */
    public static final class Builder {
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private String patronIdentifier = "";
        private Optional<Secret> terminalPassword = Optional.empty();
        private Optional<Secret> patronPassword = Optional.empty();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(PatronEnableRequest message) {
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.patronPassword = message.patronPassword();
            this.unknownFields.addAll(message.unknownFields());
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
         * Sets the SC's terminal password (AC). Default: absent.
         *
         * @param terminalPassword the value
         * @return this builder
         */
        public Builder terminalPassword(Secret terminalPassword) {
            this.terminalPassword = Optional.of(terminalPassword);
            return this;
        }

        /**
         * Sets the SC's terminal password (AC) from its clear text.
         *
         * @param terminalPassword the password
         * @return this builder
         */
        public Builder terminalPassword(String terminalPassword) {
            this.terminalPassword = Optional.of(Secret.of(terminalPassword));
            return this;
        }

        /**
         * Sets or clears the AC field.
         *
         * @param terminalPassword the value, or empty to omit the field
         * @return this builder
         */
        public Builder terminalPassword(Optional<Secret> terminalPassword) {
            this.terminalPassword = Objects.requireNonNull(terminalPassword, "terminalPassword");
            return this;
        }

        /**
         * Sets the patron's password or PIN (AD). Default: absent.
         *
         * @param patronPassword the value
         * @return this builder
         */
        public Builder patronPassword(Secret patronPassword) {
            this.patronPassword = Optional.of(patronPassword);
            return this;
        }

        /**
         * Sets the patron's password or PIN (AD) from its clear text.
         *
         * @param patronPassword the password
         * @return this builder
         */
        public Builder patronPassword(String patronPassword) {
            this.patronPassword = Optional.of(Secret.of(patronPassword));
            return this;
        }

        /**
         * Sets or clears the AD field.
         *
         * @param patronPassword the value, or empty to omit the field
         * @return this builder
         */
        public Builder patronPassword(Optional<Secret> patronPassword) {
            this.patronPassword = Objects.requireNonNull(patronPassword, "patronPassword");
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
        public PatronEnableRequest build() {
            Fields.required(transactionDate, "transactionDate");
            return new PatronEnableRequest(transactionDate, institutionId, patronIdentifier, terminalPassword, patronPassword, unknownFields);
        }
    }
}
