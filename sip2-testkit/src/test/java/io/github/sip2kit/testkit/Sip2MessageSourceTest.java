package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.Sip2Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;

class Sip2MessageSourceTest {

    @ParameterizedTest
    @Sip2MessageSource(types = MessageType.CHECKOUT, count = 20)
    void feedsMessagesOfTheListedTypeToAParameterizedTest(CheckoutRequest request) {
        assertThat(Sip2Codec.strict().decode(Sip2Codec.strict().encode(request))).isEqualTo(request);
    }

    @ParameterizedTest
    @Sip2MessageSource(count = 62, charset = "UTF-8", conformance = Conformance.MODEL)
    void feedsMessagesOfEveryTypeInTheChosenCharsetAndConformance(Sip2Message message) {
        Sip2Codec codec = Sip2Codec.builder().charset(StandardCharsets.UTF_8).build();
        assertThat(codec.decode(codec.encode(message))).isEqualTo(message);
    }

    @Test
    void takesTheTypesInTurnAndNamesEachCaseWithTheSeed() throws Exception {
        List<Named<?>> cases = provide("twoTypes");

        assertThat(cases).hasSize(5);
        assertThat(cases).extracting(c -> c.getPayload().getClass().getSimpleName())
                .containsExactly("CheckinRequest", "CheckinResponse", "CheckinRequest", "CheckinResponse",
                        "CheckinRequest");
        long seed = Sip2MessageArgumentsProvider.seed(42);
        assertThat(cases.get(3).getName()).isEqualTo("-Dsip2.seed=" + seed + " 10 CheckinResponse #3");
    }

    @Test
    void theSameSeedGivesTheSameMessages() throws Exception {
        assertThat(provide("twoTypes").stream().map(Named::getPayload).collect(Collectors.toList()))
                .isEqualTo(provide("twoTypes").stream().map(Named::getPayload).collect(Collectors.toList()));
    }

    @Test
    void edgeCasesOnlyGivesUnknownFieldsInEveryMessage() throws Exception {
        assertThat(provide("edgeCases")).extracting(c -> RecordAccess.unknownFields((Sip2Message) c.getPayload()))
                .allMatch(fields -> !fields.isEmpty());
    }

    @Test
    void rejectsANegativeCount() throws Exception {
        assertThatIllegalArgumentException().isThrownBy(() -> provide("negativeCount"))
                .withMessage("count: -1 (expected: 0 or more)");
    }

    @Sip2MessageSource(types = {MessageType.CHECKIN, MessageType.CHECKIN_RESPONSE}, count = 5, seed = 42)
    void twoTypes() {
    }

    @Sip2MessageSource(types = MessageType.ACS_STATUS, count = 10, edgeCasesOnly = true)
    void edgeCases() {
    }

    @Sip2MessageSource(count = -1)
    void negativeCount() {
    }

    private static List<Named<?>> provide(String method) throws Exception {
        Sip2MessageArgumentsProvider provider = new Sip2MessageArgumentsProvider();
        provider.accept(Sip2MessageSourceTest.class.getDeclaredMethod(method).getAnnotation(Sip2MessageSource.class));
        return provider.provideArguments(null, null)
                .map(Arguments::get)
                .map(arguments -> (Named<?>) arguments[0])
                .collect(Collectors.toList());
    }
}
