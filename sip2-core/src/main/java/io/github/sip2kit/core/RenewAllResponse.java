package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Renew All Response (66), sent by the ACS (library system). Answers a {@link RenewAllRequest} (65).
 *
 * <p>Fixed part after the code {@code 66}, in this order: ok (1), renewed count (4), unrenewed count (4), transaction date (18).
 * Tagged fields (in spec order): AO required, BM repeatable, BN repeatable, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param ok the ok (fixed field, 0/1 flag)
 * @param renewedCount the renewed count (fixed field, 4-digit count, blank when unknown)
 * @param unrenewedCount the unrenewed count (fixed field, 4-digit count, blank when unknown)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param renewedItems the renewed items, one per entry (field BM, repeatable)
 * @param unrenewedItems the items not renewed, one per entry (may carry a reason) (field BN, repeatable)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record RenewAllResponse(
        boolean ok,
        OptionalInt renewedCount,
        OptionalInt unrenewedCount,
        Sip2Timestamp transactionDate,
        String institutionId,
        List<String> renewedItems,
        List<String> unrenewedItems,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param ok the ok (fixed field, 0/1 flag)
     * @param renewedCount the renewed count (fixed field, 4-digit count, blank when unknown)
     * @param unrenewedCount the unrenewed count (fixed field, 4-digit count, blank when unknown)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param institutionId the library's institution id (field AO, required)
     * @param renewedItems the renewed items, one per entry (field BM, repeatable)
     * @param unrenewedItems the items not renewed, one per entry (may carry a reason) (field BN, repeatable)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public RenewAllResponse {
        Fields.count(renewedCount, "renewedCount");
        Fields.count(unrenewedCount, "unrenewedCount");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        renewedItems = Fields.texts(renewedItems, "renewedItems (BM)");
        unrenewedItems = Fields.texts(unrenewedItems, "unrenewedItems (BN)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#RENEW_ALL_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.RENEW_ALL_RESPONSE;
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

    /** Builds {@link RenewAllResponse} values; not thread-safe. */
    public static final class Builder {
        private boolean ok = false;
        private OptionalInt renewedCount = OptionalInt.empty();
        private OptionalInt unrenewedCount = OptionalInt.empty();
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private final java.util.ArrayList<String> renewedItems = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> unrenewedItems = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(RenewAllResponse message) {
            this.ok = message.ok();
            this.renewedCount = message.renewedCount();
            this.unrenewedCount = message.unrenewedCount();
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.renewedItems.addAll(message.renewedItems());
            this.unrenewedItems.addAll(message.unrenewedItems());
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
         * Sets the renewed count (0 to 9999). Default: {@code OptionalInt.empty()}.
         *
         * @param renewedCount the count
         * @return this builder
         */
        public Builder renewedCount(int renewedCount) {
            this.renewedCount = OptionalInt.of(renewedCount);
            return this;
        }

        /**
         * Sets the renewed count; empty means unknown (four blanks on the wire).
         *
         * @param renewedCount the count, or empty
         * @return this builder
         */
        public Builder renewedCount(OptionalInt renewedCount) {
            this.renewedCount = Objects.requireNonNull(renewedCount, "renewedCount");
            return this;
        }

        /**
         * Sets the unrenewed count (0 to 9999). Default: {@code OptionalInt.empty()}.
         *
         * @param unrenewedCount the count
         * @return this builder
         */
        public Builder unrenewedCount(int unrenewedCount) {
            this.unrenewedCount = OptionalInt.of(unrenewedCount);
            return this;
        }

        /**
         * Sets the unrenewed count; empty means unknown (four blanks on the wire).
         *
         * @param unrenewedCount the count, or empty
         * @return this builder
         */
        public Builder unrenewedCount(OptionalInt unrenewedCount) {
            this.unrenewedCount = Objects.requireNonNull(unrenewedCount, "unrenewedCount");
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
         * Replaces the BM values.
         *
         * @param renewedItems the values, in order
         * @return this builder
         */
        public Builder renewedItems(List<String> renewedItems) {
            this.renewedItems.clear();
            this.renewedItems.addAll(renewedItems);
            return this;
        }

        /**
         * Adds one BM value after those already set.
         *
         * @param renewedItem the value
         * @return this builder
         */
        public Builder addRenewedItem(String renewedItem) {
            this.renewedItems.add(Objects.requireNonNull(renewedItem, "renewedItem"));
            return this;
        }

        /**
         * Replaces the BN values.
         *
         * @param unrenewedItems the values, in order
         * @return this builder
         */
        public Builder unrenewedItems(List<String> unrenewedItems) {
            this.unrenewedItems.clear();
            this.unrenewedItems.addAll(unrenewedItems);
            return this;
        }

        /**
         * Adds one BN value after those already set.
         *
         * @param unrenewedItem the value
         * @return this builder
         */
        public Builder addUnrenewedItem(String unrenewedItem) {
            this.unrenewedItems.add(Objects.requireNonNull(unrenewedItem, "unrenewedItem"));
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
        public RenewAllResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new RenewAllResponse(ok, renewedCount, unrenewedCount, transactionDate, institutionId, renewedItems, unrenewedItems, screenMessages, printLines, unknownFields);
        }
    }
}
