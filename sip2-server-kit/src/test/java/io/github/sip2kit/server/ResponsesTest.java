package io.github.sip2kit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.field.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ResponsesTest {

    private static final Sip2Codec CODEC = Sip2Codec.defaults();
    private final Sip2Session session = Sip2Session.builder()
            .institutionId("session-lib")
            .clock(Clock.fixed(Instant.parse("2024-01-15T10:30:01Z"), ZoneOffset.UTC))
            .build();

    @Test
    void prefillsACheckoutResponseFromItsRequestAndTheSessionClock() {
        CheckoutRequest request = CODEC.decode(
                "11YN19960212    10051419960212    100514AOMAIN|AA104000000105|AB000000000005792|AC|",
                CheckoutRequest.class);

        String wire = CODEC.encodeToString(Responses.checkout(request, session).ok(true).build());

        assertThat(wire).isEqualTo("121NUN20240115    103001AOMAIN|AA104000000105|AB000000000005792|AJ|AH|");
    }

    @Test
    void fallsBackToTheSessionsInstitutionWhenTheRequestHasNone() {
        CheckoutRequest request = CODEC.decode(
                "11YN19960212    10051419960212    100514AO|AA1|AB2|AC|", CheckoutRequest.class);

        assertThat(Responses.checkout(request, session).build().institutionId()).isEqualTo("session-lib");
    }

    @Test
    void copiesRenewIdentifiersAndPatronLanguageAndFeeTransaction() {
        RenewRequest renew = CODEC.decode(
                "29NN20240115    103000                  AOMAIN|AA21234567890|AB31234000000011|", RenewRequest.class);
        PatronInformationRequest info = CODEC.decode(
                "6300319980723    091905Y         AOInstitutionID|AAPatronID|", PatronInformationRequest.class);
        FeePaidRequest fee = CODEC.decode(
                "3719980723    0932110401USDBV111.11|AOInst|AAPatronID|BKTransactionID|", FeePaidRequest.class);

        assertThat(Responses.renew(renew, session).build().itemIdentifier()).isEqualTo("31234000000011");
        assertThat(Responses.patronInformation(info, session).build().language()).isEqualTo(Language.of("003"));
        assertThat(Responses.feePaid(fee, session).build().transactionId()).contains("TransactionID");
    }
}
