package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checkin (09), sent by the SC (self-service machine). Checks an item in; with {@code cancel} set it cancels a checkout that did not complete. Answered by {@link CheckinResponse} (10).
 *
 * <p>Fixed part after the code {@code 09}, in this order: no block (1), transaction date (18), return date (18).
 * Tagged fields (in spec order): AP required, AO required, AB required, AC required, CH optional, BI optional.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param noBlock the no block (fixed field, Y/N flag)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param returnDate the return date (fixed field, 18-character date, or 18 blanks when unused)
 * @param currentLocation where the item is being returned (the SC's location) (field AP, required)
 * @param institutionId the library's institution id (field AO, required)
 * @param itemIdentifier the item's identifier (barcode) (field AB, required)
 * @param terminalPassword the SC's terminal password (empty when the ACS uses none) (field AC, required)
 * @param itemProperties item properties (field CH, optional)
 * @param cancel whether this cancels a failed checkout (field BI, optional)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record CheckinRequest(
        boolean noBlock,
        Sip2Timestamp transactionDate,
        Sip2Timestamp returnDate,
        String currentLocation,
        String institutionId,
        String itemIdentifier,
        Secret terminalPassword,
        Optional<String> itemProperties,
        Optional<Boolean> cancel,
        List<RawField> unknownFields)
        implements ScRequest<CheckinResponse> {

    /**
     * Validates every component.
     *
     * @param noBlock the no block (fixed field, Y/N flag)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param returnDate the return date (fixed field, 18-character date, or 18 blanks when unused)
     * @param currentLocation where the item is being returned (the SC's location) (field AP, required)
     * @param institutionId the library's institution id (field AO, required)
     * @param itemIdentifier the item's identifier (barcode) (field AB, required)
     * @param terminalPassword the SC's terminal password (empty when the ACS uses none) (field AC, required)
     * @param itemProperties item properties (field CH, optional)
     * @param cancel whether this cancels a failed checkout (field BI, optional)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public CheckinRequest {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(returnDate, "returnDate");
        Fields.text(currentLocation, "currentLocation (AP)");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(itemIdentifier, "itemIdentifier (AB)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        Fields.optionalText(itemProperties, "itemProperties (CH)");
        Objects.requireNonNull(cancel, "cancel (BI)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#CHECKIN}} */
    @Override
    public MessageType messageType() {
        return MessageType.CHECKIN;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<CheckinResponse> responseType() {
        return CheckinResponse.class;
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

    /** Builds {@link CheckinRequest} values; not thread-safe. */
    public static final class Builder {
        private boolean noBlock = false;
        private Sip2Timestamp transactionDate;
        private Sip2Timestamp returnDate = Sip2Timestamp.BLANK;
        private String currentLocation = "";
        private String institutionId = "";
        private String itemIdentifier = "";
        private Secret terminalPassword = Secret.EMPTY;
        private Optional<String> itemProperties = Optional.empty();
        private Optional<Boolean> cancel = Optional.empty();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(CheckinRequest message) {
            this.noBlock = message.noBlock();
            this.transactionDate = message.transactionDate();
            this.returnDate = message.returnDate();
            this.currentLocation = message.currentLocation();
            this.institutionId = message.institutionId();
            this.itemIdentifier = message.itemIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.itemProperties = message.itemProperties();
            this.cancel = message.cancel();
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the no block. Default: {@code false}.
         *
         * @param noBlock the no block
         * @return this builder
         */
        public Builder noBlock(boolean noBlock) {
            this.noBlock = noBlock;
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
         * Sets the return date. Default: {@code Sip2Timestamp.BLANK}.
         *
         * @param returnDate the return date
         * @return this builder
         */
        public Builder returnDate(Sip2Timestamp returnDate) {
            this.returnDate = Objects.requireNonNull(returnDate, "returnDate");
            return this;
        }

        /**
         * Sets where the item is being returned (the SC's location) (AP). Default: empty.
         *
         * @param currentLocation the value
         * @return this builder
         */
        public Builder currentLocation(String currentLocation) {
            this.currentLocation = Objects.requireNonNull(currentLocation, "currentLocation");
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
         * Sets item properties (CH). Default: absent.
         *
         * @param itemProperties the value
         * @return this builder
         */
        public Builder itemProperties(String itemProperties) {
            this.itemProperties = Optional.of(itemProperties);
            return this;
        }

        /**
         * Sets or clears the CH field.
         *
         * @param itemProperties the value, or empty to omit the field
         * @return this builder
         */
        public Builder itemProperties(Optional<String> itemProperties) {
            this.itemProperties = Objects.requireNonNull(itemProperties, "itemProperties");
            return this;
        }

        /**
         * Sets whether this cancels a failed checkout (BI). Default: absent.
         *
         * @param cancel the value
         * @return this builder
         */
        public Builder cancel(boolean cancel) {
            this.cancel = Optional.of(cancel);
            return this;
        }

        /**
         * Sets or clears the BI field.
         *
         * @param cancel the value, or empty to omit the field
         * @return this builder
         */
        public Builder cancel(Optional<Boolean> cancel) {
            this.cancel = Objects.requireNonNull(cancel, "cancel");
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
        public CheckinRequest build() {
            Fields.required(transactionDate, "transactionDate");
            return new CheckinRequest(noBlock, transactionDate, returnDate, currentLocation, institutionId, itemIdentifier, terminalPassword, itemProperties, cancel, unknownFields);
        }
    }
}
