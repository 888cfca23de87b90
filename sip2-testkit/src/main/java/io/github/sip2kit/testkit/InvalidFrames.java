package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Checksum;
import io.github.sip2kit.codec.ChecksumPolicy;
import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.DuplicateFieldPolicy;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2DecodeException.Violation;
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
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
 * <p>{@link #generate(Reason, MessageType, Charset, RandomGenerator)} makes a frame of a given message type and
 * charset: it starts from a valid message of {@link Sip2Generators} and breaks one thing chosen from that message's
 * layout (its fixed fields, its tagged fields, its trailer); its description lists what is broken per reason.
 * {@link #isPossible(Reason, MessageType)} tells which combinations cannot exist, such as a truncated fixed part for
 * a 96, whose fixed part is empty. {@link #generate(Reason, RandomGenerator)} picks the type and the charset (IBM850
 * or UTF-8) itself; for {@code UNKNOWN_MESSAGE_CODE}, which no message type can have, it makes a message with a code
 * SIP 2.00 does not define, for an {@link UnknownMessagePolicy#REJECT} codec.
 *
 * <p>Generation is deterministic: the same random generator state gives the same frames. The class is thread-safe;
 * the random generator passed to each call is not shared.
 */
public final class InvalidFrames {

    private static final Charset IBM850 = Charset.forName("IBM850");
    private static final List<Charset> CHARSETS = List.of(IBM850, StandardCharsets.UTF_8);

    /** How many valid messages of a type are tried before a possible combination is declared a failure. */
    private static final int MESSAGES_PER_FRAME = 32;

    /** Every message type of SIP 2.00, for the reasons that no frame of a given type can provoke. */
    private static final Set<MessageType> EVERY_TYPE = Set.copyOf(EnumSet.allOf(MessageType.class));

    /** The two resend requests, whose frames are only their code: no fixed part, no fields. */
    private static final Set<MessageType> RESENDS =
            EnumSet.of(MessageType.REQUEST_SC_RESEND, MessageType.REQUEST_ACS_RESEND);

    /** Per reason, the message types no frame of which can fail with it alone; see {@link #isPossible}. */
    private static final Map<Reason, Set<MessageType>> IMPOSSIBLE = impossible();

    private static final List<String> UNDEFINED_IDS = List.of("ZZ", "XQ", "PT", "XI", "ZY", "Z9", "QQ", "FF");
    private static final String NON_HEX = "GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz-+ ";
    private static final String NON_DIGIT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ -+*#";
    /** Characters written over one character of a fixed part: letters, digits, a blank, punctuation. */
    private static final String FIXED_BREAKERS = "X#9 0YNa-";
    /** Values that typed fields (flags, codes, amounts, dates, counts) cannot hold. */
    private static final List<String> BAD_VALUES = List.of("x", "Q", "yes", "book", "1A2", "-12", "0o1", "tomorrow",
            "2024011", "20241301    000000", "99999999999999999999", "");

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
     * Generates a frame that its codec configuration rejects with the given reason, of a message type and charset
     * (IBM850 or UTF-8) chosen at random among those that can fail with it.
     *
     * @param reason the reason the frame must be rejected with
     * @param random the source of randomness
     * @return the frame with its codec and, for {@link Reason#UNEXPECTED_DIRECTION} and
     *     {@link Reason#UNEXPECTED_MESSAGE_TYPE}, the message class the caller expects
     */
    public static InvalidFrame generate(Reason reason, RandomGenerator random) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(random, "random");
        if (reason == Reason.UNKNOWN_MESSAGE_CODE) {
            return unknownMessageCode(random);
        }
        if (reason == Reason.UNEXPECTED_MESSAGE_TYPE && random.nextInt(3) == 0) {
            return undefinedCodeWhereAKnownOneIsExpected(random);
        }
        MessageType type = oneOf(types(candidate -> isPossible(reason, candidate)), random);
        return generate(reason, type, oneOf(CHARSETS, random), random).orElseThrow();
    }

    /**
     * Generates a frame of the given message type, in the given charset, that its codec configuration rejects with
     * the given reason; empty when no frame of that type can fail with that reason alone (see
     * {@link #isPossible(Reason, MessageType)}).
     *
     * <p>The frame starts from a valid message of the type from {@link Sip2Generators} and breaks one thing chosen
     * from that message's own layout, then checks that the codec rejects the result with exactly that reason and no
     * other:
     * <ul>
     *   <li>{@code FRAME_TOO_LONG}: a codec whose {@link Sip2Limits#maxFrameLength()} is below the frame's length;
     *   <li>{@code TRUNCATED_FIXED_PART}: the frame cut inside its fixed part;
     *   <li>{@code INVALID_FIXED_FIELD}: one character of any fixed field (flag, count, code, date) overwritten with
     *       one the field cannot hold;
     *   <li>{@code INVALID_FIELD_VALUE}: a strict codec and a typed tagged field (flag, code, amount, date) given a
     *       value that does not parse, in place of its value or added when the message lacks it;
     *   <li>{@code INVALID_FIELD_ID}: a one-character field at the end;
     *   <li>{@code MISSING_REQUIRED_FIELD}: a strict codec and one of the message's required fields left out;
     *   <li>{@code MISSING_DELIMITER}: a strict codec and no {@code |} after the last field, before the AY/AZ trailer
     *       or at the end;
     *   <li>{@code DUPLICATE_FIELD}: a second occurrence of a field that occurs once, for a strict codec or a
     *       {@link DuplicateFieldPolicy#REJECT} one;
     *   <li>{@code UNKNOWN_FIELD}: a field the message does not define, for an {@link UnknownFieldPolicy#REJECT} codec;
     *   <li>{@code FIELD_TOO_LONG}: one of the message's fields, or a field it does not define, longer than a small
     *       {@link Sip2Limits#maxFieldLength()};
     *   <li>{@code TOO_MANY_REPEATS}: a repeatable field (screen message, hold items, ...) repeated more often than a
     *       small {@link Sip2Limits#maxRepeats()};
     *   <li>{@code UNEXPECTED_DIRECTION}, {@code UNEXPECTED_MESSAGE_TYPE}: a valid frame, rejected only because the
     *       caller expects the other direction or another message type of the same direction: the frame carries the
     *       {@link InvalidFrame#expectedType() expected class} to pass to {@link Sip2Codec#decode(byte[], Class)};
     *   <li>{@code CHECKSUM_MISMATCH}: a well-formed AZ that is not the sum of the bytes;
     *   <li>{@code MALFORMED_CHECKSUM}: a non-hexadecimal character in AZ;
     *   <li>{@code MISSING_CHECKSUM}: AY without AZ, or no trailer for a {@link ChecksumPolicy#REQUIRE} codec;
     *   <li>{@code BAD_SEQUENCE_NUMBER}: a non-digit AY sequence number with a correct checksum, or, for the resend
     *       requests 96 and 97, which carry none, a digit one for a strict codec;
     *   <li>{@code ILLEGAL_CHARACTER}: a CR, LF or NUL inside the frame, or, in UTF-8, bytes that are not UTF-8.
     * </ul>
     *
     * @param reason the reason the frame must be rejected with
     * @param type the message type of the frame
     * @param charset the charset of the frame and its codec; one that encodes ASCII as single bytes, such as IBM850,
     *     ISO-8859-1 or UTF-8
     * @param random the source of randomness
     * @return the frame, or empty when {@link #isPossible(Reason, MessageType)} is false
     * @throws IllegalArgumentException if the charset does not encode ASCII as single bytes
     */
    public static Optional<InvalidFrame> generate(Reason reason, MessageType type, Charset charset,
            RandomGenerator random) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(random, "random");
        if (!Arrays.equals("AZ|09 ".getBytes(charset), "AZ|09 ".getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("charset: " + charset.name()
                    + " (expected: one that encodes ASCII as single bytes, such as IBM850 or UTF-8)");
        }
        if (!isPossible(reason, type)) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < MESSAGES_PER_FRAME; attempt++) {
            Optional<InvalidFrame> frame = search(reason, type, charset, random);
            if (frame.isPresent()) {
                return frame;
            }
        }
        throw new IllegalStateException("reason: " + reason + " for message " + type.code() + " in "
                + charset.name() + " (expected: a frame after " + MESSAGES_PER_FRAME + " messages)");
    }

    /**
     * {@return whether a frame of the message type can be made to fail with the reason alone} These combinations
     * cannot, because the type lacks what the reason is about:
     * <ul>
     *   <li>{@code UNKNOWN_MESSAGE_CODE}: every type, since a frame of a type has that type's code;
     *   <li>{@code TRUNCATED_FIXED_PART}, {@code INVALID_FIXED_FIELD}: 96 and 97, whose fixed part is empty;
     *   <li>{@code INVALID_FIELD_VALUE}: the types without an optional typed tagged field (all their tagged fields
     *       are texts): 01, 17, 19, 20, 23, 25, 35, 36, 37, 38, 63, 66, 93, 94, 96, 97, 99;
     *   <li>{@code MISSING_REQUIRED_FIELD}, {@code MISSING_DELIMITER}, {@code DUPLICATE_FIELD}: 94, 96, 97 and 99,
     *       which have no tagged field that is required or that they always carry;
     *   <li>{@code TOO_MANY_REPEATS}: the types without a repeatable field: 01, 09, 11, 15, 17, 19, 23, 25, 29, 35,
     *       37, 63, 65, 93, 94, 96, 97, 99.
     * </ul>
     *
     * @param reason the reason
     * @param type the message type
     */
    public static boolean isPossible(Reason reason, MessageType type) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(type, "type");
        return !IMPOSSIBLE.getOrDefault(reason, Set.of()).contains(type);
    }

    private static Map<Reason, Set<MessageType>> impossible() {
        Map<Reason, Set<MessageType>> map = new EnumMap<>(Reason.class);
        map.put(Reason.UNKNOWN_MESSAGE_CODE, EVERY_TYPE);
        map.put(Reason.TRUNCATED_FIXED_PART, RESENDS);
        map.put(Reason.INVALID_FIXED_FIELD, RESENDS);
        map.put(Reason.INVALID_FIELD_VALUE, codes("01 17 19 20 23 25 35 36 37 38 63 66 93 94 96 97 99"));
        Set<MessageType> withoutSteadyFields = codes("94 96 97 99");
        map.put(Reason.MISSING_REQUIRED_FIELD, withoutSteadyFields);
        map.put(Reason.MISSING_DELIMITER, withoutSteadyFields);
        map.put(Reason.DUPLICATE_FIELD, withoutSteadyFields);
        map.put(Reason.TOO_MANY_REPEATS, codes("01 09 11 15 17 19 23 25 29 35 37 63 65 93 94 96 97 99"));
        return map;
    }

    private static Set<MessageType> codes(String codes) {
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        for (String code : codes.split(" ")) {
            types.add(MessageType.fromCode(code).orElseThrow());
        }
        return Set.copyOf(types);
    }

    /** One valid message of the type and the frames that break it, tried in random order until one is rejected. */
    static Optional<InvalidFrame> search(Reason reason, MessageType type, Charset charset, RandomGenerator random) {
        Layout layout = new Layout(type, charset, random);
        for (Supplier<InvalidFrame> candidate : Sip2Generators.shuffled(candidates(reason, layout, random), random)) {
            InvalidFrame frame = candidate.get();
            if (frame != null && rejectsExactly(frame)) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    private static boolean rejectsExactly(InvalidFrame frame) {
        try {
            frame.decode();
            return false;
        } catch (Sip2DecodeException e) {
            for (Violation violation : e.violations()) {
                if (violation.reason() != frame.reason()) {
                    return false;
                }
            }
            return e.reason() == frame.reason();
        }
    }

    private static List<Supplier<InvalidFrame>> candidates(Reason reason, Layout l, RandomGenerator random) {
        switch (reason) {
            case FRAME_TOO_LONG:
                return frameTooLong(l, random);
            case TRUNCATED_FIXED_PART:
                return truncatedFixedPart(l);
            case INVALID_FIXED_FIELD:
                return invalidFixedField(l);
            case INVALID_FIELD_VALUE:
                return invalidFieldValue(l);
            case INVALID_FIELD_ID:
                return invalidFieldId(l, random);
            case MISSING_REQUIRED_FIELD:
                return missingRequiredField(l);
            case MISSING_DELIMITER:
                return missingDelimiter(l, random);
            case DUPLICATE_FIELD:
                return duplicateField(l, random);
            case UNKNOWN_FIELD:
                return unknownField(l, random);
            case FIELD_TOO_LONG:
                return fieldTooLong(l, random);
            case TOO_MANY_REPEATS:
                return tooManyRepeats(l, random);
            case UNEXPECTED_DIRECTION:
                return unexpectedDirection(l, random);
            case UNEXPECTED_MESSAGE_TYPE:
                return unexpectedMessageType(l, random);
            case CHECKSUM_MISMATCH:
                return checksumMismatch(l, random);
            case MALFORMED_CHECKSUM:
                return malformedChecksum(l, random);
            case MISSING_CHECKSUM:
                return missingChecksum(l, random);
            case BAD_SEQUENCE_NUMBER:
                return badSequenceNumber(l, random);
            case ILLEGAL_CHARACTER:
                return illegalCharacter(l, random);
            default:
                return List.of();
        }
    }

    // ------------------------------------------------------------------ the breaks of one message, per reason

    private static List<Supplier<InvalidFrame>> frameTooLong(Layout l, RandomGenerator random) {
        int limit = 1 + random.nextInt(l.text.length() - 1);
        Sip2Codec limited = l.lenient.toBuilder()
                .limits(Sip2Limits.builder().maxFrameLength(limit).build())
                .build();
        return List.of(() -> frame(Reason.FRAME_TOO_LONG, limited, l.text,
                l.describe() + " of " + l.text.length() + " characters, limit " + limit));
    }

    private static List<Supplier<InvalidFrame>> truncatedFixedPart(Layout l) {
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        int fixed = l.fixedLength();
        for (int keep = 0; keep < fixed; keep++) {
            int kept = keep;
            candidates.add(() -> frame(Reason.TRUNCATED_FIXED_PART, l.lenient, l.head.substring(0, 2 + kept),
                    l.describe() + " cut after " + kept + " of " + fixed + " fixed-part characters"));
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> invalidFixedField(Layout l) {
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        for (int at = 2; at < l.head.length(); at++) {
            for (int i = 0; i < FIXED_BREAKERS.length(); i++) {
                char c = FIXED_BREAKERS.charAt(i);
                if (c == l.head.charAt(at)) {
                    continue;
                }
                StringBuilder head = new StringBuilder(l.head);
                head.setCharAt(at, c);
                String text = head + l.text.substring(l.head.length());
                String what = l.describe() + " with '" + c + "' at fixed-part column " + (at - 1);
                candidates.add(() -> frame(Reason.INVALID_FIXED_FIELD, l.lenient, text, what));
                candidates.add(() -> frame(Reason.INVALID_FIXED_FIELD, l.strict, text, what));
            }
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> invalidFieldValue(Layout l) {
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < l.fields.size(); i++) {
            String id = l.fields.get(i).substring(0, 2);
            present.add(id);
            for (String value : BAD_VALUES) {
                List<String> fields = new ArrayList<>(l.fields);
                fields.set(i, id + value);
                candidates.add(() -> frame(Reason.INVALID_FIELD_VALUE, l.strict, l.with(fields),
                        l.describe() + " with " + id + " = \"" + value + "\""));
            }
        }
        for (FieldId field : FieldId.values()) {
            String id = field.code();
            if (present.contains(id) || id.equals("AY") || id.equals("AZ")) {
                continue;
            }
            for (String value : BAD_VALUES) {
                List<String> fields = new ArrayList<>(l.fields);
                fields.add(id + value);
                candidates.add(() -> frame(Reason.INVALID_FIELD_VALUE, l.strict, l.with(fields),
                        l.describe() + " with " + id + " = \"" + value + "\""));
            }
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> invalidFieldId(Layout l, RandomGenerator random) {
        char id = (char) ('A' + random.nextInt(26));
        return List.of(() -> frame(Reason.INVALID_FIELD_ID, l.lenient, l.text + id + l.delimiter,
                l.describe() + " ending with a one-character field"));
    }

    private static List<Supplier<InvalidFrame>> missingRequiredField(Layout l) {
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        for (int i = 0; i < l.fields.size(); i++) {
            List<String> fields = new ArrayList<>(l.fields);
            String id = fields.remove(i).substring(0, 2);
            candidates.add(() -> frame(Reason.MISSING_REQUIRED_FIELD, l.strict, l.with(fields),
                    l.describe() + " without " + id));
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> missingDelimiter(Layout l, RandomGenerator random) {
        if (l.fields.isEmpty()) {
            return List.of();
        }
        String body = l.with(l.fields);
        String open = body.substring(0, body.length() - 1);
        char sequence = (char) ('0' + random.nextInt(10));
        return List.of(
                () -> frame(Reason.MISSING_DELIMITER, l.strict, seal(l.strict, open, sequence),
                        l.describe() + " without the delimiter before its AY/AZ trailer"),
                () -> frame(Reason.MISSING_DELIMITER, l.strict, open,
                        l.describe() + " without the delimiter after its last field"));
    }

    private static List<Supplier<InvalidFrame>> duplicateField(Layout l, RandomGenerator random) {
        Sip2Codec codec = random.nextBoolean()
                ? l.strict
                : l.lenient.toBuilder().duplicateFieldPolicy(DuplicateFieldPolicy.REJECT).build();
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        for (String field : l.fields) {
            List<String> fields = new ArrayList<>(l.fields);
            fields.add(field);
            candidates.add(() -> frame(Reason.DUPLICATE_FIELD, codec, l.with(fields),
                    l.describe() + " with a second " + field.substring(0, 2)));
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> unknownField(Layout l, RandomGenerator random) {
        Sip2Codec codec = l.lenient.toBuilder().unknownFieldPolicy(UnknownFieldPolicy.REJECT).build();
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        for (String id : UNDEFINED_IDS) {
            String value = printable(random, random.nextInt(12));
            candidates.add(() -> frame(Reason.UNKNOWN_FIELD, codec, l.text + id + value + l.delimiter,
                    l.describe() + " with undefined field " + id));
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> fieldTooLong(Layout l, RandomGenerator random) {
        int limit = 1 + random.nextInt(40);
        Sip2Codec codec = l.lenient.toBuilder().limits(Sip2Limits.builder().maxFieldLength(limit).build()).build();
        String value = printable(random, limit + 1 + random.nextInt(40));
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        for (int i = 0; i <= l.fields.size(); i++) {
            List<String> fields = new ArrayList<>(l.fields);
            String id;
            if (i < l.fields.size()) {
                id = fields.get(i).substring(0, 2);
                fields.set(i, id + value);
            } else {
                id = oneOf(UNDEFINED_IDS, random);
                fields.add(id + value);
            }
            candidates.add(() -> frame(Reason.FIELD_TOO_LONG, codec, l.with(fields),
                    l.describe() + " with " + id + " of " + value.length() + " characters, limit " + limit));
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> tooManyRepeats(Layout l, RandomGenerator random) {
        int limit = 1 + random.nextInt(4);
        Sip2Codec codec = l.lenient.toBuilder().limits(Sip2Limits.builder().maxRepeats(limit).build()).build();
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        List<String> repeated = new ArrayList<>(l.fields);
        repeated.add(FieldId.SCREEN_MESSAGE.code() + printable(random, random.nextInt(20)));
        for (String field : repeated) {
            int count = limit + 1 + random.nextInt(3);
            List<String> fields = new ArrayList<>(l.fields);
            for (int i = 0; i < count; i++) {
                fields.add(field);
            }
            String id = field.substring(0, 2);
            candidates.add(() -> frame(Reason.TOO_MANY_REPEATS, codec, l.with(fields),
                    l.describe() + " with " + count + " more " + id + " fields, limit " + limit));
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> unexpectedDirection(Layout l, RandomGenerator random) {
        Direction other = l.type.direction() == Direction.SC_TO_ACS ? Direction.ACS_TO_SC : Direction.SC_TO_ACS;
        Class<? extends Sip2Message> expected = random.nextBoolean()
                ? (other == Direction.SC_TO_ACS ? ScMessage.class : AcsMessage.class)
                : oneOf(types(type -> type.direction() == other), random).messageClass();
        return List.of(() -> new InvalidFrame(Reason.UNEXPECTED_DIRECTION, bytes(l.lenient, l.text), l.lenient,
                expected, l.describe() + " where " + expected.getSimpleName() + " is expected"));
    }

    private static List<Supplier<InvalidFrame>> unexpectedMessageType(Layout l, RandomGenerator random) {
        Class<? extends Sip2Message> expected =
                oneOf(types(other -> other.direction() == l.type.direction() && other != l.type), random)
                        .messageClass();
        return List.of(() -> new InvalidFrame(Reason.UNEXPECTED_MESSAGE_TYPE, bytes(l.lenient, l.text), l.lenient,
                expected, l.describe() + " where " + expected.getSimpleName() + " is expected"));
    }

    private static List<Supplier<InvalidFrame>> checksumMismatch(Layout l, RandomGenerator random) {
        String sealed = l.lenient.encodeToString(l.message, random.nextInt(10));
        int checksum = Checksum.parseHex(sealed, sealed.length() - 4);
        int wrong = (checksum + 1 + random.nextInt(0xFFFF)) & 0xFFFF;
        String text = sealed.substring(0, sealed.length() - 4) + Checksum.toHex(wrong);
        return List.of(() -> frame(Reason.CHECKSUM_MISMATCH, l.lenient, text,
                l.describe() + " with checksum " + Checksum.toHex(wrong) + " instead of " + Checksum.toHex(checksum)));
    }

    private static List<Supplier<InvalidFrame>> malformedChecksum(Layout l, RandomGenerator random) {
        StringBuilder text = new StringBuilder(l.lenient.encodeToString(l.message, random.nextInt(10)));
        int at = text.length() - 1 - random.nextInt(4);
        text.setCharAt(at, NON_HEX.charAt(random.nextInt(NON_HEX.length())));
        return List.of(() -> frame(Reason.MALFORMED_CHECKSUM, l.lenient, text.toString(),
                l.describe() + " with a non-hexadecimal checksum character"));
    }

    private static List<Supplier<InvalidFrame>> missingChecksum(Layout l, RandomGenerator random) {
        Sip2Codec requiring = l.lenient.toBuilder().checksumPolicy(ChecksumPolicy.REQUIRE).build();
        String sealed = l.lenient.encodeToString(l.message, random.nextInt(10));
        return List.of(
                () -> frame(Reason.MISSING_CHECKSUM, requiring, l.text,
                        l.describe() + " without a trailer, checksum required"),
                () -> frame(Reason.MISSING_CHECKSUM, l.lenient, sealed.substring(0, sealed.length() - 6),
                        l.describe() + " with AY but no AZ"));
    }

    private static List<Supplier<InvalidFrame>> badSequenceNumber(Layout l, RandomGenerator random) {
        char sequence = NON_DIGIT.charAt(random.nextInt(NON_DIGIT.length()));
        List<Supplier<InvalidFrame>> candidates = new ArrayList<>();
        candidates.add(() -> frame(Reason.BAD_SEQUENCE_NUMBER, l.lenient, seal(l.lenient, l.text, sequence),
                l.describe() + " with sequence number '" + sequence + "'"));
        if (RESENDS.contains(l.type)) {
            char digit = (char) ('0' + random.nextInt(10));
            candidates.add(() -> frame(Reason.BAD_SEQUENCE_NUMBER, l.strict, seal(l.strict, l.text, digit),
                    l.describe() + " with sequence number " + digit + ", which it must not carry"));
        }
        return candidates;
    }

    private static List<Supplier<InvalidFrame>> illegalCharacter(Layout l, RandomGenerator random) {
        String text = l.text;
        int at = l.head.length() + random.nextInt(text.length() - l.head.length() + 1);
        Charset charset = l.lenient.charset();
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
        String description = l.describe() + " with " + what + " at column " + (at + 1);
        return List.of(() -> new InvalidFrame(Reason.ILLEGAL_CHARACTER, out.toByteArray(), l.lenient, null,
                description));
    }

    // ------------------------------------------------------------------ frames not of a message type

    private static InvalidFrame unknownMessageCode(RandomGenerator random) {
        Sip2Codec codec = lenient(oneOf(CHARSETS, random)).toBuilder()
                .unknownMessagePolicy(UnknownMessagePolicy.REJECT)
                .build();
        String code = undefinedCode(codec, random);
        UnknownMessage message = new UnknownMessage(code, printable(random, random.nextInt(40)));
        return frame(Reason.UNKNOWN_MESSAGE_CODE, codec, codec.encodeToString(message),
                "message with undefined code \"" + code + "\"");
    }

    private static InvalidFrame undefinedCodeWhereAKnownOneIsExpected(RandomGenerator random) {
        Sip2Codec codec = lenient(oneOf(CHARSETS, random));
        String code = undefinedCode(codec, random);
        Class<? extends Sip2Message> expected = random.nextBoolean() ? ScMessage.class : AcsMessage.class;
        UnknownMessage message = new UnknownMessage(code, printable(random, random.nextInt(20)));
        return new InvalidFrame(Reason.UNEXPECTED_MESSAGE_TYPE, bytes(codec, codec.encodeToString(message)), codec,
                expected, "message with undefined code \"" + code + "\" where " + expected.getSimpleName()
                        + " is expected");
    }

    private static String undefinedCode(Sip2Codec codec, RandomGenerator random) {
        String code;
        do {
            code = printable(random, 2);
        } while (MessageType.fromCode(code).isPresent() || code.indexOf(codec.fieldDelimiter()) >= 0);
        return code;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A valid message of one type, without unknown fields, and its frame without trailer taken apart: the code and
     * fixed part, then the tagged fields (id and value, without delimiter) in frame order.
     */
    private static final class Layout {
        final MessageType type;
        final Sip2Codec lenient;
        final Sip2Codec strict;
        final Sip2Message message;
        final String text;
        final String head;
        final List<String> fields;
        final char delimiter;

        Layout(MessageType type, Charset charset, RandomGenerator random) {
            this.type = type;
            this.lenient = lenient(charset);
            this.strict = Sip2Codec.strict().toBuilder().charset(charset).build();
            this.message = RecordAccess.withoutUnknownFields(Sip2Generators.forCharset(charset).message(type, random));
            this.text = lenient.encodeToString(message);
            this.head = text.substring(0, 2 + fixedPartLength(lenient, message));
            this.delimiter = lenient.fieldDelimiter();
            List<String> split = new ArrayList<>();
            int from = head.length();
            while (from < text.length()) {
                int to = text.indexOf(delimiter, from);
                if (to < 0) {
                    to = text.length();
                }
                split.add(text.substring(from, to));
                from = to + 1;
            }
            this.fields = List.copyOf(split);
        }

        int fixedLength() {
            return head.length() - 2;
        }

        /** The code and fixed part followed by the fields, each with its delimiter. */
        String with(List<String> someFields) {
            StringBuilder out = new StringBuilder(head);
            for (String field : someFields) {
                out.append(field).append(delimiter);
            }
            return out.toString();
        }

        String describe() {
            return type.code() + " " + type.messageClass().getSimpleName();
        }
    }

    private static Sip2Codec lenient(Charset charset) {
        return Sip2Codec.defaults().toBuilder().charset(charset).build();
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
}
