package io.github.sip2kit.testkit.codec;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2DecodeException.Violation;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.testkit.Conformance;
import io.github.sip2kit.testkit.Sip2Generators;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.RawField;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round-trip contract over generated messages of all 31 types, in IBM850 and UTF-8, with and without error
 * detection: {@code decode(encode(m)) == m}; the canonical text re-encodes to itself; a frame in any field order
 * re-encodes byte-exact; and the strict codec accepts every spec-conformant frame.
 *
 * <p>The base seed is random unless {@code -Dsip2.seed=N} fixes it (Surefire passes Maven's user properties on to the
 * test JVM); every assertion prints it with the message type and case number, so a failure can be replayed with
 * {@code ./mvnw -pl sip2-testkit test -Dtest=RoundTripPropertyTest -Dsip2.seed=N}.
 *
 * <p>It lives in the testkit, next to the generators it draws from, because the codec module cannot depend on the
 * testkit.
 */
class RoundTripPropertyTest {

    private static final int CASES_PER_TYPE = 32;
    private static final long BASE_SEED = Long.getLong("sip2.seed", new SplittableRandom().nextLong());

    private static final List<Sip2Codec> LENIENT =
            List.of(Sip2Codec.defaults(), Sip2Codec.builder().charset(UTF_8).build());
    private static final List<Sip2Codec> STRICT =
            List.of(Sip2Codec.strict(), Sip2Codec.strict().toBuilder().charset(UTF_8).build());

    /** What a strict codec may object to in a message that uses values only the model allows. */
    private static final Set<Reason> MODEL_ONLY_REASONS =
            EnumSet.of(Reason.INVALID_FIXED_FIELD, Reason.INVALID_FIELD_VALUE, Reason.INVALID_FIELD_ID,
                    Reason.ILLEGAL_CHARACTER);

    static Stream<Arguments> cases() {
        return Stream.of(MessageType.values())
                .flatMap(type -> IntStream.range(0, CASES_PER_TYPE).mapToObj(n -> Arguments.of(type, n)));
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("cases")
    void decodingTheEncodedMessageGivesItBack(MessageType type, int caseNumber) {
        SplittableRandom random = random(type, caseNumber, 1);
        for (Sip2Codec codec : LENIENT) {
            for (Conformance conformance : Conformance.values()) {
                Sip2Message message = generators(codec, conformance).message(type, random);
                String description = description(type, caseNumber, codec, conformance);

                byte[] plain = codec.encode(message);
                Sip2Frame frame = codec.decodeFrame(plain);
                assertThat(frame.message()).as(description + " %s", wire(plain)).isEqualTo(message);
                assertThat(frame.sequenceNumber()).as(description).isEmpty();
                assertThat(frame.checksum()).as(description).isEqualTo(ChecksumStatus.ABSENT);
                assertThat(codec.decode(codec.encodeToString(message))).as(description).isEqualTo(message);

                int sequence = random.nextInt(10);
                byte[] sealed = codec.encode(message, sequence);
                Sip2Frame sealedFrame = codec.decodeFrame(sealed);
                assertThat(sealedFrame.message()).as(description + " %s", wire(sealed)).isEqualTo(message);
                assertThat(sealedFrame.sequenceNumber()).as(description)
                        .isEqualTo(isResend(type) ? OptionalInt.empty() : OptionalInt.of(sequence));
                assertThat(sealedFrame.checksum()).as(description).isEqualTo(ChecksumStatus.VERIFIED);
            }
        }
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("cases")
    void reencodingACanonicalFrameGivesTheSameBytes(MessageType type, int caseNumber) {
        SplittableRandom random = random(type, caseNumber, 2);
        for (Sip2Codec codec : LENIENT) {
            for (Conformance conformance : Conformance.values()) {
                Sip2Message message = generators(codec, conformance).message(type, random);
                String description = description(type, caseNumber, codec, conformance);

                byte[] plain = codec.encode(message);
                assertThat(wire(codec.encode(codec.decode(plain)))).as(description).isEqualTo(wire(plain));
                assertThat(wire(codec.encode(codec.decodeFrame(plain)))).as(description).isEqualTo(wire(plain));
                String text = codec.encodeToString(message);
                assertThat(codec.encodeToString(codec.decode(text))).as(description).isEqualTo(text);

                byte[] sealed = codec.encode(message, random.nextInt(10));
                assertThat(wire(codec.encode(codec.decodeFrame(sealed)))).as(description).isEqualTo(wire(sealed));
            }
        }
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("cases")
    void aFrameInAnotherFieldOrderReencodesByteExact(MessageType type, int caseNumber) {
        SplittableRandom random = random(type, caseNumber, 3);
        for (Sip2Codec codec : LENIENT) {
            for (Conformance conformance : Conformance.values()) {
                Sip2Message message = generators(codec, conformance).message(type, random);
                String description = description(type, caseNumber, codec, conformance);

                List<String> specOrder = codec.decodeFrame(codec.encode(message)).fieldOrder();
                List<String> order = Sip2Generators.shuffled(specOrder, random);
                Sip2Frame shuffled = random.nextBoolean()
                        ? new Sip2Frame(message, OptionalInt.empty(), ChecksumStatus.ABSENT, order)
                        : new Sip2Frame(message, isResend(type) ? OptionalInt.empty() : OptionalInt.of(random.nextInt(10)),
                                ChecksumStatus.VERIFIED, order);

                byte[] wire = codec.encode(shuffled);
                String described = description + " order " + order + ": " + wire(wire);
                Sip2Frame decoded = codec.decodeFrame(wire);
                assertThat(decoded.fieldOrder()).as(described).isEqualTo(order);
                assertThat(decoded.sequenceNumber()).as(described).isEqualTo(shuffled.sequenceNumber());
                assertThat(decoded.checksum()).as(described).isEqualTo(shuffled.checksum());
                // Unknown fields are listed in arrival order, so the shuffle reorders them too.
                assertThat(decoded.message()).as(described).isEqualTo(inArrivalOrder(message, order));
                assertThat(wire(codec.encode(decoded))).as(description).isEqualTo(wire(wire));
            }
        }
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("cases")
    void theStrictCodecAcceptsEverySpecConformantFrame(MessageType type, int caseNumber) {
        SplittableRandom random = random(type, caseNumber, 4);
        for (Sip2Codec codec : STRICT) {
            Sip2Message message = generators(codec, Conformance.SPEC).message(type, random);
            String description = description(type, caseNumber, codec, Conformance.SPEC);
            byte[] sealed = codec.encode(message, random.nextInt(10));
            for (byte[] wire : List.of(codec.encode(message), sealed)) {
                try {
                    assertThat(codec.decode(wire)).as(description).isEqualTo(message);
                } catch (Sip2DecodeException e) {
                    fail(description + " rejected " + wire(wire) + ": " + e.violations(), e);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("cases")
    void theStrictCodecObjectsOnlyToValuesOutsideTheSpec(MessageType type, int caseNumber) {
        SplittableRandom random = random(type, caseNumber, 5);
        for (Sip2Codec codec : STRICT) {
            Sip2Message message = generators(codec, Conformance.MODEL).message(type, random);
            String description = description(type, caseNumber, codec, Conformance.MODEL);
            byte[] wire = codec.encode(message);
            DecodeResult result = codec.tryDecode(wire);
            if (result instanceof DecodeResult.Decoded decoded) {
                assertThat(decoded.frame().message()).as(description).isEqualTo(message);
            } else {
                List<Violation> violations = ((DecodeResult.Malformed) result).error().violations();
                assertThat(violations).as(description + " %s", wire(wire))
                        .extracting(Violation::reason)
                        .allMatch(MODEL_ONLY_REASONS::contains);
            }
        }
    }

    private static SplittableRandom random(MessageType type, int caseNumber, int property) {
        long index = ((long) type.ordinal() * CASES_PER_TYPE + caseNumber) * 8 + property;
        return new SplittableRandom(BASE_SEED + index * 0x9E3779B97F4A7C15L);
    }

    private static Sip2Generators generators(Sip2Codec codec, Conformance conformance) {
        return Sip2Generators.forCharset(codec.charset()).withConformance(conformance);
    }

    private static String description(MessageType type, int caseNumber, Sip2Codec codec, Conformance conformance) {
        return "-Dsip2.seed=" + BASE_SEED + " " + type + " case " + caseNumber + " (" + codec.charset() + ", "
                + codec.strictness() + ", " + conformance + ")";
    }

    /** The message as a decoder sees it when its fields arrive in {@code order}: unknown fields in that order. */
    private static Sip2Message inArrivalOrder(Sip2Message message, List<String> order) {
        List<RawField> pending = new ArrayList<>(unknownFields(message));
        List<RawField> arrived = new ArrayList<>(pending.size());
        for (String id : order) {
            for (int i = 0; i < pending.size(); i++) {
                if (pending.get(i).id().equals(id)) {
                    arrived.add(pending.remove(i));
                    break;
                }
            }
        }
        return withUnknownFields(message, arrived);
    }

    /** The record with its last component, the unknown fields, replaced: through its canonical constructor. */
    private static Sip2Message withUnknownFields(Sip2Message message, List<RawField> unknownFields) {
        RecordComponent[] components = message.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("unknownFields")
                        ? unknownFields
                        : components[i].getAccessor().invoke(message);
            }
            return (Sip2Message) message.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot copy " + message.getClass().getSimpleName(), e);
        }
    }

    private static List<RawField> unknownFields(Sip2Message message) {
        return message instanceof ScMessage
                ? ((ScMessage) message).unknownFields()
                : ((AcsMessage) message).unknownFields();
    }

    private static boolean isResend(MessageType type) {
        return type == MessageType.REQUEST_ACS_RESEND || type == MessageType.REQUEST_SC_RESEND;
    }

    /** The bytes one to one as characters, so that a failed comparison shows the exact difference. */
    static String wire(byte[] bytes) {
        return new String(bytes, ISO_8859_1);
    }
}
