package io.github.sip2kit.core;

import io.github.sip2kit.core.field.AlertType;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.YesNoUnknown;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checkin Response (10), sent by the ACS (library system). Answers a {@link CheckinRequest} (09).
 *
 * <p>Fixed part after the code {@code 10}, in this order: ok (1), resensitize (1), magnetic media (1), alert (1), transaction date (18).
 * Tagged fields (in spec order): AO required, AB required, AQ required, AJ optional, CL optional, AA optional, CK optional, CH optional, CR optional, CS optional, CT optional, CV optional, CY optional, DA optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param ok the ok (fixed field, 0/1 flag)
 * @param resensitize the resensitize (fixed field, Y/N flag)
 * @param magneticMedia the magnetic media (fixed field, Y/N/U flag)
 * @param alert the alert (fixed field, Y/N flag)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param itemIdentifier the item's identifier (barcode) (field AB, required)
 * @param permanentLocation the item's permanent location (field AQ, required)
 * @param titleIdentifier the item's title (field AJ, optional)
 * @param sortBin the sort bin the item goes to (field CL, optional)
 * @param patronIdentifier the patron who had the item (field AA, optional)
 * @param mediaType the item's media type (field CK, optional)
 * @param itemProperties item properties (field CH, optional)
 * @param collectionCode the item's collection code (3M extension) (field CR, optional)
 * @param callNumber the item's call number (3M extension) (field CS, optional)
 * @param destinationLocation where the item must go next, such as a hold pickup branch (3M extension) (field CT, optional)
 * @param alertType why the alert is raised (3M extension) (field CV, optional)
 * @param holdPatronId the patron the item is held for (3M extension) (field CY, optional)
 * @param holdPatronName the name of the patron the item is held for (3M extension) (field DA, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record CheckinResponse(
        boolean ok,
        boolean resensitize,
        YesNoUnknown magneticMedia,
        boolean alert,
        Sip2Timestamp transactionDate,
        String institutionId,
        String itemIdentifier,
        String permanentLocation,
        Optional<String> titleIdentifier,
        Optional<String> sortBin,
        Optional<String> patronIdentifier,
        Optional<MediaType> mediaType,
        Optional<String> itemProperties,
        Optional<String> collectionCode,
        Optional<String> callNumber,
        Optional<String> destinationLocation,
        Optional<AlertType> alertType,
        Optional<String> holdPatronId,
        Optional<String> holdPatronName,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param ok the ok (fixed field, 0/1 flag)
     * @param resensitize the resensitize (fixed field, Y/N flag)
     * @param magneticMedia the magnetic media (fixed field, Y/N/U flag)
     * @param alert the alert (fixed field, Y/N flag)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param institutionId the library's institution id (field AO, required)
     * @param itemIdentifier the item's identifier (barcode) (field AB, required)
     * @param permanentLocation the item's permanent location (field AQ, required)
     * @param titleIdentifier the item's title (field AJ, optional)
     * @param sortBin the sort bin the item goes to (field CL, optional)
     * @param patronIdentifier the patron who had the item (field AA, optional)
     * @param mediaType the item's media type (field CK, optional)
     * @param itemProperties item properties (field CH, optional)
     * @param collectionCode the item's collection code (3M extension) (field CR, optional)
     * @param callNumber the item's call number (3M extension) (field CS, optional)
     * @param destinationLocation where the item must go next, such as a hold pickup branch (3M extension) (field CT, optional)
     * @param alertType why the alert is raised (3M extension) (field CV, optional)
     * @param holdPatronId the patron the item is held for (3M extension) (field CY, optional)
     * @param holdPatronName the name of the patron the item is held for (3M extension) (field DA, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public CheckinResponse {
        Objects.requireNonNull(magneticMedia, "magneticMedia");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(itemIdentifier, "itemIdentifier (AB)");
        Fields.text(permanentLocation, "permanentLocation (AQ)");
        Fields.optionalText(titleIdentifier, "titleIdentifier (AJ)");
        Fields.optionalText(sortBin, "sortBin (CL)");
        Fields.optionalText(patronIdentifier, "patronIdentifier (AA)");
        Objects.requireNonNull(mediaType, "mediaType (CK)");
        Fields.optionalText(itemProperties, "itemProperties (CH)");
        Fields.optionalText(collectionCode, "collectionCode (CR)");
        Fields.optionalText(callNumber, "callNumber (CS)");
        Fields.optionalText(destinationLocation, "destinationLocation (CT)");
        Objects.requireNonNull(alertType, "alertType (CV)");
        Fields.optionalText(holdPatronId, "holdPatronId (CY)");
        Fields.optionalText(holdPatronName, "holdPatronName (DA)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#CHECKIN_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.CHECKIN_RESPONSE;
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

    /** Builds {@link CheckinResponse} values; not thread-safe. */
    public static final class Builder {
        private boolean ok = false;
        private boolean resensitize = false;
        private YesNoUnknown magneticMedia = YesNoUnknown.UNKNOWN;
        private boolean alert = false;
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private String itemIdentifier = "";
        private String permanentLocation = "";
        private Optional<String> titleIdentifier = Optional.empty();
        private Optional<String> sortBin = Optional.empty();
        private Optional<String> patronIdentifier = Optional.empty();
        private Optional<MediaType> mediaType = Optional.empty();
        private Optional<String> itemProperties = Optional.empty();
        private Optional<String> collectionCode = Optional.empty();
        private Optional<String> callNumber = Optional.empty();
        private Optional<String> destinationLocation = Optional.empty();
        private Optional<AlertType> alertType = Optional.empty();
        private Optional<String> holdPatronId = Optional.empty();
        private Optional<String> holdPatronName = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(CheckinResponse message) {
            this.ok = message.ok();
            this.resensitize = message.resensitize();
            this.magneticMedia = message.magneticMedia();
            this.alert = message.alert();
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.itemIdentifier = message.itemIdentifier();
            this.permanentLocation = message.permanentLocation();
            this.titleIdentifier = message.titleIdentifier();
            this.sortBin = message.sortBin();
            this.patronIdentifier = message.patronIdentifier();
            this.mediaType = message.mediaType();
            this.itemProperties = message.itemProperties();
            this.collectionCode = message.collectionCode();
            this.callNumber = message.callNumber();
            this.destinationLocation = message.destinationLocation();
            this.alertType = message.alertType();
            this.holdPatronId = message.holdPatronId();
            this.holdPatronName = message.holdPatronName();
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
         * Sets the resensitize. Default: {@code false}.
         *
         * @param resensitize the resensitize
         * @return this builder
         */
        public Builder resensitize(boolean resensitize) {
            this.resensitize = resensitize;
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
         * Sets the alert. Default: {@code false}.
         *
         * @param alert the alert
         * @return this builder
         */
        public Builder alert(boolean alert) {
            this.alert = alert;
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
         * Sets the item's permanent location (AQ). Default: empty.
         *
         * @param permanentLocation the value
         * @return this builder
         */
        public Builder permanentLocation(String permanentLocation) {
            this.permanentLocation = Objects.requireNonNull(permanentLocation, "permanentLocation");
            return this;
        }

        /**
         * Sets the item's title (AJ). Default: absent.
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
         * Sets the sort bin the item goes to (CL). Default: absent.
         *
         * @param sortBin the value
         * @return this builder
         */
        public Builder sortBin(String sortBin) {
            this.sortBin = Optional.of(sortBin);
            return this;
        }

        /**
         * Sets or clears the CL field.
         *
         * @param sortBin the value, or empty to omit the field
         * @return this builder
         */
        public Builder sortBin(Optional<String> sortBin) {
            this.sortBin = Objects.requireNonNull(sortBin, "sortBin");
            return this;
        }

        /**
         * Sets the patron who had the item (AA). Default: absent.
         *
         * @param patronIdentifier the value
         * @return this builder
         */
        public Builder patronIdentifier(String patronIdentifier) {
            this.patronIdentifier = Optional.of(patronIdentifier);
            return this;
        }

        /**
         * Sets or clears the AA field.
         *
         * @param patronIdentifier the value, or empty to omit the field
         * @return this builder
         */
        public Builder patronIdentifier(Optional<String> patronIdentifier) {
            this.patronIdentifier = Objects.requireNonNull(patronIdentifier, "patronIdentifier");
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
         * Sets where the item must go next, such as a hold pickup branch (3M extension) (CT). Default: absent.
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
         * Sets why the alert is raised (3M extension) (CV). Default: absent.
         *
         * @param alertType the value
         * @return this builder
         */
        public Builder alertType(AlertType alertType) {
            this.alertType = Optional.of(alertType);
            return this;
        }

        /**
         * Sets or clears the CV field.
         *
         * @param alertType the value, or empty to omit the field
         * @return this builder
         */
        public Builder alertType(Optional<AlertType> alertType) {
            this.alertType = Objects.requireNonNull(alertType, "alertType");
            return this;
        }

        /**
         * Sets the patron the item is held for (3M extension) (CY). Default: absent.
         *
         * @param holdPatronId the value
         * @return this builder
         */
        public Builder holdPatronId(String holdPatronId) {
            this.holdPatronId = Optional.of(holdPatronId);
            return this;
        }

        /**
         * Sets or clears the CY field.
         *
         * @param holdPatronId the value, or empty to omit the field
         * @return this builder
         */
        public Builder holdPatronId(Optional<String> holdPatronId) {
            this.holdPatronId = Objects.requireNonNull(holdPatronId, "holdPatronId");
            return this;
        }

        /**
         * Sets the name of the patron the item is held for (3M extension) (DA). Default: absent.
         *
         * @param holdPatronName the value
         * @return this builder
         */
        public Builder holdPatronName(String holdPatronName) {
            this.holdPatronName = Optional.of(holdPatronName);
            return this;
        }

        /**
         * Sets or clears the DA field.
         *
         * @param holdPatronName the value, or empty to omit the field
         * @return this builder
         */
        public Builder holdPatronName(Optional<String> holdPatronName) {
            this.holdPatronName = Objects.requireNonNull(holdPatronName, "holdPatronName");
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
        public CheckinResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new CheckinResponse(ok, resensitize, magneticMedia, alert, transactionDate, institutionId, itemIdentifier, permanentLocation, titleIdentifier, sortBin, patronIdentifier, mediaType, itemProperties, collectionCode, callNumber, destinationLocation, alertType, holdPatronId, holdPatronName, screenMessages, printLines, unknownFields);
        }
    }
}
