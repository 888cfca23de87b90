package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fee Paid Response (38), sent by the ACS (library system). Answers a {@link FeePaidRequest} (37).
 *
 * <p>Fixed part after the code {@code 38}, in this order: payment accepted (1), transaction date (18).
 * Tagged fields (in spec order): AO required, AA required, BK optional, AF repeatable, AG repeatable.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param paymentAccepted the payment accepted (fixed field, Y/N flag)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param transactionId the ACS's receipt id for the payment (field BK, optional)
 * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
 * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record FeePaidResponse(
        boolean paymentAccepted,
        Sip2Timestamp transactionDate,
        String institutionId,
        String patronIdentifier,
        Optional<String> transactionId,
        List<String> screenMessages,
        List<String> printLines,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param paymentAccepted the payment accepted (fixed field, Y/N flag)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param transactionId the ACS's receipt id for the payment (field BK, optional)
     * @param screenMessages screen messages for the patron, one per screen line (field AF, repeatable)
     * @param printLines print lines for the receipt printer, one per printer line (field AG, repeatable)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public FeePaidResponse {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Fields.optionalText(transactionId, "transactionId (BK)");
        screenMessages = Fields.texts(screenMessages, "screenMessages (AF)");
        printLines = Fields.texts(printLines, "printLines (AG)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#FEE_PAID_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.FEE_PAID_RESPONSE;
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

    /** Builds {@link FeePaidResponse} values; not thread-safe. */
    public static final class Builder {
        private boolean paymentAccepted = false;
        private Sip2Timestamp transactionDate;
        private String institutionId = "";
        private String patronIdentifier = "";
        private Optional<String> transactionId = Optional.empty();
        private final java.util.ArrayList<String> screenMessages = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> printLines = new java.util.ArrayList<>();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(FeePaidResponse message) {
            this.paymentAccepted = message.paymentAccepted();
            this.transactionDate = message.transactionDate();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.transactionId = message.transactionId();
            this.screenMessages.addAll(message.screenMessages());
            this.printLines.addAll(message.printLines());
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the payment accepted. Default: {@code false}.
         *
         * @param paymentAccepted the payment accepted
         * @return this builder
         */
        public Builder paymentAccepted(boolean paymentAccepted) {
            this.paymentAccepted = paymentAccepted;
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
         * Sets the ACS's receipt id for the payment (BK). Default: absent.
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
        public FeePaidResponse build() {
            Fields.required(transactionDate, "transactionDate");
            return new FeePaidResponse(paymentAccepted, transactionDate, institutionId, patronIdentifier, transactionId, screenMessages, printLines, unknownFields);
        }
    }
}
