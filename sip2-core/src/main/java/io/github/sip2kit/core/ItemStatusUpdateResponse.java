package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Item Status Update Response (20), sent by the ACS (library system). Answers an {@link ItemStatusUpdateRequest} (19).
 *
 * <p>Fixed part after the code {@code 20}, in this order: item properties ok (1), transaction date (18).
 * Tagged fields (in spec order): AB required, AJ optional, CH optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param itemPropertiesOk the item properties ok (fixed field, 0/1 flag)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param itemIdentifier the item's identifier (barcode) (field AB, required)
 * @param titleIdentifier the item's title (field AJ, optional)
 * @param itemProperties the stored item properties (field CH, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record ItemStatusUpdateResponse(
        boolean itemPropertiesOk,
        Sip2Timestamp transactionDate,
        String itemIdentifier,
        Optional<String> titleIdentifier,
        Optional<String> itemProperties,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param itemPropertiesOk the item properties ok (fixed field, 0/1 flag)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param itemIdentifier the item's identifier (barcode) (field AB, required)
     * @param titleIdentifier the item's title (field AJ, optional)
     * @param itemProperties the stored item properties (field CH, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public ItemStatusUpdateResponse {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(itemIdentifier, "itemIdentifier (AB)");
        Fields.optionalText(titleIdentifier, "titleIdentifier (AJ)");
        Fields.optionalText(itemProperties, "itemProperties (CH)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#ITEM_STATUS_UPDATE_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.ITEM_STATUS_UPDATE_RESPONSE;
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

    /** Builds {@link ItemStatusUpdateResponse} values; not thread-safe. */
    public static final class Builder {
        private boolean itemPropertiesOk = false;
        private Sip2Timestamp transactionDate;
        private String itemIdentifier = "";
        private Optional<String> titleIdentifier = Optional.empty();
        private Optional<String> itemProperties = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(ItemStatusUpdateResponse message) {
            this.itemPropertiesOk = message.itemPropertiesOk();
            this.transactionDate = message.transactionDate();
            this.itemIdentifier = message.itemIdentifier();
            this.titleIdentifier = message.titleIdentifier();
            this.itemProperties = message.itemProperties();
            this.screenMessages.addAll(message.screenMessages());
            this.printLines.addAll(message.printLines());
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the item properties ok. Default: {@code false}.
         *
         * @param itemPropertiesOk the item properties ok
         * @return this builder
         */
        public Builder itemPropertiesOk(boolean itemPropertiesOk) {
            this.itemPropertiesOk = itemPropertiesOk;
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
         * Sets the stored item properties (CH). Default: absent.
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
        public ItemStatusUpdateResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new ItemStatusUpdateResponse(itemPropertiesOk, transactionDate, itemIdentifier, titleIdentifier, itemProperties, screenMessages, printLines, unknownFields);
        }
    }
}
