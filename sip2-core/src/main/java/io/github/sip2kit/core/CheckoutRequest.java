package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checkout (11), sent by the SC (self-service machine). Checks an item out to a patron; with {@code cancel} set it cancels a checkin that did not complete. Answered by {@link CheckoutResponse} (12).
 *
 * <p>Fixed part after the code {@code 11}, in this order: SC renewal policy (1), no block (1), transaction date (18), nb due date (18).
 * Tagged fields (in spec order): AO required, AA required, AB required, AC required, CH optional, AD optional, BO optional, BI optional.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param scRenewalPolicy the SC renewal policy (fixed field, Y/N flag)
 * @param noBlock the no block (fixed field, Y/N flag)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param nbDueDate the nb due date (fixed field, 18-character date, or 18 blanks when unused)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param itemIdentifier the item's identifier (barcode) (field AB, required)
 * @param terminalPassword the SC's terminal password (empty when the ACS uses none) (field AC, required)
 * @param itemProperties item properties (field CH, optional)
 * @param patronPassword the patron's password or PIN (field AD, optional)
 * @param feeAcknowledged whether the patron agreed to pay a fee for the item (field BO, optional)
 * @param cancel whether this cancels a failed checkin (field BI, optional)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record CheckoutRequest(
        boolean scRenewalPolicy,
        boolean noBlock,
        Sip2Timestamp transactionDate,
        Sip2Timestamp nbDueDate,
        String institutionId,
        String patronIdentifier,
        String itemIdentifier,
        Secret terminalPassword,
        Optional<String> itemProperties,
        Optional<Secret> patronPassword,
        Optional<Boolean> feeAcknowledged,
        Optional<Boolean> cancel,
        List<RawField> unknownFields)
        implements ScRequest<CheckoutResponse> {

    /**
     * Validates every component.
     *
     * @param scRenewalPolicy the SC renewal policy (fixed field, Y/N flag)
     * @param noBlock the no block (fixed field, Y/N flag)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param nbDueDate the nb due date (fixed field, 18-character date, or 18 blanks when unused)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param itemIdentifier the item's identifier (barcode) (field AB, required)
     * @param terminalPassword the SC's terminal password (empty when the ACS uses none) (field AC, required)
     * @param itemProperties item properties (field CH, optional)
     * @param patronPassword the patron's password or PIN (field AD, optional)
     * @param feeAcknowledged whether the patron agreed to pay a fee for the item (field BO, optional)
     * @param cancel whether this cancels a failed checkin (field BI, optional)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public CheckoutRequest {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(nbDueDate, "nbDueDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Fields.text(itemIdentifier, "itemIdentifier (AB)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        Fields.optionalText(itemProperties, "itemProperties (CH)");
        Objects.requireNonNull(patronPassword, "patronPassword (AD)");
        Objects.requireNonNull(feeAcknowledged, "feeAcknowledged (BO)");
        Objects.requireNonNull(cancel, "cancel (BI)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#CHECKOUT}} */
    @Override
    public MessageType messageType() {
        return MessageType.CHECKOUT;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<CheckoutResponse> responseType() {
        return CheckoutResponse.class;
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

    /** Builds {@link CheckoutRequest} values; not thread-safe. */
    public static final class Builder {
        private boolean scRenewalPolicy = false;
        private boolean noBlock = false;
        private Sip2Timestamp transactionDate;
        private Sip2Timestamp nbDueDate = Sip2Timestamp.BLANK;
        private String institutionId = "";
        private String patronIdentifier = "";
        private String itemIdentifier = "";
        private Secret terminalPassword = Secret.EMPTY;
        private Optional<String> itemProperties = Optional.empty();
        private Optional<Secret> patronPassword = Optional.empty();
        private Optional<Boolean> feeAcknowledged = Optional.empty();
        private Optional<Boolean> cancel = Optional.empty();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(CheckoutRequest message) {
            this.scRenewalPolicy = message.scRenewalPolicy();
            this.noBlock = message.noBlock();
            this.transactionDate = message.transactionDate();
            this.nbDueDate = message.nbDueDate();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.itemIdentifier = message.itemIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.itemProperties = message.itemProperties();
            this.patronPassword = message.patronPassword();
            this.feeAcknowledged = message.feeAcknowledged();
            this.cancel = message.cancel();
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the SC renewal policy. Default: {@code false}.
         *
         * @param scRenewalPolicy the SC renewal policy
         * @return this builder
         */
        public Builder scRenewalPolicy(boolean scRenewalPolicy) {
            this.scRenewalPolicy = scRenewalPolicy;
            return this;
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
         * Sets the nb due date. Default: {@code Sip2Timestamp.BLANK}.
         *
         * @param nbDueDate the nb due date
         * @return this builder
         */
        public Builder nbDueDate(Sip2Timestamp nbDueDate) {
            this.nbDueDate = Objects.requireNonNull(nbDueDate, "nbDueDate");
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
         * Sets whether the patron agreed to pay a fee for the item (BO). Default: absent.
         *
         * @param feeAcknowledged the value
         * @return this builder
         */
        public Builder feeAcknowledged(boolean feeAcknowledged) {
            this.feeAcknowledged = Optional.of(feeAcknowledged);
            return this;
        }

        /**
         * Sets or clears the BO field.
         *
         * @param feeAcknowledged the value, or empty to omit the field
         * @return this builder
         */
        public Builder feeAcknowledged(Optional<Boolean> feeAcknowledged) {
            this.feeAcknowledged = Objects.requireNonNull(feeAcknowledged, "feeAcknowledged");
            return this;
        }

        /**
         * Sets whether this cancels a failed checkin (BI). Default: absent.
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
        public CheckoutRequest build() {
            Fields.required(transactionDate, "transactionDate");
            return new CheckoutRequest(scRenewalPolicy, noBlock, transactionDate, nbDueDate, institutionId, patronIdentifier, itemIdentifier, terminalPassword, itemProperties, patronPassword, feeAcknowledged, cancel, unknownFields);
        }
    }
}
