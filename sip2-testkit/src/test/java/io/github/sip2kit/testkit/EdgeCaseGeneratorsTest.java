package io.github.sip2kit.testkit;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The edge-case generators: every message they make is valid (strict codec for SPEC), and the edge cases the
 * documentation promises do occur. The base seed is random unless {@code -Dsip2.seed=N} fixes it.
 */
class EdgeCaseGeneratorsTest {

    private static final long BASE_SEED = Long.getLong("sip2.seed", new SplittableRandom().nextLong());
    private static final Charset IBM850 = Charset.forName("IBM850");

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void edgeCaseMessagesOfEveryTypeRoundTripThroughTheStrictCodec(MessageType type) {
        for (Sip2Codec codec : List.of(Sip2Codec.strict(), Sip2Codec.strict().toBuilder().charset(UTF_8).build())) {
            Sip2Generators generators = Sip2Generators.forCharset(codec.charset()).withEdgeCasesOnly();
            SplittableRandom random = new SplittableRandom(BASE_SEED + type.ordinal());
            for (int i = 0; i < 20; i++) {
                Sip2Message message = generators.message(type, random);
                String description = "-Dsip2.seed=" + BASE_SEED + " " + type + " #" + i + " " + codec.charset();
                assertThat(codec.decode(codec.encode(message))).as(description).isEqualTo(message);
                if (type != MessageType.REQUEST_ACS_RESEND && type != MessageType.REQUEST_SC_RESEND) {
                    assertThat(RecordAccess.unknownFields(message)).as(description).isNotEmpty();
                }
            }
        }
    }

    @Test
    void edgeCaseTextsAreEmptyMaximalNonAsciiOrTrailerLike() {
        FieldValueGenerator values = new FieldValueGenerator(new SplittableRandom(BASE_SEED), IBM850, Conformance.SPEC)
                .withEdgeCasesOnly();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(values.text());
        }

        assertThat(values.edgeCasesOnly()).isTrue();
        assertThat(texts).as("-Dsip2.seed=%d", BASE_SEED)
                .contains("")
                .anyMatch(t -> t.length() == FieldValueGenerator.MAX_FIELD_LENGTH)
                .anyMatch(t -> !t.isEmpty() && t.chars().allMatch(c -> c > 0x7f))
                .anyMatch(t -> t.endsWith("AZ1234") || t.endsWith("AZ") || t.endsWith("AY"))
                .allMatch(t -> IBM850.newEncoder().canEncode(t));
    }

    @Test
    void nonAsciiTextUsesLettersTheCharsetEncodes() {
        SplittableRandom random = new SplittableRandom(BASE_SEED);
        String ibm850 = new FieldValueGenerator(random, IBM850, Conformance.SPEC).nonAsciiText(50);
        String utf8 = new FieldValueGenerator(random, UTF_8, Conformance.SPEC).nonAsciiText(50);
        String ascii = new FieldValueGenerator(random, US_ASCII, Conformance.SPEC).nonAsciiText(50);

        assertThat(ibm850).hasSize(50).matches(t -> t.chars().allMatch(c -> c > 0x7f) && IBM850.newEncoder().canEncode(t));
        assertThat(utf8).hasSize(50).matches(t -> t.chars().allMatch(c -> c > 0x7f));
        assertThat(ascii).hasSize(50).matches("[a-z]+");
        assertThat(new FieldValueGenerator(random, UTF_8, Conformance.SPEC).maxLengthText()).hasSize(255);
    }

    @Test
    void edgeCaseCountsAndDatesAreBlankOrAtTheLimits() {
        FieldValueGenerator values = new FieldValueGenerator(new SplittableRandom(BASE_SEED), UTF_8, Conformance.SPEC)
                .withEdgeCasesOnly();
        List<OptionalInt> counts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            counts.add(values.count());
            assertThat(values.timestampOrBlank()).isEqualTo(Sip2Timestamp.BLANK);
            assertThat(values.timestamp().wire()).matches("(0000|9999)(0101|1231)(    |   Z)(000000|235959)");
        }

        assertThat(counts).contains(OptionalInt.empty(), OptionalInt.of(0), OptionalInt.of(9999)).hasSize(100)
                .allMatch(c -> c.isEmpty() || c.getAsInt() == 0 || c.getAsInt() == 9999);
    }

    @Test
    void theSameSeedGivesTheSameEdgeCaseMessages() {
        Sip2Generators generators = Sip2Generators.forCharset(IBM850).withEdgeCasesOnly();
        PatronInformationResponse first = (PatronInformationResponse) generators.message(
                MessageType.PATRON_INFORMATION_RESPONSE, new SplittableRandom(BASE_SEED));
        PatronInformationResponse second = (PatronInformationResponse) generators.message(
                MessageType.PATRON_INFORMATION_RESPONSE, new SplittableRandom(BASE_SEED));

        assertThat(second).isEqualTo(first);
        assertThat(generators.edgeCasesOnly()).isTrue();
        assertThat(generators.withConformance(Conformance.MODEL).edgeCasesOnly()).isTrue();
    }
}
