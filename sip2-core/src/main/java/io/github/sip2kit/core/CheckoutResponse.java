package io.github.sip2kit.core;

import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.YesNoUnknown;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checkout Response (12), sent by the ACS (library system). Answers a {@link CheckoutRequest} (11).
 *
 * <p>Fixed part after the code {@code 12}, in this order: ok (1), renewal ok (1), magnetic media (1), desensitize (1), transaction date (18).
 * Tagged fields (in spec order): AO required, AA required, AB required, AJ required, AH required, BT optional, CI optional, BH optional, BV optional, CK optional, CH optional, BK optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param ok the ok (fixed field, 0/1 flag)
 * @param renewalOk the renewal ok (fixed field, Y/N flag)
 * @param magneticMedia the magnetic media (fixed field, Y/N/U flag)
 * @param desensitize the desensitize (fixed field, Y/N/U flag)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param itemIdentifier the item's identifier (barcode) (field AB, required)
 * @param titleIdentifier the item's title (empty when unknown) (field AJ, required)
 * @param dueDate the due date, free-format text (empty when not checked out) (field AH, required)
 * @param feeType the type of fee for this checkout (field BT, optional)
 * @param securityInhibit whether the SC should ignore the item's security status (field CI, optional)
 * @param currencyType the currency of the fee amount (field BH, optional)
 * @param feeAmount the fee for this checkout, as decimal text (field BV, optional)
 * @param mediaType the item's media type (field CK, optional)
 * @param itemProperties item properties (field CH, optional)
 * @param transactionId the transaction id assigned when a fee is involved (field BK, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record CheckoutResponse(
        boolean ok,
        boolean renewalOk,
        YesNoUnknown magneticMedia,
        YesNoUnknown desensitize,
        Sip2Timestamp transactionDate,
        String institutionId,
        String patronIdentifier,
        String itemIdentifier,
        String titleIdentifier,
        String dueDate,
        Optional<FeeType> feeType,
        Optional<Boolean> securityInhibit,
        Optional<CurrencyType> currencyType,
        Optional<String> feeAmount,
        Optional<MediaType> mediaType,
        Optional<String> itemProperties,
        Optional<String> transactionId,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param ok the ok (fixed field, 0/1 flag)
     * @param renewalOk the renewal ok (fixed field, Y/N flag)
     * @param magneticMedia the magnetic media (fixed field, Y/N/U flag)
     * @param desensitize the desensitize (fixed field, Y/N/U flag)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param itemIdentifier the item's identifier (barcode) (field AB, required)
     * @param titleIdentifier the item's title (empty when unknown) (field AJ, required)
     * @param dueDate the due date, free-format text (empty when not checked out) (field AH, required)
     * @param feeType the type of fee for this checkout (field BT, optional)
     * @param securityInhibit whether the SC should ignore the item's security status (field CI, optional)
     * @param currencyType the currency of the fee amount (field BH, optional)
     * @param feeAmount the fee for this checkout, as decimal text (field BV, optional)
     * @param mediaType the item's media type (field CK, optional)
     * @param itemProperties item properties (field CH, optional)
     * @param transactionId the transaction id assigned when a fee is involved (field BK, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public CheckoutResponse {
        Objects.requireNonNull(magneticMedia, "magneticMedia");
        Objects.requireNonNull(desensitize, "desensitize");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Fields.text(itemIdentifier, "itemIdentifier (AB)");
        Fields.text(titleIdentifier, "titleIdentifier (AJ)");
        Fields.text(dueDate, "dueDate (AH)");
        Objects.requireNonNull(feeType, "feeType (BT)");
        Objects.requireNonNull(securityInhibit, "securityInhibit (CI)");
        Objects.requireNonNull(currencyType, "currencyType (BH)");
        Fields.optionalText(feeAmount, "feeAmount (BV)");
        Objects.requireNonNull(mediaType, "mediaType (CK)");
        Fields.optionalText(itemProperties, "itemProperties (CH)");
        Fields.optionalText(transactionId, "transactionId (BK)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#CHECKOUT_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.CHECKOUT_RESPONSE;
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

    /** Builds {@link CheckoutResponse} values; not thread-safe. */
    public static final class Builder {
        private boolean ok = false;
        private boolean renewalOk = false;
        private YesNoUnknown magneticMedia = YesNoUnknown.UNKNOWN;
        private YesNoUnknown desensitize = YesNoUnknown.NO;
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private String patronIdentifier = "";
        private String itemIdentifier = "";
        private String titleIdentifier = "";
        private String dueDate = "";
        private Optional<FeeType> feeType = Optional.empty();
        private Optional<Boolean> securityInhibit = Optional.empty();
        private Optional<CurrencyType> currencyType = Optional.empty();
        private Optional<String> feeAmount = Optional.empty();
        private Optional<MediaType> mediaType = Optional.empty();
        private Optional<String> itemProperties = Optional.empty();
        private Optional<String> transactionId = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(CheckoutResponse message) {
            this.ok = message.ok();
            this.renewalOk = message.renewalOk();
            this.magneticMedia = message.magneticMedia();
            this.desensitize = message.desensitize();
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.itemIdentifier = message.itemIdentifier();
            this.titleIdentifier = message.titleIdentifier();
            this.dueDate = message.dueDate();
            this.feeType = message.feeType();
            this.securityInhibit = message.securityInhibit();
            this.currencyType = message.currencyType();
            this.feeAmount = message.feeAmount();
            this.mediaType = message.mediaType();
            this.itemProperties = message.itemProperties();
            this.transactionId = message.transactionId();
            this.screenMessages.addAll(message.screenMessages());
            this.printLines.addAll(message.printLines());
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the ok. Default: {@code false}.
         *
         * @param ok the ok
         * @return this builder
         */
        public Builder ok(boolean ok) {
            this.ok = ok;
            return this;
        }

        /**
         * Sets the renewal ok. Default: {@code false}.
         *
         * @param renewalOk the renewal ok
         * @return this builder
         */
        public Builder renewalOk(boolean renewalOk) {
            this.renewalOk = renewalOk;
            return this;
        }

        /**
         * Sets the magnetic media. Default: {@code YesNoUnknown.UNKNOWN}.
         *
         * @param magneticMedia the magnetic media
         * @return this builder
         */
        public Builder magneticMedia(YesNoUnknown magneticMedia) {
            this.magneticMedia = Objects.requireNonNull(magneticMedia, "magneticMedia");
            return this;
        }

        /**
         * Sets the desensitize. Default: {@code YesNoUnknown.NO}.
         *
         * @param desensitize the desensitize
         * @return this builder
         */
        public Builder desensitize(YesNoUnknown desensitize) {
            this.desensitize = Objects.requireNonNull(desensitize, "desensitize");
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
         * Sets the item's title (empty when unknown) (AJ). Default: empty.
         *
         * @param titleIdentifier the value
         * @return this builder
         */
        public Builder titleIdentifier(String titleIdentifier) {
            this.titleIdentifier = Objects.requireNonNull(titleIdentifier, "titleIdentifier");
            return this;
        }

        /**
         * Sets the due date, free-format text (empty when not checked out) (AH). Default: empty.
         *
         * @param dueDate the value
         * @return this builder
         */
        public Builder dueDate(String dueDate) {
            this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
            return this;
        }

        /**
         * Sets the type of fee for this checkout (BT). Default: absent.
         *
         * @param feeType the value
         * @return this builder
         */
        public Builder feeType(FeeType feeType) {
            this.feeType = Optional.of(feeType);
            return this;
        }

        /**
         * Sets or clears the BT field.
         *
         * @param feeType the value, or empty to omit the field
         * @return this builder
         */
        public Builder feeType(Optional<FeeType> feeType) {
            this.feeType = Objects.requireNonNull(feeType, "feeType");
            return this;
        }

        /**
         * Sets whether the SC should ignore the item's security status (CI). Default: absent.
         *
         * @param securityInhibit the value
         * @return this builder
         */
        public Builder securityInhibit(boolean securityInhibit) {
            this.securityInhibit = Optional.of(securityInhibit);
            return this;
        }

        /**
         * Sets or clears the CI field.
         *
         * @param securityInhibit the value, or empty to omit the field
         * @return this builder
         */
        public Builder securityInhibit(Optional<Boolean> securityInhibit) {
            this.securityInhibit = Objects.requireNonNull(securityInhibit, "securityInhibit");
            return this;
        }

        /**
         * Sets the currency of the fee amount (BH). Default: absent.
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
         * Sets the fee for this checkout, as decimal text (BV). Default: absent.
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
         * Sets the item's media type (CK). Default: absent.
         *
         * @param mediaType the value
         * @return this builder
         */
        public Builder mediaType(MediaType mediaType) {
            this.mediaType = Optional.of(mediaType);
            return this;
        }

        /**
         * Sets or clears the CK field.
         *
         * @param mediaType the value, or empty to omit the field
         * @return this builder
         */
        public Builder mediaType(Optional<MediaType> mediaType) {
            this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
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
         * Sets the transaction id assigned when a fee is involved (BK). Default: absent.
         *
         * @param transactionId the value
         * @return this builder
         */
        public Builder transactionId(String transactionId) {
            this.transactionId = Optional.of(transactionId);
            return this;
        }

        /**
         * Sets or clears the BK field.
         *
         * @param transactionId the value, or empty to omit the field
         * @return this builder
         */
        public Builder transactionId(Optional<String> transactionId) {
            this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
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
        public CheckoutResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new CheckoutResponse(ok, renewalOk, magneticMedia, desensitize, transactionDate, institutionId, patronIdentifier, itemIdentifier, titleIdentifier, dueDate, feeType, securityInhibit, currencyType, feeAmount, mediaType, itemProperties, transactionId, screenMessages, printLines, unknownFields);
        }
    }
}
