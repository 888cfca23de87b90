package io.github.sip2kit.cli;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.internal.MessageSpec;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.UnknownMessage;
import io.github.sip2kit.core.field.FieldId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A decoded frame as the command shows it: every fixed and tagged field with its wire text, so blank dates, odd
 * values and fields the message does not define are shown as they arrived. The codec decides what the frame is
 * (type, sequence number, checksum, field order); the values are cut from the frame's text along the codec's
 * message layout.
 *
 * @param code the two-character message code
 * @param type the message type, empty for a code SIP 2.00 does not define
 * @param sequenceNumber the AY sequence number, if any
 * @param checksum whether the frame carries an AZ checksum
 * @param fieldOrder the codec's field order: tagged field ids in wire order, "" for an empty field
 * @param fixed the fixed fields in wire order (none for an unknown message)
 * @param fields the tagged fields in wire order, unknown ones included
 * @param body for an unknown message, its text after the code and before the trailer
 */
record FrameView(
        String code,
        Optional<MessageType> type,
        OptionalInt sequenceNumber,
        boolean checksum,
        List<String> fieldOrder,
        List<FixedValue> fixed,
        List<FieldValue> fields,
        Optional<String> body) {

    /** The name of a tagged field the message does not define. */
    static final String UNKNOWN_FIELD = "unknown";

    /**
     * One fixed field.
     *
     * @param name the record component name, the key in JSON
     * @param displayName the spec's name
     * @param value the wire text
     */
    record FixedValue(String name, String displayName, String value) {}

    /**
     * One tagged field.
     *
     * @param id the two-character id
     * @param name the record component the field maps to, or {@value FrameView#UNKNOWN_FIELD}
     * @param displayName the spec's name of the id, or {@value FrameView#UNKNOWN_FIELD}
     * @param value the wire text
     */
    record FieldValue(String id, String name, String displayName, String value) {
        boolean secret() {
            return FieldId.fromCode(id).map(FieldId::isSecret).orElse(false);
        }
    }

    /**
     * Describes a decoded frame.
     *
     * @param frame what the codec made of the text
     * @param text the frame's text, without terminator, in the codec's charset
     * @param codec the codec that decoded it (for its field delimiter)
     */
    static FrameView of(Sip2Frame frame, String text, Sip2Codec codec) {
        String body = text;
        if (frame.hasChecksum()) {
            body = body.substring(0, body.length() - 6);
            if (frame.sequenceNumber().isPresent()) {
                body = body.substring(0, body.length() - 3);
            }
        }
        String code = body.substring(0, 2);
        if (frame.message() instanceof UnknownMessage) {
            return new FrameView(code, Optional.empty(), frame.sequenceNumber(), frame.hasChecksum(),
                    frame.fieldOrder(), List.of(), List.of(), Optional.of(((UnknownMessage) frame.message()).body()));
        }
        MessageType type = MessageType.fromCode(code).orElseThrow();
        MessageSpec spec = MessageSpec.of(type);
        List<FixedValue> fixed = new ArrayList<>();
        for (MessageSpec.Fixed f : spec.fixedFields()) {
            fixed.add(new FixedValue(f.name(), f.displayName(), body.substring(f.offset(), f.offset() + f.width())));
        }
        List<FieldValue> fields = new ArrayList<>();
        char delimiter = codec.fieldDelimiter();
        int pos = 2 + spec.fixedLength();
        while (pos < body.length()) {
            int end = body.indexOf(delimiter, pos);
            if (end < 0) {
                end = body.length();
            }
            if (end - pos >= 2) {
                String id = body.substring(pos, pos + 2);
                fields.add(field(spec, id, body.substring(pos + 2, end)));
            }
            pos = end + 1;
        }
        return new FrameView(code, Optional.of(type), frame.sequenceNumber(), frame.hasChecksum(),
                frame.fieldOrder(), fixed, fields, Optional.empty());
    }

    private static FieldValue field(MessageSpec spec, String id, String value) {
        MessageSpec.Tagged tagged = id.length() == 2 ? spec.tagged(id.charAt(0), id.charAt(1)) : null;
        String displayName = FieldId.fromCode(id).map(FieldId::displayName).orElse(UNKNOWN_FIELD);
        return new FieldValue(id, tagged != null ? tagged.name() : UNKNOWN_FIELD, displayName, value);
    }

    /** {@return "CHECKOUT_RESPONSE", or "UNKNOWN"} */
    String typeName() {
        return type.map(MessageType::name).orElse("UNKNOWN");
    }
}
