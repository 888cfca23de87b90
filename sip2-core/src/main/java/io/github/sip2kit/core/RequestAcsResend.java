package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import java.util.List;
import java.util.Objects;

/**
 * Request ACS Resend (97), sent by the SC (self-service machine). Asks the ACS to send its last response again, after the SC received it corrupted. It has no fields and never carries a sequence number: {@code 97AZFEF5} with error detection.
 *
 * <p>No fixed part after the code {@code 97}.
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record RequestAcsResend(
        List<RawField> unknownFields)
        implements ScRequest<AcsMessage> {

    /**
     * Validates every component.
     *
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public RequestAcsResend {
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#REQUEST_ACS_RESEND}} */
    @Override
    public MessageType messageType() {
        return MessageType.REQUEST_ACS_RESEND;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<AcsMessage> responseType() {
        return AcsMessage.class;
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

    /** Builds {@link RequestAcsResend} values; not thread-safe. */
    public static final class Builder {
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(RequestAcsResend message) {
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
        public RequestAcsResend build() {
            return new RequestAcsResend(unknownFields);
        }
    }
}
