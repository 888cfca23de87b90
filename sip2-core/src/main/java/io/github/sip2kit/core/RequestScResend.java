package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import java.util.List;
import java.util.Objects;

/**
 * Request SC Resend (96), sent by the ACS (library system). Asks the SC to send its last message again, after the ACS received it corrupted. It has no fields and never carries a sequence number: {@code 96AZFEF6} with error detection.
 *
 * <p>No fixed part after the code {@code 96}.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record RequestScResend(
        List<RawField> unknownFields)
        implements AcsMessage {

    /**
     * Validates every component.
     *
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public RequestScResend {
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#REQUEST_SC_RESEND}} */
    @Override
    public MessageType messageType() {
        return MessageType.REQUEST_SC_RESEND;
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

    /** Builds {@link RequestScResend} values; not thread-safe. */
    public static final class Builder {
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(RequestScResend message) {
            this.unknownFields.addAll(message.unknownFields());
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
        public RequestScResend build() {
            return new RequestScResend(unknownFields);
        }
    }
}
