package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.ScStatusCode;
import java.util.List;
import java.util.Objects;

/**
 * SC Status (99), sent by the SC (self-service machine). Reports the SC's status and protocol version; the first message after connecting (after Login when used). Answered by {@link AcsStatus} (98).
 *
 * <p>Fixed part after the code {@code 99}, in this order: status code (1), max print width (3), protocol version (4).
 * Fields this model does not know are kept, in order, in {@link #unknownFields()}.
 *
 * @param statusCode the status code (fixed field, status code)
 * @param maxPrintWidth the max print width (fixed field, 3-digit number)
 * @param protocolVersion the protocol version (fixed field, protocol version, such as {@code 2.00})
 * @param unknownFields tagged fields this model does not know, in the order they arrived
 */
public record ScStatus(
        ScStatusCode statusCode,
        int maxPrintWidth,
        String protocolVersion,
        List<RawField> unknownFields)
        implements ScRequest<AcsStatus> {

    /**
     * Validates every component.
     *
     * @param statusCode the status code (fixed field, status code)
     * @param maxPrintWidth the max print width (fixed field, 3-digit number)
     * @param protocolVersion the protocol version (fixed field, protocol version, such as {@code 2.00})
     * @param unknownFields tagged fields this model does not know, in the order they arrived
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a value is out of range, has the wrong width or contains {@code |}, CR, LF or NUL
     */
    public ScStatus {
        Objects.requireNonNull(statusCode, "statusCode");
        Fields.range(maxPrintWidth, 0, 999, "maxPrintWidth");
        Fields.fixedText(protocolVersion, 4, "protocolVersion");
        unknownFields = Fields.rawFields(unknownFields);
    }

    /** {@return {@link MessageType#SC_STATUS}} */
    @Override
    public MessageType messageType() {
        return MessageType.SC_STATUS;
    }

    /** {@return the record class of the response to this request} */
    @Override
    public Class<AcsStatus> responseType() {
        return AcsStatus.class;
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

    /** Builds {@link ScStatus} values; not thread-safe. */
    public static final class Builder {
        private ScStatusCode statusCode = ScStatusCode.OK;
        private int maxPrintWidth = 80;
        private String protocolVersion = "2.00";
        private final java.util.ArrayList<RawField> unknownFields = new java.util.ArrayList<>();

        private Builder() {}

        private Builder(ScStatus message) {
            this.statusCode = message.statusCode();
            this.maxPrintWidth = message.maxPrintWidth();
            this.protocolVersion = message.protocolVersion();
            this.unknownFields.addAll(message.unknownFields());
        }

        /**
         * Sets the status code. Default: {@code ScStatusCode.OK}.
         *
         * @param statusCode the status code
         * @return this builder
         */
        public Builder statusCode(ScStatusCode statusCode) {
            this.statusCode = Objects.requireNonNull(statusCode, "statusCode");
            return this;
        }

        /**
         * Sets the max print width. Default: {@code 80}.
         *
         * @param maxPrintWidth the max print width
         * @return this builder
         */
        public Builder maxPrintWidth(int maxPrintWidth) {
            this.maxPrintWidth = maxPrintWidth;
            return this;
        }

        /**
         * Sets the protocol version. Default: {@code "2.00"}.
         *
         * @param protocolVersion the protocol version
         * @return this builder
         */
        public Builder protocolVersion(String protocolVersion) {
            this.protocolVersion = Objects.requireNonNull(protocolVersion, "protocolVersion");
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
        public ScStatus build() {
            return new ScStatus(statusCode, maxPrintWidth, protocolVersion, unknownFields);
        }
    }
}
