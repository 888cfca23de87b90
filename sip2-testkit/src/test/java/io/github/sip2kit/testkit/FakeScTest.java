package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import io.github.sip2kit.testkit.library.Item;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake SC against the real server (Netty transport) serving the demo library. */
@Timeout(30)
class FakeScTest {

    private static final Sip2Timestamp DATE = Sip2Timestamp.of(LocalDateTime.of(2026, 3, 10, 10, 30));

    private final InMemoryLibrary library = InMemoryLibrary.defaultData();
    private Sip2Server server;
    private FakeSc sc;

    @BeforeEach
    void start() throws Exception {
        server = Backends.register(Sip2Server.builder(), new InMemoryLibraryBackend(library))
                .policies(DemoAccounts.policies())
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .ioThreads(1)
                .workerThreads(2)
                .build()
                .start();
        sc = FakeSc.connect(server.localAddress());
    }

    @AfterEach
    void stop() {
        sc.close();
        server.shutdown(Duration.ofSeconds(5));
    }

    private void logIn() {
        assertThat(sc.request(LoginRequest.builder().loginUserId("kiosk1").loginPassword("kiosk1-pass").build()).ok())
                .isTrue();
    }

    private static CheckoutRequest checkout() {
        return CheckoutRequest.builder().transactionDate(DATE).institutionId("MAIN").patronIdentifier("PAT-0001")
                .itemIdentifier("ITM-0001").build();
    }

    private long loansOfItem1() {
        return library.item("ITM-0001").orElseThrow().chargedTo().isPresent() ? 1 : 0;
    }

    @Test
    void sealsEachRequestWithTheNextSequenceNumberAndRecordsTheResponses() {
        logIn();
        PatronStatusResponse status = sc.request(PatronStatusRequest.builder().transactionDate(DATE)
                .institutionId("MAIN").patronIdentifier("PAT-0001").build());

        assertThat(status.personalName()).isEqualTo("Alice Example");
        assertThat(sc.responses()).extracting(frame -> frame.sequenceNumber().getAsInt()).containsExactly(0, 1);
        assertThat(sc.nextSequenceNumber()).isEqualTo(2);
    }

    @Test
    void aCorruptedChecksumIsAnsweredWith96AndNothingIsExecuted() {
        logIn();

        Optional<CapturedFrame> answer = sc.send(checkout(), Fault.corruptChecksum());

        assertThat(answer).map(CapturedFrame::text).hasValue("96AZFEF6");
        assertThat(loansOfItem1()).isZero();
    }

    @Test
    void aRetransmissionWithTheSameSequenceNumberAndChecksumIsAnsweredTwiceButExecutedOnce() {
        logIn();

        CapturedFrame first = sc.send(checkout(), Fault.duplicate()).orElseThrow();
        CapturedFrame second = sc.awaitResponse(Duration.ofSeconds(5)).orElseThrow();

        assertThat(first.message(CheckoutResponse.class).ok()).isTrue();
        assertThat(second.text()).isEqualTo(first.text());
        Item item = library.item("ITM-0001").orElseThrow();
        assertThat(item.chargedTo()).hasValue("PAT-0001");
        assertThat(item.renewals()).as("a second checkout by the same patron would renew").isZero();
    }

    @Test
    void aRequestSplitAcrossWritesIsReassembledByTheServer() {
        logIn();

        Optional<CapturedFrame> answer = sc.send(checkout(), Fault.split(5, Duration.ofMillis(20)));

        assertThat(answer.orElseThrow().message(CheckoutResponse.class).ok()).isTrue();
    }

    @Test
    void theServerEchoesAWrongSequenceNumber() {
        logIn();

        CapturedFrame answer = sc.send(checkout(), Fault.wrongSequenceNumber()).orElseThrow();

        assertThat(answer.sequenceNumber()).hasValue(6);
    }

    @Test
    void aRequestCutOffMidFrameIsNeverExecuted() {
        logIn();

        assertThat(sc.send(checkout(), Fault.closeMidFrame())).isEmpty();

        try (FakeSc next = FakeSc.connect(server.localAddress())) {
            assertThat(next.request(LoginRequest.builder().loginUserId("kiosk1").loginPassword("kiosk1-pass")
                    .build()).ok()).isTrue();
            assertThat(next.request(PatronStatusRequest.builder().transactionDate(DATE).institutionId("MAIN")
                    .patronIdentifier("PAT-0001").build()).personalName()).isEqualTo("Alice Example");
        }
        assertThat(loansOfItem1()).isZero();
    }

    @Test
    void connectsFromAGivenLocalAddressToUseALoginFreePolicy() throws Exception {
        try (FakeSc fixed = FakeSc.builder().address(server.localAddress())
                .localAddress(InetAddress.getByName(DemoAccounts.LOGIN_FREE_ADDRESS)).connect()) {
            CheckoutResponse response = fixed.request(checkout());

            assertThat(fixed.localAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.2");
            assertThat(response.ok()).isTrue();
        }
    }

    @Test
    void aMessageSentWithoutErrorDetectionCarriesNoTrailer() {
        try (FakeSc plain = FakeSc.builder().address(server.localAddress()).errorDetection(false).connect()) {
            CapturedFrame login = plain.send(LoginRequest.builder().loginUserId("kiosk1").loginPassword("kiosk1-pass")
                    .build());

            assertThat(login.text()).isEqualTo("941");
            assertThat(MessageType.fromCode(login.code())).hasValue(MessageType.LOGIN_RESPONSE);
        }
    }
}
