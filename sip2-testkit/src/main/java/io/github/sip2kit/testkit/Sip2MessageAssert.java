package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.Redaction;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.FieldId;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.WireCode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on a {@link Sip2Message}, made by {@link Sip2Assertions#assertThat(Sip2Message)}.
 *
 * <p>Field assertions look at the message as a codec writes it: {@link #hasField(FieldId, Object)} compares the
 * text a field carries on the wire, so it works the same for every message type, for typed fields (dates, codes,
 * flags) and for unknown fields; {@link #hasFixedField(String, Object)} compares a fixed field, which has no field
 * id, by its record component name. Password values never appear in failure messages.
 */
public final class Sip2MessageAssert extends AbstractObjectAssert<Sip2MessageAssert, Sip2Message> {

    private static final List<String> PASSWORD_IDS = List.of("AC", "AD", "CO");

    Sip2MessageAssert(Sip2Message actual) {
        super(actual, Sip2MessageAssert.class);
    }

    /**
     * Verifies that {@link Sip2Codec#defaults()} encodes the message, without error detection, to the given text.
     *
     * @param wire the expected frame text; a trailing CR, CRLF or LF is ignored
     * @return this assertion
     */
    public Sip2MessageAssert encodesTo(String wire) {
        return encodesTo(Sip2Codec.defaults(), wire);
    }

    /**
     * Verifies that the codec encodes the message, without error detection, to the given text.
     *
     * @param codec the codec, for its charset-independent text and field delimiter
     * @param wire the expected frame text; a trailing CR, CRLF or LF is ignored
     * @return this assertion
     */
    public Sip2MessageAssert encodesTo(Sip2Codec codec, String wire) {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(wire, "wire");
        isNotNull();
        return compare(codec.encodeToString(actual), wire);
    }

    /**
     * Verifies that the codec encodes the message with error detection (AY sequence number and AZ checksum; AZ only
     * for 96 and 97) to the given text.
     *
     * @param codec the codec
     * @param sequenceNumber the AY sequence number, 0 to 9
     * @param wire the expected frame text, trailer included; a trailing CR, CRLF or LF is ignored
     * @return this assertion
     */
    public Sip2MessageAssert encodesTo(Sip2Codec codec, int sequenceNumber, String wire) {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(wire, "wire");
        isNotNull();
        return compare(codec.encodeToString(actual, sequenceNumber), wire);
    }

    private Sip2MessageAssert compare(String encoded, String wire) {
        String expected = withoutTerminator(wire);
        if (!encoded.equals(expected)) {
            failWithActualExpectedAndMessage(Redaction.redact(encoded), Redaction.redact(expected), "%s",
                    "Expecting " + name(actual) + " to encode to the expected frame, but "
                            + FrameDiff.describe(expected, encoded));
        }
        return this;
    }

    /**
     * Verifies that the message is of the given type.
     *
     * @param type the expected message type
     * @return this assertion
     */
    public Sip2MessageAssert isOfType(MessageType type) {
        Objects.requireNonNull(type, "type");
        isNotNull();
        Optional<MessageType> actualType = RecordAccess.type(actual);
        if (actualType.isEmpty() || actualType.get() != type) {
            failWithMessage("Expecting a message of type %s (%s) but was %s", type, type.code(), name(actual));
        }
        return this;
    }

    /**
     * Verifies that the message carries the field exactly once, with the given value as it appears on the wire.
     * The value may be a {@code String} (the wire text), a {@link Secret}, a {@code Boolean} ({@code Y}/{@code N}),
     * a {@link WireCode} such as a {@code MediaType} (its code) or a {@link Sip2Timestamp} (its 18 characters).
     *
     * @param id the field id
     * @param value the expected value
     * @return this assertion
     * @throws IllegalArgumentException if the value is of another type
     */
    public Sip2MessageAssert hasField(FieldId id, Object value) {
        Objects.requireNonNull(id, "id");
        return hasField(id.code(), wireText(value));
    }

    /**
     * Verifies that the message carries the field, known or unknown, exactly once with the given wire text.
     *
     * @param id the two-character field id, such as {@code "AA"} or a vendor's {@code "XK"}
     * @param value the expected wire text
     * @return this assertion
     */
    public Sip2MessageAssert hasField(String id, String value) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        List<String> values = fieldValues(id);
        if (!values.equals(List.of(value))) {
            failWithMessage("Expecting %s to carry field %s once with %s but it %s", name(actual), id,
                    shown(id, value), values.isEmpty() ? "has no such field" : "carries " + shown(id, values));
        }
        return this;
    }

    /**
     * Verifies that the message carries the field with exactly these values in this order, as a repeatable field
     * such as AF (screen messages) does.
     *
     * @param id the field id
     * @param values the expected wire texts, in order; none to expect the field to be absent
     * @return this assertion
     */
    public Sip2MessageAssert hasFieldValues(FieldId id, String... values) {
        Objects.requireNonNull(id, "id");
        List<String> expected = List.of(values);
        List<String> found = fieldValues(id.code());
        if (!found.equals(expected)) {
            failWithMessage("Expecting %s to carry field %s with %s but it carries %s", name(actual), id.code(),
                    shown(id.code(), expected), shown(id.code(), found));
        }
        return this;
    }

    /**
     * Verifies that the message does not carry the field.
     *
     * @param id the field id
     * @return this assertion
     */
    public Sip2MessageAssert doesNotHaveField(FieldId id) {
        Objects.requireNonNull(id, "id");
        List<String> found = fieldValues(id.code());
        if (!found.isEmpty()) {
            failWithMessage("Expecting %s not to carry field %s but it carries %s", name(actual), id.code(),
                    shown(id.code(), found));
        }
        return this;
    }

    /**
     * Verifies a fixed field, named as its record component (fixed fields have no field id), such as
     * {@code "renewalOk"}, {@code "transactionDate"} or {@code "language"}. The value is compared with the component
     * by {@code equals}; a {@code String} also matches a {@link WireCode}'s code or a {@link Sip2Timestamp}'s 18
     * characters, and an {@code Integer} matches a present {@code OptionalInt} count.
     *
     * @param component the record component name
     * @param value the expected value
     * @return this assertion
     */
    public Sip2MessageAssert hasFixedField(String component, Object value) {
        Objects.requireNonNull(component, "component");
        isNotNull();
        Optional<RecordComponent> found = RecordAccess.component(actual, component);
        if (found.isEmpty() || component.equals("unknownFields")) {
            failWithMessage("Expecting %s to have a field named %s but it has %s", name(actual), component,
                    Arrays.stream(actual.getClass().getRecordComponents()).map(RecordComponent::getName).toList());
            return this;
        }
        Object actualValue = RecordAccess.get(actual, found.get());
        if (!fixedMatches(actualValue, value)) {
            failWithMessage("Expecting %s.%s to be %s but was %s", name(actual), component, value, actualValue);
        }
        return this;
    }

    private static boolean fixedMatches(Object actualValue, Object expected) {
        if (Objects.equals(actualValue, expected)) {
            return true;
        }
        if (expected instanceof String) {
            if (actualValue instanceof WireCode) {
                return ((WireCode) actualValue).code().equals(expected);
            }
            if (actualValue instanceof Sip2Timestamp) {
                return ((Sip2Timestamp) actualValue).wire().equals(expected);
            }
        }
        if (expected instanceof Integer && actualValue instanceof OptionalInt) {
            OptionalInt count = (OptionalInt) actualValue;
            return count.isPresent() && count.getAsInt() == (Integer) expected;
        }
        return false;
    }

    /** The values of a field in wire order, read from the message as the default codec writes it. */
    private List<String> fieldValues(String id) {
        isNotNull();
        List<String> values = new ArrayList<>();
        for (String field : fields(actual)) {
            if (field.length() >= 2 && field.startsWith(id)) {
                values.add(field.substring(2));
            }
        }
        return values;
    }

    /**
     * {@return the tagged fields of the message, each as id and value} The message is written with an empty field
     * first, which ends the fixed part with a delimiter, so that the fields can be told apart from it.
     */
    static List<String> fields(Sip2Message message) {
        Sip2Codec codec = Sip2Codec.defaults();
        List<String> order = new ArrayList<>();
        order.add("");
        order.addAll(codec.decodeFrame(codec.encodeToString(message)).fieldOrder());
        String text = codec.encodeToString(new Sip2Frame(message, OptionalInt.empty(), ChecksumStatus.ABSENT, order));
        int start = text.indexOf('|');
        List<String> fields = new ArrayList<>();
        if (start < 0) {
            return fields;
        }
        for (String field : text.substring(start + 1).split("\\|", -1)) {
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static String wireText(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Secret) {
            return ((Secret) value).reveal();
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? "Y" : "N";
        }
        if (value instanceof WireCode) {
            return ((WireCode) value).code();
        }
        if (value instanceof Sip2Timestamp) {
            return ((Sip2Timestamp) value).wire();
        }
        throw new IllegalArgumentException("value: a " + value.getClass().getName()
                + " (expected: String, Secret, Boolean, WireCode or Sip2Timestamp)");
    }

    private static String shown(String id, String value) {
        return PASSWORD_IDS.contains(id) ? "a password of " + value.length() + " characters" : "\"" + value + "\"";
    }

    private static String shown(String id, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            out.add(shown(id, value));
        }
        return out.toString();
    }

    static String name(Sip2Message message) {
        return RecordAccess.type(message).map(type -> type.messageClass().getSimpleName() + " (" + type.code() + ")")
                .orElse("unknown message " + message.code());
    }

    static String withoutTerminator(String wire) {
        if (wire.endsWith("\r\n")) {
            return wire.substring(0, wire.length() - 2);
        }
        if (wire.endsWith("\r") || wire.endsWith("\n")) {
            return wire.substring(0, wire.length() - 1);
        }
        return wire;
    }
}
