package io.github.sip2kit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2EncodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.internal.MessageSpec;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.UnknownMessage;
import io.github.sip2kit.core.field.FieldId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;

/**
 * The JSON form of a frame (documented in {@code docs/cli.md}, "JSON format"):
 *
 * <pre>{@code
 * {"code":"23","type":"PATRON_STATUS_REQUEST","sequenceNumber":1,"checksum":"present",
 *  "fieldOrder":["AO","AA","AC","AD"],
 *  "fixed":{"language":"001","transactionDate":"20240115    103000"},
 *  "fields":[{"id":"AO","name":"institutionId","value":"MAIN"}, ...]}
 * }</pre>
 *
 * Passwords (AC, AD, CO) are written as {@code ****} unless revealed; encoding refuses a masked password.
 */
final class FrameJson {

    /** What a non-empty password value is replaced with. */
    static final String MASK = "****";

    static final ObjectMapper MAPPER = new ObjectMapper();

    private FrameJson() {}

    static ObjectNode toJson(FrameView view, boolean revealSecrets) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", view.code());
        node.put("type", view.typeName());
        if (view.sequenceNumber().isPresent()) {
            node.put("sequenceNumber", view.sequenceNumber().getAsInt());
        } else {
            node.putNull("sequenceNumber");
        }
        node.put("checksum", view.checksum() ? "present" : "absent");
        ArrayNode order = node.putArray("fieldOrder");
        view.fieldOrder().forEach(order::add);
        if (view.body().isPresent()) {
            node.putObject("fixed");
            node.putArray("fields");
            node.put("body", revealSecrets ? view.body().get() : Sip2Text.redactBody(view.code(), view.body().get()));
            return node;
        }
        ObjectNode fixed = node.putObject("fixed");
        for (FrameView.FixedValue f : view.fixed()) {
            fixed.put(f.name(), f.value());
        }
        ArrayNode fields = node.putArray("fields");
        for (FrameView.FieldValue f : view.fields()) {
            ObjectNode field = fields.addObject();
            field.put("id", f.id());
            field.put("name", f.name());
            field.put("value", shown(f, revealSecrets));
        }
        return node;
    }

    static String shown(FrameView.FieldValue field, boolean revealSecrets) {
        return !revealSecrets && field.secret() && !field.value().isEmpty() ? MASK : field.value();
    }

    /**
     * Encodes the JSON form of a frame.
     *
     * @return the frame's bytes in the codec's charset, without terminator
     * @throws CliException (protocol error) if the JSON does not describe a frame the codec can encode
     */
    static byte[] encode(JsonNode node, Sip2Codec codec) {
        if (!node.isObject()) {
            throw invalid("a frame must be a JSON object (found: "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ")");
        }
        String code = text(node, "code", true);
        if (code.length() != 2) {
            throw invalid("\"code\": '" + code + "' (expected: 2 characters)");
        }
        MessageType type = MessageType.fromCode(code).orElse(null);
        String typeName = type == null ? "UNKNOWN" : type.name();
        String givenType = text(node, "type", false);
        if (givenType != null && !givenType.equals(typeName)) {
            throw invalid("\"type\": " + givenType + " does not match code " + code + " (expected: " + typeName + ")");
        }
        OptionalInt sequence = sequenceNumber(node);
        boolean checksum = checksum(node);
        char delimiter = codec.fieldDelimiter();

        Sip2Message message;
        List<String> order;
        if (type == null) {
            String body = text(node, "body", true);
            if (Sip2Text.hasMaskedPassword(body, delimiter)) {
                throw invalid("\"body\" holds a masked password (****); decode with --reveal-secrets to encode it");
            }
            message = new UnknownMessage(code, body);
            order = List.of();
        } else {
            StringBuilder text = new StringBuilder(code);
            appendFixed(node, MessageSpec.of(type), text);
            appendFields(node, text, delimiter);
            DecodeResult result = codec.tryDecode(text);
            if (result instanceof DecodeResult.Malformed) {
                throw CliException.protocol("not a valid " + code + ": "
                        + ((DecodeResult.Malformed) result).error().getMessage());
            }
            Sip2Frame decoded = ((DecodeResult.Decoded) result).frame();
            message = decoded.message();
            boolean ordered = node.has("fieldOrder") && !node.get("fieldOrder").isNull();
            order = ordered ? fieldOrder(node) : decoded.fieldOrder();
        }
        Sip2Frame frame;
        try {
            frame = new Sip2Frame(message, sequence, checksum ? ChecksumStatus.VERIFIED : ChecksumStatus.ABSENT, order);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        byte[] bytes;
        try {
            bytes = codec.encode(frame);
        } catch (Sip2EncodeException e) {
            throw CliException.protocol("cannot encode: " + e.getMessage(), e);
        }
        int length = bytes.length - codec.terminator().bytes().length;
        return Arrays.copyOf(bytes, length);
    }

    private static void appendFixed(JsonNode node, MessageSpec spec, StringBuilder text) {
        JsonNode fixed = node.get("fixed");
        if (fixed == null || !fixed.isObject()) {
            throw invalid("\"fixed\": missing (expected: an object with the fixed fields of message "
                    + spec.type().code() + ")");
        }
        Set<String> known = new LinkedHashSet<>();
        for (MessageSpec.Fixed f : spec.fixedFields()) {
            known.add(f.name());
            JsonNode value = fixed.get(f.name());
            if (value == null || !value.isTextual()) {
                throw invalid("\"fixed\".\"" + f.name() + "\": " + (value == null ? "missing" : value.toString())
                        + " (expected: a string of " + f.width() + " characters)");
            }
            if (value.asText().length() != f.width()) {
                throw invalid("\"fixed\".\"" + f.name() + "\": '" + value.asText() + "' has " + value.asText().length()
                        + " characters (expected: " + f.width() + ")");
            }
            text.append(value.asText());
        }
        Iterator<String> names = fixed.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw invalid("\"fixed\".\"" + name + "\": not a fixed field of message " + spec.type().code()
                        + " (expected: " + String.join(", ", known) + ")");
            }
        }
    }

    private static void appendFields(JsonNode node, StringBuilder text, char delimiter) {
        JsonNode fields = node.get("fields");
        if (fields == null || fields.isNull()) {
            return;
        }
        if (!fields.isArray()) {
            throw invalid("\"fields\": " + fields.getNodeType().name().toLowerCase(Locale.ROOT)
                    + " (expected: an array)");
        }
        int index = 0;
        for (JsonNode field : fields) {
            String where = "\"fields\"[" + index++ + "]";
            if (!field.isObject()) {
                throw invalid(where + ": not an object (expected: {\"id\": .., \"value\": ..})");
            }
            String id = text(field, "id", true);
            String value = text(field, "value", true);
            if (id.length() != 2) {
                throw invalid(where + ".\"id\": '" + id + "' (expected: 2 characters)");
            }
            if (MASK.equals(value) && FieldId.fromCode(id).map(FieldId::isSecret).orElse(false)) {
                throw invalid(where + ": the " + id + " password is masked (****); decode with --reveal-secrets to"
                        + " keep passwords you mean to encode");
            }
            if (StringUtils.contains(value, delimiter)) {
                throw invalid(where + ".\"value\" of " + id + " contains the field delimiter '" + delimiter
                        + "' (expected: none)");
            }
            text.append(id).append(value).append(delimiter);
        }
    }

    private static List<String> fieldOrder(JsonNode node) {
        JsonNode order = node.get("fieldOrder");
        if (!order.isArray()) {
            throw invalid("\"fieldOrder\": " + order + " (expected: an array of field ids)");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : order) {
            if (!id.isTextual()) {
                throw invalid("\"fieldOrder\": " + id + " (expected: field ids as strings)");
            }
            ids.add(id.asText());
        }
        return ids;
    }

    private static OptionalInt sequenceNumber(JsonNode node) {
        JsonNode seq = node.get("sequenceNumber");
        if (seq == null || seq.isNull()) {
            return OptionalInt.empty();
        }
        if (!seq.isInt() || seq.asInt() < 0 || seq.asInt() > 9) {
            throw invalid("\"sequenceNumber\": " + seq + " (expected: 0 to 9 or null)");
        }
        return OptionalInt.of(seq.asInt());
    }

    private static boolean checksum(JsonNode node) {
        String checksum = text(node, "checksum", false);
        if (checksum == null || checksum.equals("absent")) {
            return false;
        }
        if (checksum.equals("present")) {
            return true;
        }
        throw invalid("\"checksum\": '" + checksum + "' (expected: present or absent)");
    }

    private static String text(JsonNode node, String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid("\"" + name + "\": missing (expected: a string)");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw invalid("\"" + name + "\": " + value + " (expected: a string)");
        }
        return value.asText();
    }

    private static CliException invalid(String message) {
        return CliException.protocol(message);
    }
}
