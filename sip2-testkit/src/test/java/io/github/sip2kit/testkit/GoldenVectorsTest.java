package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.UnknownMessage;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldenVectorsTest {

    static List<GoldenVector> vectors() {
        return GoldenVectors.all();
    }

    @Test
    void shipsEveryVectorOfTheCodecCoveringEveryMessageType() {
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        for (GoldenVector vector : GoldenVectors.all()) {
            RecordAccess.type(vector.message()).ifPresent(types::add);
        }

        assertThat(GoldenVectors.all()).hasSizeGreaterThanOrEqualTo(2 * MessageType.values().length);
        assertThat(types).containsExactlyInAnyOrder(MessageType.values());
        assertThat(GoldenVectors.all()).extracting(GoldenVector::message).hasAtLeastOneElementOfType(UnknownMessage.class);
        assertThat(GoldenVectors.all().stream().map(GoldenVector::name).collect(Collectors.toSet()))
                .hasSameSizeAs(GoldenVectors.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theDecodedFrameReencodesToTheBytes(GoldenVector vector) {
        assertThat(vector.codec().encode(vector.frame())).isEqualTo(vector.bytes());
        assertThat(vector.name()).startsWith(vector.message().code() + "-");
        assertThat(vector.codec().charset()).isEqualTo(vector.charset());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void aCanonicalVectorIsWhatEncodingItsMessageGives(GoldenVector vector) {
        Sip2Codec codec = vector.codec();
        byte[] encoded = vector.frame().sequenceNumber().isPresent()
                ? codec.encode(vector.message(), vector.frame().sequenceNumber().getAsInt())
                : vector.frame().checksum() != ChecksumStatus.ABSENT
                        ? codec.encode(vector.message(), 0)
                        : codec.encode(vector.message());

        if (vector.canonical()) {
            assertThat(encoded).isEqualTo(vector.bytes());
        } else {
            assertThat(encoded).isNotEqualTo(vector.bytes());
        }
    }

    @Test
    void findsAVectorByNameWithItsDescriptionAndCharset() {
        GoldenVector vector = GoldenVectors.named("11-checkout-reference.sip2");

        assertThat(vector.message()).isInstanceOf(CheckoutRequest.class);
        assertThat(vector.description()).startsWith("reference section 7 #11");
        assertThat(vector.charset().name()).isEqualTo("IBM850");
        assertThat(vector.canonical()).isTrue();
        assertThat(GoldenVectors.named("12-checkout-utf8-title.sip2").charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThatIllegalArgumentException().isThrownBy(() -> GoldenVectors.named("nope.sip2"))
                .withMessage("name: nope.sip2 (expected: the file name of a golden vector)");
    }

    @Test
    void theBytesAreACopy() {
        GoldenVector vector = GoldenVectors.all().get(0);
        vector.bytes()[0] = 'X';

        assertThat(vector.bytes()[0]).isNotEqualTo((byte) 'X');
    }
}
