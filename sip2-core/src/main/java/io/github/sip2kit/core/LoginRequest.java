package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Login (93), sent by the SC (self-service machine). Logs the SC into the ACS; when used it is the first message on a connection. Answered by {@link LoginResponse} (94).
 *
 * <p>Fixed part after the code {@code 93}, in this order: UID algorithm (1), PWD algorithm (1).
 * Tagged fields (in spec order): CN required, CO required, CP optional.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param uidAlgorithm the UID algorithm (fixed field, algorithm character)
 * @param pwdAlgorithm the PWD algorithm (fixed field, algorithm character)
 * @param loginUserId the SC's login user id (field CN, required)
 * @param loginPassword the SC's login password (field CO, required)
 * @param locationCode the SC's location (field CP, optional)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record LoginRequest(
        char uidAlgorithm,
        char pwdAlgorithm,
        String loginUserId,
        Secret loginPassword,
        Optional<String> locationCode,
        List<RawField> unknownFields)
        implements ScRequest<LoginResponse> {

    /**
     * Validates every component.
     *
     * @param uidAlgorithm the UID algorithm (fixed field, algorithm character)
     * @param pwdAlgorithm the PWD algorithm (fixed field, algorithm character)
     * @param loginUserId the SC's login user id (field CN, required)
     * @param loginPassword the SC's login password (field CO, required)
     * @param locationCode the SC's location (field CP, optional)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public LoginRequest {
        Fields.digit(uidAlgorithm, "uidAlgorithm");
        Fields.digit(pwdAlgorithm, "pwdAlgorithm");
        Fields.text(loginUserId, "loginUserId (CN)");
        Objects.requireNonNull(loginPassword, "loginPassword (CO)");
        Fields.optionalText(locationCode, "locationCode (CP)");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#LOGIN}} */
    @Override
    public MessageType messageType() {
        return MessageType.LOGIN;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<LoginResponse> responseType() {
        return LoginResponse.class;
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

    /** Builds {@link LoginRequest} values; not thread-safe. */
    public static final class Builder {
        private char uidAlgorithm = '0';
        private char pwdAlgorithm = '0';
        private String loginUserId = "";
        private Secret loginPassword = Secret.EMPTY;
        private Optional<String> locationCode = Optional.empty();
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(LoginRequest message) {
            this.uidAlgorithm = message.uidAlgorithm();
            this.pwdAlgorithm = message.pwdAlgorithm();
            this.loginUserId = message.loginUserId();
            this.loginPassword = message.loginPassword();
            this.locationCode = message.locationCode();
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the UID algorithm. Default: {@code '0'}.
         *
         * @param uidAlgorithm the UID algorithm
         * @return this builder
         */
        public Builder uidAlgorithm(char uidAlgorithm) {
            this.uidAlgorithm = uidAlgorithm;
            return this;
        }

        /**
         * Sets the PWD algorithm. Default: {@code '0'}.
         *
         * @param pwdAlgorithm the PWD algorithm
         * @return this builder
         */
        public Builder pwdAlgorithm(char pwdAlgorithm) {
            this.pwdAlgorithm = pwdAlgorithm;
            return this;
        }

        /**
         * Sets the SC's login user id (CN). Default: empty.
         *
         * @param loginUserId the value
         * @return this builder
         */
        public Builder loginUserId(String loginUserId) {
            this.loginUserId = Objects.requireNonNull(loginUserId, "loginUserId");
            return this;
        }

        /**
         * Sets the SC's login password (CO). Default: {@link Secret#EMPTY}.
         *
         * @param loginPassword the value
         * @return this builder
         */
        public Builder loginPassword(Secret loginPassword) {
            this.loginPassword = Objects.requireNonNull(loginPassword, "loginPassword");
            return this;
        }

        /**
         * Sets the SC's login password (CO) from its clear text.
         *
         * @param loginPassword the password
         * @return this builder
         */
        public Builder loginPassword(String loginPassword) {
            this.loginPassword = Secret.of(loginPassword);
            return this;
        }

        /**
         * Sets the SC's location (CP). Default: absent.
         *
         * @param locationCode the value
         * @return this builder
         */
        public Builder locationCode(String locationCode) {
            this.locationCode = Optional.of(locationCode);
            return this;
        }

        /**
         * Sets or clears the CP field.
         *
         * @param locationCode the value, or empty to omit the field
         * @return this builder
         */
        public Builder locationCode(Optional<String> locationCode) {
            this.locationCode = Objects.requireNonNull(locationCode, "locationCode");
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
        public LoginRequest build() {
            return new LoginRequest(uidAlgorithm, pwdAlgorithm, loginUserId, loginPassword, locationCode, unknownFields);
        }
    }
}
