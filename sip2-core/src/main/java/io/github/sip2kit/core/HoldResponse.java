package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hold Response (16), sent by the ACS (library system). Answers a {@link HoldRequest} (15).
 *
 * <p>Fixed part after the code {@code 16}, in this order: ok (1), available (1), transaction date (18).
 * Tagged fields (in spec order): BW optional, BR optional, BS optional, AO required, AA required, AB optional, AJ optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param ok the ok (fixed field, 0/1 flag)
 * @param available the available (fixed field, Y/N flag)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param expirationDate when the hold expires (field BW, optional)
 * @param queuePosition the patron's position in the hold queue (field BR, optional)
 * @param pickupLocation where the item will be picked up (field BS, optional)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param itemIdentifier the held item (field AB, optional)
 * @param titleIdentifier the held title (field AJ, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record HoldResponse(
        boolean ok,
        boolean available,
        Sip2Timestamp transactionDate,
        Optional<Sip2Timestamp> expirationDate,
        Optional<String> queuePosition,
        Optional<String> pickupLocation,
        String institutionId,
        String patronIdentifier,
        Optional<String> itemIdentifier,
        Optional<String> titleIdentifier,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param ok the ok (fixed field, 0/1 flag)
     * @param available the available (fixed field, Y/N flag)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param expirationDate when the hold expires (field BW, optional)
     * @param queuePosition the patron's position in the hold queue (field BR, optional)
     * @param pickupLocation where the item will be picked up (field BS, optional)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param itemIdentifier the held item (field AB, optional)
     * @param titleIdentifier the held title (field AJ, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public HoldResponse {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(expirationDate, "expirationDate (BW)");
        Fields.optionalText(queuePosition, "queuePosition (BR)");
        Fields.optionalText(pickupLocation, "pickupLocation (BS)");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Fields.optionalText(itemIdentifier, "itemIdentifier (AB)");
        Fields.optionalText(titleIdentifier, "titleIdentifier (AJ)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#HOLD_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.HOLD_RESPONSE;
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

    /** Builds {@link HoldResponse} values; not thread-safe. */
    public static final class Builder {
        private boolean ok = false;
        private boolean available = false;
        private Sip2Timestamp transactionDate;
        private Optional<Sip2Timestamp> expirationDate = Optional.empty();
        private Optional<String> queuePosition = Optional.empty();
        private Optional<String> pickupLocation = Optional.empty();
        private String institutionId = "";
        private String patronIdentifier = "";
        private Optional<String> itemIdentifier = Optional.empty();
        private Optional<String> titleIdentifier = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(HoldResponse message) {
            this.ok = message.ok();
            this.available = message.available();
            this.transactionDate = message.transactionDate();
            this.expirationDate = message.expirationDate();
            this.queuePosition = message.queuePosition();
            this.pickupLocation = message.pickupLocation();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.itemIdentifier = message.itemIdentifier();
            this.titleIdentifier = message.titleIdentifier();
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
         * Sets the available. Default: {@code false}.
         *
         * @param available the available
         * @return this builder
         */
        public Builder available(boolean available) {
            this.available = available;
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
         * Sets the patron's position in the hold queue (BR). Default: absent.
         *
         * @param queuePosition the value
         * @return this builder
         */
        public Builder queuePosition(String queuePosition) {
            this.queuePosition = Optional.of(queuePosition);
            return this;
        }

        /**
         * Sets or clears the BR field.
         *
         * @param queuePosition the value, or empty to omit the field
         * @return this builder
         */
        public Builder queuePosition(Optional<String> queuePosition) {
            this.queuePosition = Objects.requireNonNull(queuePosition, "queuePosition");
            return this;
        }

        /**
         * Sets where the item will be picked up (BS). Default: absent.
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
         * Sets the held item (AB). Default: absent.
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
         * Sets the held title (AJ). Default: absent.
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
        public HoldResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new HoldResponse(ok, available, transactionDate, expirationDate, queuePosition, pickupLocation, institutionId, patronIdentifier, itemIdentifier, titleIdentifier, screenMessages, printLines, unknownFields);
        }
    }
}
