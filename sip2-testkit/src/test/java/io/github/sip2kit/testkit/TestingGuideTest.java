package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.client.Sip2OutcomeUnknownException;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The code blocks of docs/testing.md, statement for statement (only the assertion style differs: the page uses
 * JUnit's assertions, this test AssertJ's where it checks more).
 */
@Timeout(60)
class TestingGuideTest {

    // ------------------------------------------------------------------ Java developers

    @RegisterExtension
    @Order(1)
    final FakeAcsExtension acs = FakeAcsExtension.demoLibrary(); // a fresh demo library for each test

    @RegisterExtension
    @Order(2)
    final FakeScExtension sc = FakeScExtension.connectingTo(acs);

    private Sip2Server server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aClientAgainstTheDemoLibrary() {
        try (Sip2Client client = acs.clientBuilder()
                .credentials("kiosk1", "kiosk1-pass")
                .institutionId("MAIN")
                .build()) {
            CheckoutResponse response = client.checkout("PAT-0001", "ITM-0001");
            assertThat(response.ok()).isTrue();
        }
        assertThat(acs.library().item("ITM-0001").orElseThrow().chargedTo()).hasValue("PAT-0001");
        assertThat(acs.acs().count(MessageType.CHECKOUT)).isEqualTo(1);
    }

    @Test
    void aLostResponse() {
        acs.acs().inject(RequestMatcher.nth(MessageType.CHECKOUT, 1), Fault.drop())
                .inject(RequestMatcher.type(MessageType.REQUEST_ACS_RESEND), Fault.drop());

        try (Sip2Client client = acs.clientBuilder()
                .credentials("kiosk1", "kiosk1-pass")
                .institutionId("MAIN")
                .responseTimeout(Duration.ofMillis(300))
                .build()) {
            assertThatThrownBy(() -> client.checkout("PAT-0001", "ITM-0001"))
                    .isInstanceOf(Sip2OutcomeUnknownException.class);
        }
        assertThat(acs.acs().codes()).containsExactly("93", "11", "97", "97");
        assertThat(acs.library().item("ITM-0001").orElseThrow().chargedTo()).hasValue("PAT-0001");
    }

    @Test
    void aScriptedAcs() {
        try (FakeAcs scripted = FakeAcs.builder()
                .respond(RequestMatcher.type(MessageType.ITEM_INFORMATION), request -> ItemInformationResponse
                        .builder()
                        .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                        .itemIdentifier("31234000012345")
                        .titleIdentifier("A Scripted Title")
                        .build())
                .respondRaw(RequestMatcher.nth(MessageType.SC_STATUS, 1), "96")
                .inject(RequestMatcher.nthFrame(3), Fault.corruptChecksum())
                .start();
                Sip2Client client = scripted.clientBuilder().build()) {
            assertThat(client.itemInformation("31234000012345").titleIdentifier()).isEqualTo("A Scripted Title");
            AcsStatus status = client.scStatus(); // 96 first: the client sends the 99 again
            assertThat(status.institutionId()).isEqualTo(FakeAcs.OPEN_INSTITUTION);
            assertThat(scripted.codes()).containsExactly("17", "99", "99", "97");
        }
    }

    // ------------------------------------------------------------------ ILS vendors

    /** The vendor's contract test; run by {@link #theContractTestOfTheGuidePasses()}. */
    static final class LibraryContract extends Sip2BackendContractTest {
        private final InMemoryLibraryBackend backend = new InMemoryLibraryBackend(InMemoryLibrary.defaultData());

        @Override
        protected void registerHandlers(Sip2Server.Builder server) {
            server.onCheckout(backend::checkout)
                    .onCheckin(backend::checkin)
                    .onPatronInformation(backend::patronInformation)
                    .onItemInformation(backend::itemInformation);
        }

        @Override
        protected String institutionId() {
            return "MAIN";
        }

        @Override
        protected String knownPatronIdentifier() {
            return "PAT-0001";
        }

        @Override
        protected String knownPatronPassword() {
            return "1111";
        }

        @Override
        protected String knownItemIdentifier() {
            return "ITM-0001";
        }
    }

    @Test
    void theContractTestOfTheGuidePasses() {
        assertThat(BackendContractViolationsTest.failures(LibraryContract.class)).isEmpty();
    }

    @Test
    void aFakeScAgainstTheVendorsServer() throws Exception {
        InMemoryLibraryBackend backend = new InMemoryLibraryBackend(InMemoryLibrary.defaultData());
        server = Sip2Server.builder()
                .policies(DemoAccounts.policies())
                .onCheckout(backend::checkout)
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .build()
                .start();

        try (FakeSc kiosk = FakeSc.connect(server.localAddress())) {
            kiosk.request(LoginRequest.builder().loginUserId("kiosk1").loginPassword("kiosk1-pass").build());
            CheckoutRequest checkout = CheckoutRequest.builder()
                    .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                    .institutionId("MAIN").patronIdentifier("PAT-0001").itemIdentifier("ITM-0001")
                    .build();

            Optional<CapturedFrame> resend = kiosk.send(checkout, Fault.corruptChecksum());
            assertThat(resend.map(CapturedFrame::text)).hasValue("96AZFEF6");   // the server asks for it again

            CapturedFrame first = kiosk.send(checkout, Fault.duplicate()).orElseThrow();
            CapturedFrame second = kiosk.awaitResponse(Duration.ofSeconds(5)).orElseThrow();
            assertThat(second.text()).isEqualTo(first.text());                  // answered twice, lent once
        }
    }

    // ------------------------------------------------------------------ test authors

    @Test
    void aFakeScWithRawFrames() {
        FakeSc kiosk = sc.sc();

        Optional<CapturedFrame> login = kiosk.sendRaw("9300CNkiosk1|COkiosk1-pass|AY0AZF52C");
        Optional<CapturedFrame> garbage = kiosk.sendRaw("11garbage");

        assertThat(login.map(CapturedFrame::text)).hasValue("941AY0AZFDFD");
        assertThat(garbage.map(CapturedFrame::code)).hasValue("96");
        assertThat(acs.acs().received()).extracting(CapturedFrame::code).containsExactly("93", "11");
        assertThat(acs.acs().received(MessageType.CHECKOUT).get(0).decodeError()).isPresent();
    }

    @Test
    void anyHandlersBehindAFakeAcs() {
        try (FakeAcs custom = FakeAcs.builder()
                .server(server -> server.onCheckout((request, session) -> Responses.checkout(request, session)
                        .ok(true)
                        .titleIdentifier("Anything")
                        .dueDate("20300101    235900")
                        .build()))
                .inject(RequestMatcher.type(MessageType.CHECKOUT),
                        Fault.delay(Duration.ofMillis(50)).and(Fault.split(3)))
                .start();
                FakeSc kiosk = FakeSc.connect(custom.address())) {
            CheckoutResponse response = kiosk.request(CheckoutRequest.builder()
                    .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                    .institutionId("ANY").patronIdentifier("P").itemIdentifier("I")
                    .build());
            assertThat(response.titleIdentifier()).isEqualTo("Anything");
            assertThat(kiosk.request(ScStatus.builder().build()).onlineStatus()).isTrue();
        }
    }
}
