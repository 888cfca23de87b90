package io.github.sip2kit.core;

import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Patron Information (63), sent by the SC (self-service machine). Asks for detailed patron information, optionally one item list selected by the summary field and paged with start and end item. Answered by {@link PatronInformationResponse} (64).
 *
 * <p>Fixed part after the code {@code 63}, in this order: language (3), transaction date (18), summary (10).
 * Tagged fields (in spec order): AO required, AA required, AC optional, AD optional, BP optional, BQ optional.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param language the language (fixed field, language code)
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param summary the summary (fixed field, 10 Y/blank positions)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param terminalPassword the SC's terminal password (field AC, optional)
 * @param patronPassword the patron's password or PIN (field AD, optional)
 * @param startItem 1-based position of the first list entry to return (often zero-padded, {@code 00001}) (field BP, optional)
 * @param endItem 1-based position of the last list entry to return (field BQ, optional)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record PatronInformationRequest(
        Language language,
        Sip2Timestamp transactionDate,
        Set<SummaryItem> summary,
        String institutionId,
        String patronIdentifier,
        Optional<Secret> terminalPassword,
        Optional<Secret> patronPassword,
        Optional<String> startItem,
        Optional<String> endItem,
        List<RawField> unknownFields)
        implements ScRequest<PatronInformationResponse> {

    /**
     * Validates every component.
     *
     * @param language the language (fixed field, language code)
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param summary the summary (fixed field, 10 Y/blank positions)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param terminalPassword the SC's terminal password (field AC, optional)
     * @param patronPassword the patron's password or PIN (field AD, optional)
     * @param startItem 1-based position of the first list entry to return (often zero-padded, {@code 00001}) (field BP, optional)
     * @param endItem 1-based position of the last list entry to return (field BQ, optional)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public PatronInformationRequest {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(transactionDate, "transactionDate");
        summary = Fields.flags(summary, SummaryItem.class, "summary");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        Objects.requireNonNull(patronPassword, "patronPassword (AD)");
        Fields.optionalText(startItem, "startItem (BP)");
        Fields.optionalText(endItem, "endItem (BQ)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#PATRON_INFORMATION}} */
    @Override
    public MessageType messageType() {
        return MessageType.PATRON_INFORMATION;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<PatronInformationResponse> responseType() {
        return PatronInformationResponse.class;
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

    /** Builds {@link PatronInformationRequest} values; not thread-safe. */
    public static final class Builder {
        private Language language = Language.UNKNOWN;
        private Sip2Timestamp transactionDate;
        private Set<SummaryItem> summary = Set.of();
        private String institutionId = "";
        private String patronIdentifier = "";
        private Optional<Secret> terminalPassword = Optional.empty();
        private Optional<Secret> patronPassword = Optional.empty();
        private Optional<String> startItem = Optional.empty();
        private Optional<String> endItem = Optional.empty();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(PatronInformationRequest message) {
            this.language = message.language();
            this.transactionDate = message.transactionDate();
            this.summary = message.summary();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.patronPassword = message.patronPassword();
            this.startItem = message.startItem();
            this.endItem = message.endItem();
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the language. Default: {@code Language.UNKNOWN}.
         *
         * @param language the language
         * @return this builder
         */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
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
         * Sets the summary positions that are {@code Y}. Default: {@code Set.of()}.
         *
         * @param summary the positions set
         * @return this builder
         */
        public Builder summary(Set<SummaryItem> summary) {
            this.summary = Set.copyOf(summary);
            return this;
        }

        /**
         * Sets the summary positions that are {@code Y}.
         *
         * @param summary the positions set
         * @return this builder
         */
        public Builder summary(SummaryItem... summary) {
            this.summary = Set.of(summary);
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
         * Sets 1-based position of the first list entry to return (often zero-padded, {@code 00001}) (BP). Default: absent.
         *
         * @param startItem the value
         * @return this builder
         */
        public Builder startItem(String startItem) {
            this.startItem = Optional.of(startItem);
            return this;
        }

        /**
         * Sets or clears the BP field.
         *
         * @param startItem the value, or empty to omit the field
         * @return this builder
         */
        public Builder startItem(Optional<String> startItem) {
            this.startItem = Objects.requireNonNull(startItem, "startItem");
            return this;
        }

        /**
         * Sets 1-based position of the last list entry to return (BQ). Default: absent.
         *
         * @param endItem the value
         * @return this builder
         */
        public Builder endItem(String endItem) {
            this.endItem = Optional.of(endItem);
            return this;
        }

        /**
         * Sets or clears the BQ field.
         *
         * @param endItem the value, or empty to omit the field
         * @return this builder
         */
        public Builder endItem(Optional<String> endItem) {
            this.endItem = Objects.requireNonNull(endItem, "endItem");
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
        public PatronInformationRequest build() {
            Fields.required(transactionDate, "transactionDate");
            return new PatronInformationRequest(language, transactionDate, summary, institutionId, patronIdentifier, terminalPassword, patronPassword, startItem, endItem, unknownFields);
        }
    }
}
