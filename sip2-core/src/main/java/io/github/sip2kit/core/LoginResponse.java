package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import java.util.List;
import java.util.Objects;

/**
 * Login Response (94), sent by the ACS (library system). Answers a {@link LoginRequest} (93): {@code 941} accepted, {@code 940} refused.
 *
 * <p>Fixed part after the code {@code 94}, in this order: ok (1).
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param ok the ok (fixed field, 0/1 flag)
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record LoginResponse(
        boolean ok,
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param ok the ok (fixed field, 0/1 flag)
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public LoginResponse {
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#LOGIN_RESPONSE}} */
    @Override
    public MessageType messageType() {
        return MessageType.LOGIN_RESPONSE;
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

    /** Builds {@link LoginResponse} values; not thread-safe. */
    public static final class Builder {
        private boolean ok = false;
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(LoginResponse message) {
            this.ok = message.ok();
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
        public LoginResponse build() {
            return new LoginResponse(ok, unknownFields);
        }
    }
}
