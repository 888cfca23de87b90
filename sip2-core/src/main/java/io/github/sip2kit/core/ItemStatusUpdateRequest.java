package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Item Status Update (19), sent by the SC (self-service machine). Stores item properties in the ACS without a circulation transaction. Answered by {@link ItemStatusUpdateResponse} (20).
 *
 * <p>Fixed part after the code {@code 19}, in this order: transaction date (18).
 * Tagged fields (in spec order): AO required, AB required, AC optional, CH required.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param itemIdentifier the item's identifier (barcode) (field AB, required)
 * @param terminalPassword the SC's terminal password (field AC, optional)
 * @param itemProperties the item properties to store (field CH, required)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record ItemStatusUpdateRequest(
        Sip2Timestamp transactionDate,
        String institutionId,
        String itemIdentifier,
        Optional<Secret> terminalPassword,
        String itemProperties,
        List<RawField> unknownFields)
        implements ScRequest<ItemStatusUpdateResponse> {

    /**
     * Validates every component.
     *
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param institutionId the library's institution id (field AO, required)
     * @param itemIdentifier the item's identifier (barcode) (field AB, required)
     * @param terminalPassword the SC's terminal password (field AC, optional)
     * @param itemProperties the item properties to store (field CH, required)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public ItemStatusUpdateRequest {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(itemIdentifier, "itemIdentifier (AB)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        Fields.text(itemProperties, "itemProperties (CH)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#ITEM_STATUS_UPDATE}} */
    @Override
    public MessageType messageType() {
        return MessageType.ITEM_STATUS_UPDATE;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<ItemStatusUpdateResponse> responseType() {
        return ItemStatusUpdateResponse.class;
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

    /** Builds {@link ItemStatusUpdateRequest} values; not thread-safe. */
    public static final class Builder {
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private String itemIdentifier = "";
        private Optional<Secret> terminalPassword = Optional.empty();
        private String itemProperties = "";
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(ItemStatusUpdateRequest message) {
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.itemIdentifier = message.itemIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.itemProperties = message.itemProperties();
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
         * Sets the item's identifier (barcode) (AB). Default: empty.
         *
         * @param itemIdentifier the value
         * @return this builder
         */
        public Builder itemIdentifier(String itemIdentifier) {
            this.itemIdentifier = Objects.requireNonNull(itemIdentifier, "itemIdentifier");
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
         * Sets the item properties to store (CH). Default: empty.
         *
         * @param itemProperties the value
         * @return this builder
         */
        public Builder itemProperties(String itemProperties) {
            this.itemProperties = Objects.requireNonNull(itemProperties, "itemProperties");
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
        public ItemStatusUpdateRequest build() {
            Fields.required(transactionDate, "transactionDate");
            return new ItemStatusUpdateRequest(transactionDate, institutionId, itemIdentifier, terminalPassword, itemProperties, unknownFields);
        }
    }
}
