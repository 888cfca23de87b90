package io.github.sip2kit.core;

import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fee Paid (37), sent by the SC (self-service machine). Reports a payment collected by the SC or a payment device. Answered by {@link FeePaidResponse} (38).
 *
 * <p>Fixed part after the code {@code 37}, in this order: transaction date (18), fee type (2), payment type (2), currency type (3).
 * Tagged fields (in spec order): BV required, AO required, AA required, AC optional, AD optional, CG optional, BK optional, OR optional, RN optional.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param transactionDate the transaction date (fixed field, 18-character date)
 * @param feeType the fee type (fixed field, fee type code)
 * @param paymentType the payment type (fixed field, payment type code)
 * @param currencyType the currency type (fixed field, currency code)
 * @param feeAmount the amount paid, as decimal text such as {@code 12.50} (field BV, required)
 * @param institutionId the library's institution id (field AO, required)
 * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
 * @param terminalPassword the SC's terminal password (field AC, optional)
 * @param patronPassword the patron's password or PIN (field AD, optional)
 * @param feeIdentifier which fee is being paid (field CG, optional)
 * @param transactionId the payment device's transaction id (field BK, optional)
 * @param registerLogin the cashier login on the payment register (Envisionware extension) (field OR, optional)
 * @param checkNumber the check number when paying by check (Envisionware extension) (field RN, optional)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record FeePaidRequest(
        Sip2Timestamp transactionDate,
        FeeType feeType,
        PaymentType paymentType,
        CurrencyType currencyType,
        String feeAmount,
        String institutionId,
        String patronIdentifier,
        Optional<Secret> terminalPassword,
        Optional<Secret> patronPassword,
        Optional<String> feeIdentifier,
        Optional<String> transactionId,
        Optional<String> registerLogin,
        Optional<String> checkNumber,
        List<RawField> unknownFields)
        implements ScRequest<FeePaidResponse> {

    /**
     * Validates every component.
     *
     * @param transactionDate the transaction date (fixed field, 18-character date)
     * @param feeType the fee type (fixed field, fee type code)
     * @param paymentType the payment type (fixed field, payment type code)
     * @param currencyType the currency type (fixed field, currency code)
     * @param feeAmount the amount paid, as decimal text such as {@code 12.50} (field BV, required)
     * @param institutionId the library's institution id (field AO, required)
     * @param patronIdentifier the patron's identifier (card barcode) (field AA, required)
     * @param terminalPassword the SC's terminal password (field AC, optional)
     * @param patronPassword the patron's password or PIN (field AD, optional)
     * @param feeIdentifier which fee is being paid (field CG, optional)
     * @param transactionId the payment device's transaction id (field BK, optional)
     * @param registerLogin the cashier login on the payment register (Envisionware extension) (field OR, optional)
     * @param checkNumber the check number when paying by check (Envisionware extension) (field RN, optional)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public FeePaidRequest {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(feeType, "feeType");
        Objects.requireNonNull(paymentType, "paymentType");
        Objects.requireNonNull(currencyType, "currencyType");
        Fields.text(feeAmount, "feeAmount (BV)");
        Fields.text(institutionId, "institutionId (AO)");
        Fields.text(patronIdentifier, "patronIdentifier (AA)");
        Objects.requireNonNull(terminalPassword, "terminalPassword (AC)");
        Objects.requireNonNull(patronPassword, "patronPassword (AD)");
        Fields.optionalText(feeIdentifier, "feeIdentifier (CG)");
        Fields.optionalText(transactionId, "transactionId (BK)");
        Fields.optionalText(registerLogin, "registerLogin (OR)");
        Fields.optionalText(checkNumber, "checkNumber (RN)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#FEE_PAID}} */
    @Override
    public MessageType messageType() {
        return MessageType.FEE_PAID;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<FeePaidResponse> responseType() {
        return FeePaidResponse.class;
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

    /** Builds {@link FeePaidRequest} values; not thread-safe. */
    public static final class Builder {
        private Sip2Timestamp transactionDate;
        private FeeType feeType = FeeType.OTHER_UNKNOWN;
        private PaymentType paymentType = PaymentType.CASH;
        private CurrencyType currencyType;
        private String feeAmount = "";
        private String institutionId = "";
        private String patronIdentifier = "";
        private Optional<Secret> terminalPassword = Optional.empty();
        private Optional<Secret> patronPassword = Optional.empty();
        private Optional<String> feeIdentifier = Optional.empty();
        private Optional<String> transactionId = Optional.empty();
        private Optional<String> registerLogin = Optional.empty();
        private Optional<String> checkNumber = Optional.empty();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(FeePaidRequest message) {
            this.transactionDate = message.transactionDate();
            this.feeType = message.feeType();
            this.paymentType = message.paymentType();
            this.currencyType = message.currencyType();
            this.feeAmount = message.feeAmount();
            this.institutionId = message.institutionId();
            this.patronIdentifier = message.patronIdentifier();
            this.terminalPassword = message.terminalPassword();
            this.patronPassword = message.patronPassword();
            this.feeIdentifier = message.feeIdentifier();
            this.transactionId = message.transactionId();
            this.registerLogin = message.registerLogin();
            this.checkNumber = message.checkNumber();
            this.unknownFields.addAll(message.unknownFields());
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
         * Sets the payment type. Default: {@code PaymentType.CASH}.
         *
         * @param paymentType the payment type
         * @return this builder
         */
        public Builder paymentType(PaymentType paymentType) {
            this.paymentType = Objects.requireNonNull(paymentType, "paymentType");
            return this;
        }

        /**
         * Sets the currency type. Required.
         *
         * @param currencyType the currency type
         * @return this builder
         */
        public Builder currencyType(CurrencyType currencyType) {
            this.currencyType = Objects.requireNonNull(currencyType, "currencyType");
            return this;
        }

        /**
         * Sets the amount paid, as decimal text such as {@code 12.50} (BV). Default: empty.
         *
         * @param feeAmount the value
         * @return this builder
         */
        public Builder feeAmount(String feeAmount) {
            this.feeAmount = Objects.requireNonNull(feeAmount, "feeAmount");
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
         * Sets which fee is being paid (CG). Default: absent.
         *
         * @param feeIdentifier the value
         * @return this builder
         */
        public Builder feeIdentifier(String feeIdentifier) {
            this.feeIdentifier = Optional.of(feeIdentifier);
            return this;
        }

        /**
         * Sets or clears the CG field.
         *
         * @param feeIdentifier the value, or empty to omit the field
         * @return this builder
         */
        public Builder feeIdentifier(Optional<String> feeIdentifier) {
            this.feeIdentifier = Objects.requireNonNull(feeIdentifier, "feeIdentifier");
            return this;
        }

        /**
         * Sets the payment device's transaction id (BK). Default: absent.
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
         * Sets the cashier login on the payment register (Envisionware extension) (OR). Default: absent.
         *
         * @param registerLogin the value
         * @return this builder
         */
        public Builder registerLogin(String registerLogin) {
            this.registerLogin = Optional.of(registerLogin);
            return this;
        }

        /**
         * Sets or clears the OR field.
         *
         * @param registerLogin the value, or empty to omit the field
         * @return this builder
         */
        public Builder registerLogin(Optional<String> registerLogin) {
            this.registerLogin = Objects.requireNonNull(registerLogin, "registerLogin");
            return this;
        }

        /**
         * Sets the check number when paying by check (Envisionware extension) (RN). Default: absent.
         *
         * @param checkNumber the value
         * @return this builder
         */
        public Builder checkNumber(String checkNumber) {
            this.checkNumber = Optional.of(checkNumber);
            return this;
        }

        /**
         * Sets or clears the RN field.
         *
         * @param checkNumber the value, or empty to omit the field
         * @return this builder
         */
        public Builder checkNumber(Optional<String> checkNumber) {
            this.checkNumber = Objects.requireNonNull(checkNumber, "checkNumber");
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
        public FeePaidRequest build() {
            Fields.required(transactionDate, "transactionDate");
            Fields.required(currencyType, "currencyType");
            return new FeePaidRequest(transactionDate, feeType, paymentType, currencyType, feeAmount, institutionId, patronIdentifier, terminalPassword, patronPassword, feeIdentifier, transactionId, registerLogin, checkNumber, unknownFields);
        }
    }
}
