package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Checksum;
import io.github.sip2kit.codec.ChecksumPolicy;
import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.DuplicateFieldPolicy;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.Sip2Limits;
import io.github.sip2kit.codec.UnknownFieldPolicy;
import io.github.sip2kit.codec.UnknownMessagePolicy;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.Direction;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.UnknownMessage;
import io.github.sip2kit.core.field.FieldId;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of deliberately invalid frames, one for every {@link Reason} a decoder can report: each frame is
 * rejected by its codec configuration with exactly that reason. They test the error paths of code that reads SIP2:
 * a server that must answer with a 96, a client that must report a broken reply, a log that must not leak a
 * password from a frame it could not parse.
 *
 * <pre>{@code
 * for (InvalidFrame frame : InvalidFrames.all(new SplittableRandom(seed))) {
 *     Sip2DecodeException e = assertThrows(Sip2DecodeException.class, frame::decode);
 *     assertEquals(frame.reason(), e.reason());
 * }
 * }</pre>
 *
 * <p>Most frames start from a valid message of {@link Sip2Generators} (in IBM850 or UTF-8) and break one thing:
 * <ul>
 *   <li>{@code FRAME_TOO_LONG}: a codec whose {@link Sip2Limits#maxFrameLength()} is below the frame's length;
 *   <li>{@code TRUNCATED_FIXED_PART}: the frame cut inside its fixed part;
 *   <li>{@code INVALID_FIXED_FIELD}: a transaction date with month 13 to 99 or a letter among its digits;
 *   <li>{@code INVALID_FIELD_VALUE}: a strict codec and a typed field that does not parse (media type {@code CK},
 *       valid patron {@code BL}, expiration date {@code BW});
 *   <li>{@code INVALID_FIELD_ID}: a one-character field at the end ({@code A|});
 *   <li>{@code MISSING_REQUIRED_FIELD}: a strict codec and a frame without one of AO, AA, AB, AE or CN;
 *   <li>{@code MISSING_DELIMITER}: a strict codec and no {@code |} between the last field and the AY/AZ trailer;
 *   <li>{@code DUPLICATE_FIELD}: a second AO, AA or AB, for a strict codec or a {@link DuplicateFieldPolicy#REJECT}
 *       one;
 *   <li>{@code UNKNOWN_FIELD}: a field the message does not define, for an {@link UnknownFieldPolicy#REJECT} codec;
 *   <li>{@code FIELD_TOO_LONG}: a field longer than a small {@link Sip2Limits#maxFieldLength()}, or longer than 255
 *       characters for a strict codec;
 *   <li>{@code TOO_MANY_REPEATS}: more screen messages (AF) than a small {@link Sip2Limits#maxRepeats()};
 *   <li>{@code UNKNOWN_MESSAGE_CODE}: a code SIP 2.00 does not define, for an {@link UnknownMessagePolicy#REJECT}
 *       codec;
 *   <li>{@code UNEXPECTED_DIRECTION}, {@code UNEXPECTED_MESSAGE_TYPE}: a valid frame, rejected only because the
 *       caller expects another direction or another message type. A frame alone cannot provoke these two: the
 *       generated {@link InvalidFrame} carries the {@link InvalidFrame#expectedType() expected class} to pass to
 *       {@link Sip2Codec#decode(byte[], Class)};
 *   <li>{@code CHECKSUM_MISMATCH}: a well-formed AZ that is not the sum of the bytes;
 *   <li>{@code MALFORMED_CHECKSUM}: a non-hexadecimal character in AZ;
 *   <li>{@code MISSING_CHECKSUM}: AY without AZ, or no trailer for a {@link ChecksumPolicy#REQUIRE} codec;
 *   <li>{@code BAD_SEQUENCE_NUMBER}: a non-digit AY sequence number with a correct checksum;
 *   <li>{@code ILLEGAL_CHARACTER}: a CR, LF or NUL inside the frame, or bytes that are not UTF-8 for a UTF-8 codec.
 * </ul>
 *
 * <p>Generation is deterministic: the same random generator state gives the same frames. The class is thread-safe;
 * the random generator passed to each call is not shared.
 */
public final class InvalidFrames {

    private static final List<Sip2Codec> LENIENT =
            List.of(Sip2Codec.defaults(), Sip2Codec.builder().charset(StandardCharsets.UTF_8).build());
    private static final List<Sip2Codec> STRICT =
            List.of(Sip2Codec.strict(), Sip2Codec.strict().toBuilder().charset(StandardCharsets.UTF_8).build());

    /** Required text fields by record component, which lenient decoding defaults and strict decoding demands. */
    private static final Map<String, FieldId> REQUIRED_TEXTS = requiredTexts();

    /** Typed optional fields whose value a strict codec parses: (type, component, field, bad values). */
    private static final List<BadValue> BAD_VALUES = List.of(
            new BadValue(MessageType.CHECKOUT_RESPONSE, "mediaType", FieldId.MEDIA_TYPE, List.of("book", "1A2", "x")),
            new BadValue(MessageType.RENEW_RESPONSE, "mediaType", FieldId.MEDIA_TYPE, List.of("CD", "0o1", "-12")),
            new BadValue(MessageType.CHECKIN_RESPONSE, "mediaType", FieldId.MEDIA_TYPE, List.of("tape", "9")),
            new BadValue(MessageType.PATRON_STATUS_RESPONSE, "validPatron", FieldId.VALID_PATRON,
                    List.of("X", "yes", "1")),
            new BadValue(MessageType.PATRON_ENABLE_RESPONSE, "validPatronPassword", FieldId.VALID_PATRON_PASSWORD,
                    List.of("Q", "true")),
            new BadValue(MessageType.HOLD, "expirationDate", FieldId.EXPIRATION_DATE,
                    List.of("20241301    000000", "2024011", "tomorrow")));

    /** Per type, the components listed in {@link #REQUIRED_TEXTS} that it has; read once, since reflection is slow. */
    private static final Map<MessageType, List<String>> REQUIRED_BY_TYPE = new EnumMap<>(MessageType.class);
    private static final Set<MessageType> WITH_FIXED_PART = EnumSet.noneOf(MessageType.class);
    private static final Set<MessageType> WITH_TRANSACTION_DATE = EnumSet.noneOf(MessageType.class);
    private static final Set<MessageType> WITH_SCREEN_MESSAGES = EnumSet.noneOf(MessageType.class);

    static {
        for (MessageType type : MessageType.values()) {
            List<String> required = new ArrayList<>();
            for (String name : REQUIRED_TEXTS.keySet()) {
                if (hasComponent(type, name, String.class)) {
                    required.add(name);
                }
            }
            REQUIRED_BY_TYPE.put(type, List.copyOf(required));
            if (fixedPartLength(LENIENT.get(0), Sip2Fixtures.of(type)) > 0) {
                WITH_FIXED_PART.add(type);
            }
            if (hasComponent(type, "transactionDate", Sip2Timestamp.class)) {
                WITH_TRANSACTION_DATE.add(type);
            }
            if (hasComponent(type, "screenMessages", List.class)) {
                WITH_SCREEN_MESSAGES.add(type);
            }
        }
    }

    private static final List<String> UNDEFINED_IDS = List.of("ZZ", "XQ", "PT", "XI", "ZY", "Z9", "QQ", "FF");
    private static final String NON_HEX = "GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz-+ ";
    private static final String NON_DIGIT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ -+*#";

    private InvalidFrames() {
    }

    /**
     * {@return one frame for each reason, in the order of {@link Reason#values()}}
     *
     * @param random the source of randomness
     */
    public static List<InvalidFrame> all(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        List<InvalidFrame> frames = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            frames.add(generate(reason, random));
        }
        return frames;
    }

    /**
     * {@return a fixed example frame for the reason, the same on every call}
     *
     * @param reason the reason the frame must be rejected with
     */
    public static InvalidFrame example(Reason reason) {
        return generate(reason, new SplittableRandom(Objects.requireNonNull(reason, "reason").ordinal()));
    }

    /**
     * Generates a frame that its codec configuration rejects with the given reason.
     *
     * @param reason the reason the frame must be rejected with
     * @param random the source of randomness
     * @return the frame with its codec and, for {@link Reason#UNEXPECTED_DIRECTION} and
     *     {@link Reason#UNEXPECTED_MESSAGE_TYPE}, the message class the caller expects
     */
    public static InvalidFrame generate(Reason reason, RandomGenerator random) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(random, "random");
        return switch (reason) {
            case FRAME_TOO_LONG -> frameTooLong(random);
            case TRUNCATED_FIXED_PART -> truncatedFixedPart(random);
            case INVALID_FIXED_FIELD -> invalidFixedField(random);
            case INVALID_FIELD_VALUE -> invalidFieldValue(random);
            case INVALID_FIELD_ID -> invalidFieldId(random);
            case MISSING_REQUIRED_FIELD -> missingRequiredField(random);
            case MISSING_DELIMITER -> missingDelimiter(random);
            case DUPLICATE_FIELD -> duplicateField(random);
            case UNKNOWN_FIELD -> unknownField(random);
            case FIELD_TOO_LONG -> fieldTooLong(random);
            case TOO_MANY_REPEATS -> tooManyRepeats(random);
            case UNKNOWN_MESSAGE_CODE -> unknownMessageCode(random);
            case UNEXPECTED_DIRECTION -> unexpectedDirection(random);
            case UNEXPECTED_MESSAGE_TYPE -> unexpectedMessageType(random);
            case CHECKSUM_MISMATCH -> checksumMismatch(random);
            case MALFORMED_CHECKSUM -> malformedChecksum(random);
            case MISSING_CHECKSUM -> missingChecksum(random);
            case BAD_SEQUENCE_NUMBER -> badSequenceNumber(random);
            case ILLEGAL_CHARACTER -> illegalCharacter(random);
        };
    }

    // ------------------------------------------------------------------ one generator per reason

    private static InvalidFrame frameTooLong(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, type -> true);
        String text = codec.encodeToString(message);
        int limit = 1 + random.nextInt(text.length() - 1);
        Sip2Codec limited = codec.toBuilder()
                .limits(Sip2Limits.builder().maxFrameLength(limit).build())
                .build();
        return frame(Reason.FRAME_TOO_LONG, limited, text,
                describe(message) + " of " + text.length() + " characters, limit " + limit);
    }

    private static InvalidFrame truncatedFixedPart(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, WITH_FIXED_PART::contains);
        int fixed = fixedPartLength(codec, message);
        int keep = random.nextInt(fixed);
        String text = codec.encodeToString(message).substring(0, 2 + keep);
        return frame(Reason.TRUNCATED_FIXED_PART, codec, text,
                describe(message) + " cut after " + keep + " of " + fixed + " fixed-part characters");
    }

    private static InvalidFrame invalidFixedField(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, WITH_TRANSACTION_DATE::contains);
        String date = ((Sip2Timestamp) RecordAccess.get(message,
                RecordAccess.component(message, "transactionDate").orElseThrow())).wire();
        String text = codec.encodeToString(message);
        int at = text.indexOf(date, 2);
        StringBuilder broken = new StringBuilder(text);
        String what;
        if (random.nextBoolean()) {
            String month = Integer.toString(13 + random.nextInt(87));
            broken.replace(at + 4, at + 6, month);
            what = "month " + month;
        } else {
            int digit = random.nextInt(8);
            char letter = (char) ('A' + random.nextInt(26));
            broken.setCharAt(at + digit, letter);
            what = "letter " + letter + " at date position " + (digit + 1);
        }
        return frame(Reason.INVALID_FIXED_FIELD, codec, broken.toString(),
                describe(message) + " with a transaction date with " + what);
    }

    private static InvalidFrame invalidFieldValue(RandomGenerator random) {
        Sip2Codec codec = oneOf(STRICT, random);
        BadValue bad = oneOf(BAD_VALUES, random);
        Sip2Message message = RecordAccess.with(message(codec, random, bad.type::equals), bad.component, Optional.empty());
        String value = oneOf(bad.values, random);
        String text = codec.encodeToString(message) + bad.field.code() + value + codec.fieldDelimiter();
        return frame(Reason.INVALID_FIELD_VALUE, codec, text,
                describe(message) + " with " + bad.field.code() + " = \"" + value + "\"");
    }

    private static InvalidFrame invalidFieldId(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, type -> true);
        char id = (char) ('A' + random.nextInt(26));
        String text = codec.encodeToString(message) + id + codec.fieldDelimiter();
        return frame(Reason.INVALID_FIELD_ID, codec, text, describe(message) + " ending with a one-character field");
    }

    private static InvalidFrame missingRequiredField(RandomGenerator random) {
        Sip2Codec codec = oneOf(STRICT, random);
        Sip2Message message = message(codec, random, type -> !requiredTexts(type).isEmpty());
        List<String> components = requiredTexts(RecordAccess.type(message).orElseThrow());
        String component = oneOf(components, random);
        FieldId id = REQUIRED_TEXTS.get(component);
        Sip2Message emptied = RecordAccess.with(message, component, "");
        List<String> order = new ArrayList<>(codec.decodeFrame(codec.encode(emptied)).fieldOrder());
        order.remove(id.code());
        String text = codec.encodeToString(new Sip2Frame(emptied, OptionalInt.empty(), ChecksumStatus.ABSENT, order));
        return frame(Reason.MISSING_REQUIRED_FIELD, codec, text, describe(message) + " without " + id.code());
    }

    private static InvalidFrame missingDelimiter(RandomGenerator random) {
        Sip2Codec codec = oneOf(STRICT, random);
        Sip2Message message = message(codec, random, type -> !requiredTexts(type).isEmpty());
        String sealed = codec.encodeToString(message, random.nextInt(10));
        String body = sealed.substring(0, sealed.length() - 9);
        char sequence = sealed.charAt(sealed.length() - 7);
        String text = seal(codec, body.substring(0, body.length() - 1), sequence);
        return frame(Reason.MISSING_DELIMITER, codec, text,
                describe(message) + " without the delimiter before its AY/AZ trailer");
    }

    private static InvalidFrame duplicateField(RandomGenerator random) {
        Sip2Codec codec = random.nextBoolean()
                ? oneOf(STRICT, random)
                : oneOf(LENIENT, random).toBuilder().duplicateFieldPolicy(DuplicateFieldPolicy.REJECT).build();
        Sip2Message message = message(codec, random, type -> !identifiers(type).isEmpty());
        FieldId id = REQUIRED_TEXTS.get(oneOf(identifiers(RecordAccess.type(message).orElseThrow()), random));
        String text = codec.encodeToString(message) + id.code() + printable(random, 1 + random.nextInt(12))
                + codec.fieldDelimiter();
        return frame(Reason.DUPLICATE_FIELD, codec, text, describe(message) + " with a second " + id.code());
    }

    private static InvalidFrame unknownField(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random).toBuilder().unknownFieldPolicy(UnknownFieldPolicy.REJECT).build();
        Sip2Message message = message(codec, random, type -> true);
        String id = oneOf(UNDEFINED_IDS, random);
        String text = codec.encodeToString(message) + id + printable(random, random.nextInt(12))
                + codec.fieldDelimiter();
        return frame(Reason.UNKNOWN_FIELD, codec, text, describe(message) + " with undefined field " + id);
    }

    private static InvalidFrame fieldTooLong(RandomGenerator random) {
        Sip2Message message;
        Sip2Codec codec;
        int length;
        String limitText;
        if (random.nextBoolean()) {
            codec = oneOf(STRICT, random);
            length = FieldValueGenerator.MAX_FIELD_LENGTH + 1 + random.nextInt(40);
            limitText = "255 (strict)";
        } else {
            int limit = 1 + random.nextInt(40);
            codec = oneOf(LENIENT, random).toBuilder()
                    .limits(Sip2Limits.builder().maxFieldLength(limit).build())
                    .build();
            length = limit + 1 + random.nextInt(40);
            limitText = Integer.toString(limit);
        }
        message = message(codec, random, type -> !requiredTexts(type).isEmpty());
        String component = oneOf(requiredTexts(RecordAccess.type(message).orElseThrow()), random);
        message = RecordAccess.with(message, component, printable(random, length));
        return frame(Reason.FIELD_TOO_LONG, codec, codec.encodeToString(message),
                describe(message) + " with " + REQUIRED_TEXTS.get(component).code() + " of " + length
                        + " characters, limit " + limitText);
    }

    private static InvalidFrame tooManyRepeats(RandomGenerator random) {
        int limit = 1 + random.nextInt(4);
        Sip2Codec codec = oneOf(LENIENT, random).toBuilder()
                .limits(Sip2Limits.builder().maxRepeats(limit).build())
                .build();
        Sip2Message message = message(codec, random, WITH_SCREEN_MESSAGES::contains);
        List<String> lines = new ArrayList<>();
        int count = limit + 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            lines.add(printable(random, random.nextInt(20)));
        }
        message = RecordAccess.with(message, "screenMessages", lines);
        return frame(Reason.TOO_MANY_REPEATS, codec, codec.encodeToString(message),
                describe(message) + " with " + count + " screen messages, limit " + limit);
    }

    private static InvalidFrame unknownMessageCode(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random).toBuilder()
                .unknownMessagePolicy(UnknownMessagePolicy.REJECT)
                .build();
        String code;
        do {
            code = printable(random, 2);
        } while (MessageType.fromCode(code).isPresent() || code.indexOf(codec.fieldDelimiter()) >= 0);
        UnknownMessage message = new UnknownMessage(code, printable(random, random.nextInt(40)));
        return frame(Reason.UNKNOWN_MESSAGE_CODE, codec, codec.encodeToString(message),
                "message with undefined code \"" + code + "\"");
    }

    private static InvalidFrame unexpectedDirection(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, type -> true);
        Direction other = RecordAccess.type(message).orElseThrow().direction() == Direction.SC_TO_ACS
                ? Direction.ACS_TO_SC
                : Direction.SC_TO_ACS;
        Class<? extends Sip2Message> expected = random.nextBoolean()
                ? (other == Direction.SC_TO_ACS ? ScMessage.class : AcsMessage.class)
                : oneOf(types(type -> type.direction() == other), random).messageClass();
        return new InvalidFrame(Reason.UNEXPECTED_DIRECTION, bytes(codec, codec.encodeToString(message)), codec,
                expected, describe(message) + " where " + expected.getSimpleName() + " is expected");
    }

    private static InvalidFrame unexpectedMessageType(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        if (random.nextInt(3) == 0) {
            String code;
            do {
                code = printable(random, 2);
            } while (MessageType.fromCode(code).isPresent() || code.indexOf(codec.fieldDelimiter()) >= 0);
            Class<? extends Sip2Message> expected = random.nextBoolean() ? ScMessage.class : AcsMessage.class;
            UnknownMessage message = new UnknownMessage(code, printable(random, random.nextInt(20)));
            return new InvalidFrame(Reason.UNEXPECTED_MESSAGE_TYPE, bytes(codec, codec.encodeToString(message)),
                    codec, expected, "message with undefined code \"" + code + "\" where "
                            + expected.getSimpleName() + " is expected");
        }
        Sip2Message message = message(codec, random, type -> true);
        MessageType type = RecordAccess.type(message).orElseThrow();
        Class<? extends Sip2Message> expected =
                oneOf(types(other -> other.direction() == type.direction() && other != type), random).messageClass();
        return new InvalidFrame(Reason.UNEXPECTED_MESSAGE_TYPE, bytes(codec, codec.encodeToString(message)), codec,
                expected, describe(message) + " where " + expected.getSimpleName() + " is expected");
    }

    private static InvalidFrame checksumMismatch(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, type -> true);
        String sealed = codec.encodeToString(message, random.nextInt(10));
        int checksum = Checksum.parseHex(sealed, sealed.length() - 4);
        int wrong = (checksum + 1 + random.nextInt(0xFFFF)) & 0xFFFF;
        String text = sealed.substring(0, sealed.length() - 4) + Checksum.toHex(wrong);
        return frame(Reason.CHECKSUM_MISMATCH, codec, text,
                describe(message) + " with checksum " + Checksum.toHex(wrong) + " instead of " + Checksum.toHex(checksum));
    }

    private static InvalidFrame malformedChecksum(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, type -> true);
        StringBuilder text = new StringBuilder(codec.encodeToString(message, random.nextInt(10)));
        int at = text.length() - 1 - random.nextInt(4);
        text.setCharAt(at, NON_HEX.charAt(random.nextInt(NON_HEX.length())));
        return frame(Reason.MALFORMED_CHECKSUM, codec, text.toString(),
                describe(message) + " with a non-hexadecimal checksum character");
    }

    private static InvalidFrame missingChecksum(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        if (random.nextBoolean()) {
            Sip2Codec requiring = codec.toBuilder().checksumPolicy(ChecksumPolicy.REQUIRE).build();
            Sip2Message message = message(codec, random, type -> true);
            return frame(Reason.MISSING_CHECKSUM, requiring, codec.encodeToString(message),
                    describe(message) + " without a trailer, checksum required");
        }
        Sip2Message message = message(codec, random, InvalidFrames::hasSequenceNumber);
        String sealed = codec.encodeToString(message, random.nextInt(10));
        return frame(Reason.MISSING_CHECKSUM, codec, sealed.substring(0, sealed.length() - 6),
                describe(message) + " with AY but no AZ");
    }

    private static InvalidFrame badSequenceNumber(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, InvalidFrames::hasSequenceNumber);
        String plain = codec.encodeToString(message);
        char sequence = NON_DIGIT.charAt(random.nextInt(NON_DIGIT.length()));
        return frame(Reason.BAD_SEQUENCE_NUMBER, codec, seal(codec, plain, sequence),
                describe(message) + " with sequence number '" + sequence + "'");
    }

    private static InvalidFrame illegalCharacter(RandomGenerator random) {
        Sip2Codec codec = oneOf(LENIENT, random);
        Sip2Message message = message(codec, random, type -> true);
        String text = codec.encodeToString(message);
        int at = 2 + fixedPartLength(codec, message);
        at += random.nextInt(text.length() - at + 1);
        Charset charset = codec.charset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] before = text.substring(0, at).getBytes(charset);
        out.write(before, 0, before.length);
        String what;
        if (charset.equals(StandardCharsets.UTF_8) && random.nextBoolean()) {
            int bad = random.nextBoolean() ? 0xFF : 0xC3;
            out.write(bad);
            out.write('x');
            what = String.format(Locale.ROOT, "byte %02X, not UTF-8,", bad);
        } else {
            char control = "\r\n\0".charAt(random.nextInt(3));
            out.write(control);
            what = control == '\r' ? "CR" : control == '\n' ? "LF" : "NUL";
        }
        byte[] after = (text.substring(at) + "\r").getBytes(charset);
        out.write(after, 0, after.length);
        return new InvalidFrame(Reason.ILLEGAL_CHARACTER, out.toByteArray(), codec, null,
                describe(message) + " with " + what + " at column " + (at + 1));
    }

    // ------------------------------------------------------------------ helpers

    /** A valid message of a type the filter accepts, from the SPEC generators, without unknown fields. */
    private static Sip2Message message(Sip2Codec codec, RandomGenerator random, Predicate<MessageType> filter) {
        MessageType type = oneOf(types(filter), random);
        Sip2Message message = Sip2Generators.forCharset(codec.charset()).message(type, random);
        return RecordAccess.withoutUnknownFields(message);
    }

    private static List<MessageType> types(Predicate<MessageType> filter) {
        List<MessageType> types = new ArrayList<>();
        for (MessageType type : MessageType.values()) {
            if (filter.test(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static boolean hasSequenceNumber(MessageType type) {
        return type != MessageType.REQUEST_ACS_RESEND && type != MessageType.REQUEST_SC_RESEND;
    }

    private static boolean hasComponent(MessageType type, String name, Class<?> componentType) {
        for (RecordComponent component : type.messageClass().getRecordComponents()) {
            if (component.getName().equals(name) && component.getType() == componentType) {
                return true;
            }
        }
        return false;
    }

    /** The components of the type that hold a required text field listed in {@link #REQUIRED_TEXTS}. */
    private static List<String> requiredTexts(MessageType type) {
        return REQUIRED_BY_TYPE.get(type);
    }

    /** The required identifier fields of the type (AO, AA, AB), which occur once. */
    private static List<String> identifiers(MessageType type) {
        List<String> names = new ArrayList<>(requiredTexts(type));
        names.remove("personalName");
        names.remove("loginUserId");
        return names;
    }

    private static Map<String, FieldId> requiredTexts() {
        Map<String, FieldId> map = new LinkedHashMap<>();
        map.put("institutionId", FieldId.INSTITUTION_ID);
        map.put("patronIdentifier", FieldId.PATRON_IDENTIFIER);
        map.put("itemIdentifier", FieldId.ITEM_IDENTIFIER);
        map.put("personalName", FieldId.PERSONAL_NAME);
        map.put("loginUserId", FieldId.LOGIN_USER_ID);
        return map;
    }

    /**
     * {@return the number of characters of the message's fixed part} A frame that starts its tagged fields with an
     * empty field (a stray delimiter) shows where the fixed part ends: fixed fields never hold the delimiter.
     */
    static int fixedPartLength(Sip2Codec codec, Sip2Message message) {
        String text = codec.encodeToString(new Sip2Frame(message, OptionalInt.empty(), ChecksumStatus.ABSENT,
                List.of("")));
        return text.indexOf(codec.fieldDelimiter()) - 2;
    }

    /** The text followed by {@code AY<sequence>AZ} and the checksum of those bytes. */
    private static String seal(Sip2Codec codec, String text, char sequence) {
        String prefix = text + "AY" + sequence + "AZ";
        byte[] bytes = prefix.getBytes(codec.charset());
        return prefix + Checksum.toHex(Checksum.compute(bytes, 0, bytes.length));
    }

    private static InvalidFrame frame(Reason reason, Sip2Codec codec, String text, String description) {
        return new InvalidFrame(reason, bytes(codec, text), codec, null, description);
    }

    private static byte[] bytes(Sip2Codec codec, String text) {
        return (text + "\r").getBytes(codec.charset());
    }

    private static String describe(Sip2Message message) {
        return RecordAccess.type(message).map(type -> type.code() + " " + type.messageClass().getSimpleName())
                .orElse(message.code());
    }

    /** Printable ASCII without the delimiter, which any charset encodes. */
    private static String printable(RandomGenerator random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = (char) (0x20 + random.nextInt(0x7f - 0x20));
            out.append(c == '|' ? '/' : c);
        }
        return out.toString();
    }

    private static <T> T oneOf(List<T> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    /** A typed field and values of it that a strict codec cannot parse. */
    private static final class BadValue {
        final MessageType type;
        final String component;
        final FieldId field;
        final List<String> values;

        BadValue(MessageType type, String component, FieldId field, List<String> values) {
            this.type = type;
            this.component = component;
            this.field = field;
            this.values = values;
        }
    }
}
