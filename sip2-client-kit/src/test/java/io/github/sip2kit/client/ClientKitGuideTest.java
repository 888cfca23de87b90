package io.github.sip2kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Terminator;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The code blocks of docs/client-kit.md, statement for statement, run against the fake ACS (only the host, port
 * and the places that print differ). The TLS block is in {@link Sip2ClientTlsTest}, which has certificates.
 */
@Timeout(60)
class ClientKitGuideTest {

    private final String password = "Login-Pa55word";
    private final String pin = "Patron-Pa55";
    private FakeAcs fake;
    private String host;
    private int port;
    private PrintStream out;
    private ByteArrayOutputStream printed;

    @BeforeEach
    void startAcs() throws Exception {
        fake = new FakeAcs();
        host = "127.0.0.1";
        port = fake.port();
        printed = new ByteArrayOutputStream();
        out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopAcs() throws Exception {
        fake.close();
    }

    @Test
    void quickStartAndTypedRequests() {
        try (Sip2Client client = Sip2Client.builder()
                .address(host, port)
                .credentials("selfcheck1", Secret.of(password)) // logs in (93) on every new connection
                .locationCode("MAIN-1")
                .institutionId("MAIN")                           // AO for the convenience methods
                .build()) {
            client.connect(); // optional: the first request connects and logs in

            CheckoutResponse checkout = client.checkout("21234567890", "31234000012345");
            if (checkout.ok()) {
                out.println("due " + checkout.dueDate());
            } else {
                out.println("refused: " + checkout.screenMessages());
            }

            PatronInformationResponse patron = client.patronInformation(PatronInformationRequest.builder()
                    .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                    .summary(SummaryItem.CHARGED_ITEMS)
                    .institutionId("MAIN")
                    .patronIdentifier("21234567890")
                    .patronPassword(Secret.of(pin))
                    .startItem("1")
                    .endItem("10")
                    .build());

            ItemInformationResponse item = client.send(ItemInformationRequest.builder() // typed by the request
                    .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                    .institutionId("MAIN")
                    .itemIdentifier("31234000012345")
                    .build());

            assertThat(patron.patronIdentifier()).isEqualTo("21234567890");
            assertThat(item.itemIdentifier()).isEqualTo("31234000012345");
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("due 20260201    235900" + System.lineSeparator());
        assertThat(fake.codes()).containsExactly("93", "11", "63", "17");
    }

    @Test
    void vendorProfileWithExplicitErrorDetection() {
        Sip2Client koha = Sip2Client.builder()
                .address(host, port)
                .profile(VendorProfile.builtIn("koha").orElseThrow()) // UTF-8, CRLF
                .errorDetection(ErrorDetection.ON)
                .credentials("kiosk", Secret.of(password))
                .build();
        try (koha) {
            assertThat(koha.codec().charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(koha.codec().terminator()).isEqualTo(Terminator.CRLF);
            assertThat(koha.errorDetection()).isEqualTo(ErrorDetection.ON);
            assertThat(koha.scStatus().onlineStatus()).isTrue();
        }
    }

    @Test
    void errorHandlingSeparatesUnknownOutcomesFromSafeFailures() {
        FeePaidRequest feePaid = Requests.feePaid();
        fake.script(r -> r.code().equals("37") || r.code().equals("97") ? fake.drop() : null);
        try (Sip2Client client = Sip2Client.builder()
                .address(host, port)
                .responseTimeout(Duration.ofMillis(200))
                .build()) {
            try {
                FeePaidResponse paid = client.feePaid(feePaid);
                out.println(paid.paymentAccepted() ? "paid" : "refused: " + paid.screenMessages());
            } catch (Sip2OutcomeUnknownException e) {
                // The ACS may have taken the payment. Find out (patron information with the fee items) before asking again.
                out.println("unknown: " + e.getMessage());
            } catch (Sip2ClientException e) {
                // Not carried out (or a read-only request): safe to try again later.
                out.println("failed: " + e.getMessage());
            }
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("unknown: fee paid (37) to 127.0.0.1:");
        assertThat(fake.count("37")).isEqualTo(1);
    }

    @Test
    void pool() {
        try (Sip2ClientPool pool = Sip2ClientPool.builder(Sip2Client.builder()
                        .address(host, port)
                        .credentials("webopac", Secret.of(password))
                        .institutionId("MAIN"))
                .maxSize(4)                          // default 4
                .borrowTimeout(Duration.ofSeconds(5)) // default 30 s
                .build()) {
            PatronStatusResponse status = pool.execute(c -> c.patronStatus("21234567890"));
            AcsStatus acs = pool.send(ScStatus.builder().build());
            assertThat(status.institutionId()).isEqualTo("MAIN");
            assertThat(acs.onlineStatus()).isTrue();
        }
        assertThat(fake.codes()).containsExactly("93", "23", "99");
    }
}
