package io.github.sip2kit.core;

import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.HoldType;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hold (15), sent by the SC (self-service machine). Places, deletes or changes a hold (the hold mode says which). It should carry an item identifier, a title identifier or both. Answered by {@link HoldResponse} (16).
 *
 * <p>Fixed part after the code {@code 15}, in this order: hold mode (1), transaction date (18).
 * Tagged fields (in spec order): BW optional, BS optional, BY optional, AO required, AA required, AD optional, AB optional, AJ optional, AC optional, BO optional.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param holdMode the hold mode (fixed field, hold mode)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param expirationDate when the hold expires (field BW, optional)
 * @param pickupLocation where the patron will pick the item up (field BS, optional)
 * @param holdType the kind of hold (field BY, optional)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param patronPassword the patron's password or PIN (field AD, optional)
 * @param itemIdentifier the item to hold (field AB, optional)
 * @param titleIdentifier the title to hold (field AJ, optional)
 * @param terminalPassword the SC's terminal password (field AC, optional)
 * @param feeAcknowledged whether the patron agreed to pay a hold fee (field BO, optional)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record HoldRequest(
        HoldMode holdMode,
        Sip2Timestamp transactionDate,
        Optional<Sip2Timestamp> expirationDate,
        Optional<String> pickupLocation,
        Optional<HoldType> holdType,
        String institutionId,
        String patronIdentifier,
        Optional<Secret> patronPassword,
        Optional<String> itemIdentifier,
        Optional<String> titleIdentifier,
        Optional<Secret> terminalPassword,
        Optional<Boolean> feeAcknowledged,
        List<RawField> unknownFields)
        implements ScRequest<HoldResponse> {

    /**
     * Validates every component.
     *
     * @param holdMode the hold mode (fixed field, hold mode)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param expirationDate when the hold expires (field BW, optional)
     * @param pickupLocation where the patron will pick the item up (field BS, optional)
     * @param holdType the kind of hold (field BY, optional)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param patronPassword the patron's password or PIN (field AD, optional)
     * @param itemIdentifier the item to hold (field AB, optional)
     * @param titleIdentifier the title to hold (field AJ, optional)
     * @param terminalPassword the SC's terminal password (field AC, optional)
     * @param feeAcknowledged whether the patron agreed to pay a hold fee (field BO, optional)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public HoldRequest {
        Objects.requireNonNull(holdMode, "holdMode");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(expirationDate, "expirationDate (BW)");
        Fields.optionalText(pickupLocation, "pickupLocation (BS)");
        Objects.requireNonNull(holdType, "holdType (BY)");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Objects.requireNonNull(patronPassword, "patronPassword (AD)");
        Fields.optionalText(itemIdentifier, "itemIdentifier (AB)");
        Fields.optionalText(titleIdentifier, "titleIdentifier (AJ)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        Objects.requireNonNull(feeAcknowledged, "feeAcknowledged (BO)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#HOLD}} */
    @Override
    public MessageType messageType() {
        return MessageType.HOLD;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<HoldResponse> responseType() {
        return HoldResponse.class;
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

    /** Builds {@link HoldRequest} values; not thread-safe. */
    public static final class Builder {
        private HoldMode holdMode;
        private Sip2Timestamp transactionDate;
        private Optional<Sip2Timestamp> expirationDate = Optional.empty();
        private Optional<String> pickupLocation = Optional.empty();
        private Optional<HoldType> holdType = Optional.empty();
        private String institutionId = "";
        private String patronIdentifier = "";
        private Optional<Secret> patronPassword = Optional.empty();
        private Optional<String> itemIdentifier = Optional.empty();
        private Optional<String> titleIdentifier = Optional.empty();
        private Optional<Secret> terminalPassword = Optional.empty();
        private Optional<Boolean> feeAcknowledged = Optional.empty();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(HoldRequest message) {
            this.holdMode = message.holdMode();
            this.transactionDate = message.transactionDate();
            this.expirationDate = message.expirationDate();
            this.pickupLocation = message.pickupLocation();
            this.holdType = message.holdType();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.patronPassword = message.patronPassword();
            this.itemIdentifier = message.itemIdentifier();
            this.titleIdentifier = message.titleIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.feeAcknowledged = message.feeAcknowledged();
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the hold mode. Required.
         *
         * @param holdMode the hold mode
         * @return this builder
         */
        public Builder holdMode(HoldMode holdMode) {
            this.holdMode = Objects.requireNonNull(holdMode, "holdMode");
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
         * Sets when the hold expires (BW). Default: absent.
         *
         * @param expirationDate the value
         * @return this builder
         */
        public Builder expirationDate(Sip2Timestamp expirationDate) {
            this.expirationDate = Optional.of(expirationDate);
            return this;
        }

        /**
         * Sets or clears the BW field.
         *
         * @param expirationDate the value, or empty to omit the field
         * @return this builder
         */
        public Builder expirationDate(Optional<Sip2Timestamp> expirationDate) {
            this.expirationDate = Objects.requireNonNull(expirationDate, "expirationDate");
            return this;
        }

        /**
         * Sets where the patron will pick the item up (BS). Default: absent.
         *
         * @param pickupLocation the value
         * @return this builder
         */
        public Builder pickupLocation(String pickupLocation) {
            this.pickupLocation = Optional.of(pickupLocation);
            return this;
        }

        /**
         * Sets or clears the BS field.
         *
         * @param pickupLocation the value, or empty to omit the field
         * @return this builder
         */
        public Builder pickupLocation(Optional<String> pickupLocation) {
            this.pickupLocation = Objects.requireNonNull(pickupLocation, "pickupLocation");
            return this;
        }

        /**
         * Sets the kind of hold (BY). Default: absent.
         *
         * @param holdType the value
         * @return this builder
         */
        public Builder holdType(HoldType holdType) {
            this.holdType = Optional.of(holdType);
            return this;
        }

        /**
         * Sets or clears the BY field.
         *
         * @param holdType the value, or empty to omit the field
         * @return this builder
         */
        public Builder holdType(Optional<HoldType> holdType) {
            this.holdType = Objects.requireNonNull(holdType, "holdType");
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
         * Sets the item to hold (AB). Default: absent.
         *
         * @param itemIdentifier the value
         * @return this builder
         */
        public Builder itemIdentifier(String itemIdentifier) {
            this.itemIdentifier = Optional.of(itemIdentifier);
            return this;
        }

        /**
         * Sets or clears the AB field.
         *
         * @param itemIdentifier the value, or empty to omit the field
         * @return this builder
         */
        public Builder itemIdentifier(Optional<String> itemIdentifier) {
            this.itemIdentifier = Objects.requireNonNull(itemIdentifier, "itemIdentifier");
            return this;
        }

        /**
         * Sets the title to hold (AJ). Default: absent.
         *
         * @param titleIdentifier the value
         * @return this builder
         */
        public Builder titleIdentifier(String titleIdentifier) {
            this.titleIdentifier = Optional.of(titleIdentifier);
            return this;
        }

        /**
         * Sets or clears the AJ field.
         *
         * @param titleIdentifier the value, or empty to omit the field
         * @return this builder
         */
        public Builder titleIdentifier(Optional<String> titleIdentifier) {
            this.titleIdentifier = Objects.requireNonNull(titleIdentifier, "titleIdentifier");
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
         * Sets whether the patron agreed to pay a hold fee (BO). Default: absent.
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
        public HoldRequest build() {
            Fields.required(holdMode, "holdMode");
            Fields.required(transactionDate, "transactionDate");
            return new HoldRequest(holdMode, transactionDate, expirationDate, pickupLocation, holdType, institutionId, patronIdentifier, patronPassword, itemIdentifier, titleIdentifier, terminalPassword, feeAcknowledged, unknownFields);
        }
    }
}
