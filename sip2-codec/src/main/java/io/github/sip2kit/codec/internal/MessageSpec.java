package io.github.sip2kit.codec.internal;

import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.FieldId;
import io.github.sip2kit.core.field.RawField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The wire layout of one message type: its fixed fields in order, its tagged fields in spec order, and how to build
 * the record from decoded values. Instances come from {@link #of(MessageType)} and {@link #forCode(char, char)}.
 */
public final class MessageSpec {

    /** Builds a record from decoded values. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Creates the record.
         *
         * @param fixed fixed-field values, in order
         * @param tagged tagged-field values by index: null when absent, a {@code List} for repeatable fields
         * @param unknown fields the record does not model, in order
         * @return the record
         */
        Sip2Message create(Object[] fixed, Object[] tagged, List<RawField> unknown);
    }

    /** One fixed field. */
    public static final class Fixed {
        private final String name;
        private final String displayName;
        private final FieldCodec codec;
        private final int offset;
        private final Function<Sip2Message, Object> getter;

        Fixed(String name, String displayName, FieldCodec codec, int offset, Function<Sip2Message, Object> getter) {
            this.name = name;
            this.displayName = displayName;
            this.codec = codec;
            this.offset = offset;
            this.getter = getter;
        }

        /** {@return the record component name} */
        public String name() {
            return name;
        }

        /** {@return the spec's name for the field} */
        public String displayName() {
            return displayName;
        }

        /** {@return the value codec} */
        public FieldCodec codec() {
            return codec;
        }

        /** {@return the 0-based offset in the message (the code occupies 0 and 1)} */
        public int offset() {
            return offset;
        }

        /** {@return the width in characters} */
        public int width() {
            return codec.width();
        }

        /**
         * {@return the field's value in a message}
         *
         * @param message a message of this spec's type
         */
        public Object get(Sip2Message message) {
            return getter.apply(message);
        }
    }

    /** One tagged field. */
    public static final class Tagged {
        private final FieldId id;
        private final String name;
        private final Occurrence occurrence;
        private final FieldCodec codec;
        private final Function<Sip2Message, Object> getter;
        private final int index;

        Tagged(FieldId id, String name, Occurrence occurrence, FieldCodec codec, Function<Sip2Message, Object> getter,
                int index) {
            this.id = id;
            this.name = name;
            this.occurrence = occurrence;
            this.codec = codec;
            this.getter = getter;
            this.index = index;
        }

        /** {@return the field id} */
        public FieldId id() {
            return id;
        }

        /** {@return the record component name} */
        public String name() {
            return name;
        }

        /** {@return how often the field may occur} */
        public Occurrence occurrence() {
            return occurrence;
        }

        /** {@return the value codec} */
        public FieldCodec codec() {
            return codec;
        }

        /** {@return the position in spec order, which is also the slot index the factory reads} */
        public int index() {
            return index;
        }

        /**
         * {@return the field's value in a message: null when absent, a list for repeatable fields}
         *
         * @param message a message of this spec's type
         */
        public Object get(Sip2Message message) {
            return getter.apply(message);
        }
    }

    private static final MessageSpec[] BY_CODE = new MessageSpec[100];
    private static final Map<MessageType, MessageSpec> BY_TYPE = new EnumMap<>(MessageType.class);

    static {
        MessageSpecs.registerAll(spec -> {
            int slot = slot(spec.type.code().charAt(0), spec.type.code().charAt(1));
            if (BY_CODE[slot] != null) {
                throw new ExceptionInInitializerError("duplicate spec for " + spec.type);
            }
            BY_CODE[slot] = spec;
            BY_TYPE.put(spec.type, spec);
        });
        if (BY_TYPE.size() != MessageType.values().length) {
            throw new ExceptionInInitializerError("a message type has no spec");
        }
    }

    /** Collects specs as the table registers them. */
    @FunctionalInterface
    interface Registry {
        void add(MessageSpec spec);
    }

    private final MessageType type;
    private final Fixed[] fixed;
    private final int fixedLength;
    private final Tagged[] tagged;
    private final Tagged[] byId = new Tagged[36 * 36];
    private final Factory factory;

    private MessageSpec(MessageType type, List<Fixed> fixed, List<Tagged> tagged, Factory factory) {
        this.type = type;
        this.fixed = fixed.toArray(new Fixed[0]);
        int length = 0;
        for (Fixed f : fixed) {
            length += f.width();
        }
        this.fixedLength = length;
        this.tagged = tagged.toArray(new Tagged[0]);
        for (Tagged t : tagged) {
            int slot = idSlot(t.id.code().charAt(0), t.id.code().charAt(1));
            if (byId[slot] != null) {
                throw new IllegalStateException("duplicate field " + t.id + " in " + type);
            }
            byId[slot] = t;
        }
        this.factory = factory;
    }

    /**
     * {@return the spec of a message type}
     *
     * @param type the type
     */
    public static MessageSpec of(MessageType type) {
        return BY_TYPE.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * Finds the spec for a message code given as two characters, without allocating.
     *
     * @param c0 the first character
     * @param c1 the second character
     * @return the spec, or null for a code SIP 2.00 does not define
     */
    public static MessageSpec forCode(char c0, char c1) {
        if (c0 < '0' || c0 > '9' || c1 < '0' || c1 > '9') {
            return null;
        }
        return BY_CODE[slot(c0, c1)];
    }

    private static int slot(char c0, char c1) {
        return (c0 - '0') * 10 + (c1 - '0');
    }

    private static int idSlot(char c0, char c1) {
        return digitOrLetter(c0) * 36 + digitOrLetter(c1);
    }

    private static int digitOrLetter(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 26 + (c - '0');
        }
        return -1;
    }

    /** {@return the message type} */
    public MessageType type() {
        return type;
    }

    /** {@return the fixed fields in wire order} */
    public List<Fixed> fixedFields() {
        return Collections.unmodifiableList(java.util.Arrays.asList(fixed));
    }

    /** {@return the fixed fields, for the codec's hot path (do not modify)} */
    public Fixed[] fixedArray() {
        return fixed;
    }

    /** {@return the length of the fixed part after the two-character code} */
    public int fixedLength() {
        return fixedLength;
    }

    /** {@return the tagged fields in spec order} */
    public List<Tagged> taggedFields() {
        return Collections.unmodifiableList(java.util.Arrays.asList(tagged));
    }

    /** {@return the tagged fields, for the codec's hot path (do not modify)} */
    public Tagged[] taggedArray() {
        return tagged;
    }

    /**
     * Finds a tagged field this message knows by its id characters, without allocating.
     *
     * @param c0 first character of the id
     * @param c1 second character of the id
     * @return the field, or null if this message does not know it
     */
    public Tagged tagged(char c0, char c1) {
        int a = digitOrLetter(c0);
        int b = digitOrLetter(c1);
        if (a < 0 || b < 0) {
            return null;
        }
        return byId[a * 36 + b];
    }

    /**
     * Builds the record.
     *
     * @param fixedValues fixed-field values
     * @param taggedValues tagged-field values by index
     * @param unknown unknown fields
     * @return the record
     */
    public Sip2Message create(Object[] fixedValues, Object[] taggedValues, List<RawField> unknown) {
        return factory.create(fixedValues, taggedValues, unknown);
    }

    static Builder builder(MessageType type) {
        return new Builder(type);
    }

    static final class Builder {
        private final MessageType type;
        private final List<Fixed> fixed = new ArrayList<>();
        private final List<Tagged> tagged = new ArrayList<>();
        private int offset = 2;
        private Factory factory;

        Builder(MessageType type) {
            this.type = type;
        }

        Builder fixed(String name, String displayName, FieldCodec codec, Function<Sip2Message, Object> getter) {
            fixed.add(new Fixed(name, displayName, codec, offset, getter));
            offset += codec.width();
            return this;
        }

        Builder tagged(FieldId id, String name, Occurrence occurrence, FieldCodec codec,
                Function<Sip2Message, Object> getter) {
            tagged.add(new Tagged(id, name, occurrence, codec, getter, tagged.size()));
            return this;
        }

        Builder factory(Factory factory) {
            this.factory = factory;
            return this;
        }

        MessageSpec build() {
            return new MessageSpec(type, fixed, tagged, Objects.requireNonNull(factory, "factory"));
        }
    }
}
