package io.github.sip2kit.core;

import io.github.sip2kit.core.field.CirculationStatus;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.SecurityMarker;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Item Information Response (18), sent by the ACS (library system). Answers an {@link ItemInformationRequest} (17).
 *
 * <p>Fixed part after the code {@code 18}, in this order: circulation status (2), security marker (2), fee type (2), transaction date (18).
 * Tagged fields (in spec order): CF optional, AH optional, CJ optional, CM optional, AB required, AJ required, BG optional, BH optional, BV optional, CK optional, AQ optional, AP optional, CH optional, CR optional, CS optional, CT optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param circulationStatus the circulation status (fixed field, circulation status code)
 * @param securityMarker the security marker (fixed field, security marker code)
 * @param feeType the fee type (fixed field, fee type code)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param holdQueueLength how many patrons are waiting for the item (field CF, optional)
 * @param dueDate the due date, free-format text (field AH, optional)
 * @param recallDate when the item was recalled (field CJ, optional)
 * @param holdPickupDate when the hold must be picked up by (field CM, optional)
 * @param itemIdentifier the item's identifier (barcode) (field AB, required)
 * @param titleIdentifier the item's title (empty when unknown) (field AJ, required)
 * @param owner the institution or branch that owns the item (field BG, optional)
 * @param currencyType the currency of the fee amount (field BH, optional)
 * @param feeAmount the fee for the item, as decimal text (field BV, optional)
 * @param mediaType the item's media type (field CK, optional)
 * @param permanentLocation the item's permanent location (field AQ, optional)
 * @param currentLocation the item's current location (field AP, optional)
 * @param itemProperties item properties (field CH, optional)
 * @param collectionCode the item's collection code (3M extension) (field CR, optional)
 * @param callNumber the item's call number (3M extension) (field CS, optional)
 * @param destinationLocation where the item must go next (3M extension) (field CT, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record ItemInformationResponse(
        CirculationStatus circulationStatus,
        SecurityMarker securityMarker,
        FeeType feeType,
        Sip2Timestamp transactionDate,
        Optional<String> holdQueueLength,
        Optional<String> dueDate,
        Optional<Sip2Timestamp> recallDate,
        Optional<Sip2Timestamp> holdPickupDate,
        String itemIdentifier,
        String titleIdentifier,
        Optional<String> owner,
        Optional<CurrencyType> currencyType,
        Optional<String> feeAmount,
        Optional<MediaType> mediaType,
        Optional<String> permanentLocation,
        Optional<String> currentLocation,
        Optional<String> itemProperties,
        Optional<String> collectionCode,
        Optional<String> callNumber,
        Optional<String> destinationLocation,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param circulationStatus the circulation status (fixed field, circulation status code)
     * @param securityMarker the security marker (fixed field, security marker code)
     * @param feeType the fee type (fixed field, fee type code)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param holdQueueLength how many patrons are waiting for the item (field CF, optional)
     * @param dueDate the due date, free-format text (field AH, optional)
     * @param recallDate when the item was recalled (field CJ, optional)
     * @param holdPickupDate when the hold must be picked up by (field CM, optional)
     * @param itemIdentifier the item's identifier (barcode) (field AB, required)
     * @param titleIdentifier the item's title (empty when unknown) (field AJ, required)
     * @param owner the institution or branch that owns the item (field BG, optional)
     * @param currencyType the currency of the fee amount (field BH, optional)
     * @param feeAmount the fee for the item, as decimal text (field BV, optional)
     * @param mediaType the item's media type (field CK, optional)
     * @param permanentLocation the item's permanent location (field AQ, optional)
     * @param currentLocation the item's current location (field AP, optional)
     * @param itemProperties item properties (field CH, optional)
     * @param collectionCode the item's collection code (3M extension) (field CR, optional)
     * @param callNumber the item's call number (3M extension) (field CS, optional)
     * @param destinationLocation where the item must go next (3M extension) (field CT, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public ItemInformationResponse {
        Objects.requireNonNull(circulationStatus, "circulationStatus");
        Objects.requireNonNull(securityMarker, "securityMarker");
        Objects.requireNonNull(feeType, "feeType");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.optionalText(holdQueueLength, "holdQueueLength (CF)");
        Fields.optionalText(dueDate, "dueDate (AH)");
        Objects.requireNonNull(recallDate, "recallDate (CJ)");
        Objects.requireNonNull(holdPickupDate, "holdPickupDate (CM)");
        Fields.text(itemIdentifier, "itemIdentifier (AB)");
        Fields.text(titleIdentifier, "titleIdentifier (AJ)");
        Fields.optionalText(owner, "owner (BG)");
        Objects.requireNonNull(currencyType, "currencyType (BH)");
        Fields.optionalText(feeAmount, "feeAmount (BV)");
        Objects.requireNonNull(mediaType, "mediaType (CK)");
        Fields.optionalText(permanentLocation, "permanentLocation (AQ)");
        Fields.optionalText(currentLocation, "currentLocation (AP)");
        Fields.optionalText(itemProperties, "itemProperties (CH)");
        Fields.optionalText(collectionCode, "collectionCode (CR)");
        Fields.optionalText(callNumber, "callNumber (CS)");
        Fields.optionalText(destinationLocation, "destinationLocation (CT)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#ITEM_INFORMATION_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.ITEM_INFORMATION_RESPONSE;
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

    /** Builds {@link ItemInformationResponse} values; not thread-safe. */
    public static final class Builder {
        private CirculationStatus circulationStatus = CirculationStatus.OTHER;
        private SecurityMarker securityMarker = SecurityMarker.OTHER;
        private FeeType feeType = FeeType.OTHER_UNKNOWN;
        private Sip2Timestamp transactionDate;
        private Optional<String> holdQueueLength = Optional.empty();
        private Optional<String> dueDate = Optional.empty();
        private Optional<Sip2Timestamp> recallDate = Optional.empty();
        private Optional<Sip2Timestamp> holdPickupDate = Optional.empty();
        private String itemIdentifier = "";
        private String titleIdentifier = "";
        private Optional<String> owner = Optional.empty();
        private Optional<CurrencyType> currencyType = Optional.empty();
        private Optional<String> feeAmount = Optional.empty();
        private Optional<MediaType> mediaType = Optional.empty();
        private Optional<String> permanentLocation = Optional.empty();
        private Optional<String> currentLocation = Optional.empty();
        private Optional<String> itemProperties = Optional.empty();
        private Optional<String> collectionCode = Optional.empty();
        private Optional<String> callNumber = Optional.empty();
        private Optional<String> destinationLocation = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(ItemInformationResponse message) {
            this.circulationStatus = message.circulationStatus();
            this.securityMarker = message.securityMarker();
            this.feeType = message.feeType();
            this.transactionDate = message.transactionDate();
            this.holdQueueLength = message.holdQueueLength();
            this.dueDate = message.dueDate();
            this.recallDate = message.recallDate();
            this.holdPickupDate = message.holdPickupDate();
            this.itemIdentifier = message.itemIdentifier();
            this.titleIdentifier = message.titleIdentifier();
            this.owner = message.owner();
            this.currencyType = message.currencyType();
            this.feeAmount = message.feeAmount();
            this.mediaType = message.mediaType();
            this.permanentLocation = message.permanentLocation();
            this.currentLocation = message.currentLocation();
            this.itemProperties = message.itemProperties();
            this.collectionCode = message.collectionCode();
            this.callNumber = message.callNumber();
            this.destinationLocation = message.destinationLocation();
            this.screenMessages.addAll(message.screenMessages());
            this.printLines.addAll(message.printLines());
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the circulation status. Default: {@code CirculationStatus.OTHER}.
         *
         * @param circulationStatus the circulation status
         * @return this builder
         */
        public Builder circulationStatus(CirculationStatus circulationStatus) {
            this.circulationStatus = Objects.requireNonNull(circulationStatus, "circulationStatus");
            return this;
        }

        /**
         * Sets the security marker. Default: {@code SecurityMarker.OTHER}.
         *
         * @param securityMarker the security marker
         * @return this builder
         */
        public Builder securityMarker(SecurityMarker securityMarker) {
            this.securityMarker = Objects.requireNonNull(securityMarker, "securityMarker");
            return this;
        }

        /**
         * Sets the fee type. Default: {@code FeeType.OTHER_UNKNOWN}.
         *
         * @param feeType the fee type
         * @return this builder
         */
        public Builder feeType(FeeType feeType) {
            this.feeType = Objects.requireNonNull(feeType, "feeType");
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
         * Sets how many patrons are waiting for the item (CF). Default: absent.
         *
         * @param holdQueueLength the value
         * @return this builder
         */
        public Builder holdQueueLength(String holdQueueLength) {
            this.holdQueueLength = Optional.of(holdQueueLength);
            return this;
        }

        /**
         * Sets or clears the CF field.
         *
         * @param holdQueueLength the value, or empty to omit the field
         * @return this builder
         */
        public Builder holdQueueLength(Optional<String> holdQueueLength) {
            this.holdQueueLength = Objects.requireNonNull(holdQueueLength, "holdQueueLength");
            return this;
        }

        /**
         * Sets the due date, free-format text (AH). Default: absent.
         *
         * @param dueDate the value
         * @return this builder
         */
        public Builder dueDate(String dueDate) {
            this.dueDate = Optional.of(dueDate);
            return this;
        }

        /**
         * Sets or clears the AH field.
         *
         * @param dueDate the value, or empty to omit the field
         * @return this builder
         */
        public Builder dueDate(Optional<String> dueDate) {
            this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
            return this;
        }

        /**
         * Sets when the item was recalled (CJ). Default: absent.
         *
         * @param recallDate the value
         * @return this builder
         */
        public Builder recallDate(Sip2Timestamp recallDate) {
            this.recallDate = Optional.of(recallDate);
            return this;
        }

        /**
         * Sets or clears the CJ field.
         *
         * @param recallDate the value, or empty to omit the field
         * @return this builder
         */
        public Builder recallDate(Optional<Sip2Timestamp> recallDate) {
            this.recallDate = Objects.requireNonNull(recallDate, "recallDate");
            return this;
        }

        /**
         * Sets when the hold must be picked up by (CM). Default: absent.
         *
         * @param holdPickupDate the value
         * @return this builder
         */
        public Builder holdPickupDate(Sip2Timestamp holdPickupDate) {
            this.holdPickupDate = Optional.of(holdPickupDate);
            return this;
        }

        /**
         * Sets or clears the CM field.
         *
         * @param holdPickupDate the value, or empty to omit the field
         * @return this builder
         */
        public Builder holdPickupDate(Optional<Sip2Timestamp> holdPickupDate) {
            this.holdPickupDate = Objects.requireNonNull(holdPickupDate, "holdPickupDate");
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
         * Sets the institution or branch that owns the item (BG). Default: absent.
         *
         * @param owner the value
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = Optional.of(owner);
            return this;
        }

        /**
         * Sets or clears the BG field.
         *
         * @param owner the value, or empty to omit the field
         * @return this builder
         */
        public Builder owner(Optional<String> owner) {
            this.owner = Objects.requireNonNull(owner, "owner");
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
         * Sets the fee for the item, as decimal text (BV). Default: absent.
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
         * Sets the item's permanent location (AQ). Default: absent.
         *
         * @param permanentLocation the value
         * @return this builder
         */
        public Builder permanentLocation(String permanentLocation) {
            this.permanentLocation = Optional.of(permanentLocation);
            return this;
        }

        /**
         * Sets or clears the AQ field.
         *
         * @param permanentLocation the value, or empty to omit the field
         * @return this builder
         */
        public Builder permanentLocation(Optional<String> permanentLocation) {
            this.permanentLocation = Objects.requireNonNull(permanentLocation, "permanentLocation");
            return this;
        }

        /**
         * Sets the item's current location (AP). Default: absent.
         *
         * @param currentLocation the value
         * @return this builder
         */
        public Builder currentLocation(String currentLocation) {
            this.currentLocation = Optional.of(currentLocation);
            return this;
        }

        /**
         * Sets or clears the AP field.
         *
         * @param currentLocation the value, or empty to omit the field
         * @return this builder
         */
        public Builder currentLocation(Optional<String> currentLocation) {
            this.currentLocation = Objects.requireNonNull(currentLocation, "currentLocation");
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
         * Sets the item's collection code (3M extension) (CR). Default: absent.
         *
         * @param collectionCode the value
         * @return this builder
         */
        public Builder collectionCode(String collectionCode) {
            this.collectionCode = Optional.of(collectionCode);
            return this;
        }

        /**
         * Sets or clears the CR field.
         *
         * @param collectionCode the value, or empty to omit the field
         * @return this builder
         */
        public Builder collectionCode(Optional<String> collectionCode) {
            this.collectionCode = Objects.requireNonNull(collectionCode, "collectionCode");
            return this;
        }

        /**
         * Sets the item's call number (3M extension) (CS). Default: absent.
         *
         * @param callNumber the value
         * @return this builder
         */
        public Builder callNumber(String callNumber) {
            this.callNumber = Optional.of(callNumber);
            return this;
        }

        /**
         * Sets or clears the CS field.
         *
         * @param callNumber the value, or empty to omit the field
         * @return this builder
         */
        public Builder callNumber(Optional<String> callNumber) {
            this.callNumber = Objects.requireNonNull(callNumber, "callNumber");
            return this;
        }

        /**
         * Sets where the item must go next (3M extension) (CT). Default: absent.
         *
         * @param destinationLocation the value
         * @return this builder
         */
        public Builder destinationLocation(String destinationLocation) {
            this.destinationLocation = Optional.of(destinationLocation);
            return this;
        }

        /**
         * Sets or clears the CT field.
         *
         * @param destinationLocation the value, or empty to omit the field
         * @return this builder
         */
        public Builder destinationLocation(Optional<String> destinationLocation) {
            this.destinationLocation = Objects.requireNonNull(destinationLocation, "destinationLocation");
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
        public ItemInformationResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new ItemInformationResponse(circulationStatus, securityMarker, feeType, transactionDate, holdQueueLength, dueDate, recallDate, holdPickupDate, itemIdentifier, titleIdentifier, owner, currencyType, feeAmount, mediaType, permanentLocation, currentLocation, itemProperties, collectionCode, callNumber, destinationLocation, screenMessages, printLines, unknownFields);
        }
    }
}
