package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;

/**
 * Block Patron (01), sent by the SC (self-service machine). Asks the ACS to block the patron's card, for instance because the card was left in the machine or was tampered with. The ACS answers with a {@link PatronStatusResponse} (24); there is no dedicated response.
 *
 * <p>Fixed part after the code {@code 01}, in this order: card retained (1), transaction date (18).
 * Tagged fields (in spec order): AO required, AL required, AA required, AC required.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param cardRetained the card retained (fixed field, Y/N flag)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param blockedCardMessage the reason for blocking the card (field AL, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param terminalPassword the SC's terminal password (empty when the ACS uses none) (field AC, required)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record BlockPatron(
        boolean cardRetained,
        Sip2Timestamp transactionDate,
        String institutionId,
        String blockedCardMessage,
        String patronIdentifier,
        Secret terminalPassword,
        List<RawField> unknownFields)
        implements ScRequest<PatronStatusResponse> {

    /**
     * Validates every component.
     *
     * @param cardRetained the card retained (fixed field, Y/N flag)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param institutionId the library's institution id (field AO, required)
     * @param blockedCardMessage the reason for blocking the card (field AL, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param terminalPassword the SC's terminal password (empty when the ACS uses none) (field AC, required)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public BlockPatron {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(blockedCardMessage, "blockedCardMessage (AL)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#BLOCK_PATRON}} */
    @Override
    public MessageType messageType() {
        return MessageType.BLOCK_PATRON;
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

    /** Builds {@link BlockPatron} values; not thread-safe. */
    public static final class Builder {
        private boolean cardRetained = false;
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private String blockedCardMessage = "";
        private String patronIdentifier = "";
        private Secret terminalPassword = Secret.EMPTY;
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(BlockPatron message) {
            this.cardRetained = message.cardRetained();
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.blockedCardMessage = message.blockedCardMessage();
            this.patronIdentifier = message.patronIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the card retained. Default: {@code false}.
         *
         * @param cardRetained the card retained
         * @return this builder
         */
        public Builder cardRetained(boolean cardRetained) {
            this.cardRetained = cardRetained;
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
         * Sets the reason for blocking the card (AL). Default: empty.
         *
         * @param blockedCardMessage the value
         * @return this builder
         */
        public Builder blockedCardMessage(String blockedCardMessage) {
            this.blockedCardMessage = Objects.requireNonNull(blockedCardMessage, "blockedCardMessage");
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
        public BlockPatron build() {
            Fields.required(transactionDate, "transactionDate");
            return new BlockPatron(cardRetained, transactionDate, institutionId, blockedCardMessage, patronIdentifier, terminalPassword, unknownFields);
        }
    }
}
