package io.github.sip2kit.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Sip2FixturesTest {

    private static final List<Sip2Codec> STRICT =
            List.of(Sip2Codec.strict(), Sip2Codec.strict().toBuilder().charset(UTF_8).build());

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void theDefaultFixtureIsAValidMessageOfItsTypeThatTheStrictCodecRoundTrips(MessageType type) {
        Sip2Message message = Sip2Fixtures.of(type);

        assertThat(message).isInstanceOf(type.messageClass());
        assertThat(message.code()).isEqualTo(type.code());
        for (Sip2Codec codec : STRICT) {
            assertThat(codec.decode(codec.encode(message))).as("%s", codec).isEqualTo(message);
            assertThat(codec.decode(codec.encode(message, 3))).as("%s sealed", codec).isEqualTo(message);
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everySeededFixtureIsValidToo(MessageType type) {
        Sip2Fixtures.Seeded fixtures = Sip2Fixtures.seeded(type.ordinal());
        for (int i = 0; i < 20; i++) {
            Sip2Message message = fixtures.of(type);
            for (Sip2Codec codec : STRICT) {
                assertThat(codec.decode(codec.encode(message))).as("%s #%d", codec, i).isEqualTo(message);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void theDefaultFixtureIsTheSameOnEveryCall(MessageType type) {
        assertThat(Sip2Fixtures.of(type)).isEqualTo(Sip2Fixtures.of(type));
    }

    @Test
    void theDefaultCheckoutUsesTheDemoPatronItemAndDate() {
        CheckoutRequest request = Sip2Fixtures.checkoutRequest().build();

        assertThat(request.institutionId()).isEqualTo("MAIN");
        assertThat(request.patronIdentifier()).isEqualTo("PAT-0001");
        assertThat(request.patronPassword()).contains(Secret.of("1111"));
        assertThat(request.itemIdentifier()).isEqualTo("ITM-0001");
        assertThat(request.terminalPassword()).isEqualTo(Secret.EMPTY);
        assertThat(request.transactionDate()).isEqualTo(Sip2Fixtures.TRANSACTION_DATE);
        assertThat(request.nbDueDate()).isEqualTo(Sip2Timestamp.BLANK);
        assertThat(Sip2Codec.defaults().encodeToString(request))
                .isEqualTo("11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC|AD1111|");
    }

    @Test
    void aFixtureBuilderKeepsTheDefaultsATestDoesNotOverride() {
        CheckoutResponse refused = Sip2Fixtures.checkoutResponse().ok(false).dueDate("").build();

        assertThat(refused.ok()).isFalse();
        assertThat(refused.dueDate()).isEmpty();
        assertThat(refused.titleIdentifier()).isEqualTo(Sip2Fixtures.TITLE_IDENTIFIER);
        assertThat(refused.patronIdentifier()).isEqualTo(Sip2Fixtures.PATRON_IDENTIFIER);
    }

    @Test
    void theSameSeedGivesTheSameSequenceAndAnotherSeedAnotherOne() {
        assertThat(sequence(7)).isEqualTo(sequence(7));
        assertThat(sequence(7)).isNotEqualTo(sequence(8));
    }

    @Test
    void aSeededSequenceVariesItsValuesFromCallToCall() {
        Sip2Fixtures.Seeded fixtures = Sip2Fixtures.seeded(1);
        List<String> patrons = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            patrons.add(fixtures.checkoutRequest().build().patronIdentifier());
        }

        assertThat(patrons).doesNotHaveDuplicates().allMatch(p -> p.matches("PAT-\\d{4}"));
    }

    @Test
    void fixturesCarryNoUnknownFields() {
        for (MessageType type : MessageType.values()) {
            Sip2Message message = Sip2Fixtures.seeded(3).of(type);
            assertThat(message instanceof ScMessage
                    ? ((ScMessage) message).unknownFields()
                    : ((io.github.sip2kit.core.AcsMessage) message).unknownFields()).as("%s", type).isEmpty();
        }
        assertThat(Optional.of(Sip2Fixtures.loginRequest().build().loginPassword())).contains(Secret.of("kiosk1-pass"));
    }

    private static List<Sip2Message> sequence(long seed) {
        Sip2Fixtures.Seeded fixtures = Sip2Fixtures.seeded(seed);
        List<Sip2Message> messages = new ArrayList<>();
        for (MessageType type : MessageType.values()) {
            messages.add(fixtures.of(type));
        }
        return messages;
    }
}
