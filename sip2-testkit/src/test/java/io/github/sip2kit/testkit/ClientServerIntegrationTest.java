package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.client.Sip2ClientException;
import io.github.sip2kit.client.Sip2OutcomeUnknownException;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.ItemStatusUpdateResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronEnableResponse;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewAllResponse;
import io.github.sip2kit.core.RenewResponse;
import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import io.github.sip2kit.testkit.library.Item;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client kit against the server kit (issue 4's proof): {@link Sip2Client} talking to a real {@link Sip2Server}
 * that serves the demo library over loopback, for every message type and over TLS, and through a
 * {@link FakeAcs} that damages the server's responses.
 */
@Timeout(60)
class ClientServerIntegrationTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    private static Sip2Timestamp now() {
        return Sip2Timestamp.now(Clock.systemDefaultZone());
    }

    private static Sip2Server.Builder server(InMemoryLibrary library) {
        return Backends.register(Sip2Server.builder(), new InMemoryLibraryBackend(library))
                .policies(DemoAccounts.policies())
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .ioThreads(1)
                .workerThreads(2);
    }

    /** Checks that the item is on loan to the patron exactly once: charged to them, never renewed. */
    private static void assertOneLoan(InMemoryLibrary library, String patron, String itemId) {
        Item item = library.item(itemId).orElseThrow();
        assertThat(item.chargedTo()).as("borrower of %s", itemId).hasValue(patron);
        assertThat(item.renewals()).as("renewals of %s (a second checkout would renew it)", itemId).isZero();
    }

    /** Every typed method of the client against the real server over loopback. */
    @Nested
    class OverLoopback {

        private final InMemoryLibrary library = InMemoryLibrary.defaultData();
        private Sip2Server server;
        private Sip2Client client;

        @AfterEach
        void stop() {
            if (client != null) {
                client.close();
            }
            if (server != null) {
                server.shutdown(Duration.ofSeconds(5));
            }
        }

        private Sip2Client start() throws Exception {
            server = server(library).build().start();
            client = Sip2Client.builder()
                    .address("127.0.0.1", server.localAddress().getPort())
                    .credentials(DemoAccounts.MAIN_KIOSK_LOGIN, DemoAccounts.MAIN_KIOSK_PASSWORD)
                    .locationCode("MAIN-ADULT")
                    .institutionId("MAIN")
                    .build();
            return client;
        }

        @Test
        void scStatusAfterLoginListsEveryMessage() throws Exception {
            AcsStatus status = start().scStatus();

            assertThat(status.onlineStatus()).isTrue();
            assertThat(status.institutionId()).isEqualTo("MAIN");
            assertThat(status.supportedMessages()).containsExactlyInAnyOrder(SupportedMessage.values());
        }

        @Test
        void circulation() throws Exception {
            start();

            CheckoutResponse checkout = client.checkout("PAT-0001", "ITM-0001");
            RenewResponse renew = client.renew("PAT-0001", "ITM-0002");
            CheckinResponse checkin = client.checkin("ITM-0004");

            assertThat(checkout.ok()).isTrue();
            assertThat(checkout.titleIdentifier()).isEqualTo("The Example Handbook");
            assertThat(renew.ok()).isTrue();
            assertThat(renew.itemIdentifier()).isEqualTo("ITM-0002");
            assertThat(checkin.ok()).isTrue();
            assertOneLoan(library, "PAT-0001", "ITM-0001");
            assertThat(library.item("ITM-0004").orElseThrow().chargedTo()).isEmpty();
        }

        @Test
        void items() throws Exception {
            start();

            ItemInformationResponse info = client.itemInformation("ITM-0007");
            ItemStatusUpdateResponse update = client.itemStatusUpdate(ItemStatusUpdateRequest.builder()
                    .transactionDate(now()).institutionId("MAIN").itemIdentifier("ITM-0007")
                    .itemProperties("Sprache: Deutsch; Regal 4").build());
            ItemInformationResponse generic = client.send(ItemInformationRequest.builder()
                    .transactionDate(now()).institutionId("MAIN").itemIdentifier("ITM-0007").build());

            assertThat(info.titleIdentifier()).isEqualTo("Müller: Über Café-Kultur");
            assertThat(update.itemPropertiesOk()).isTrue();
            assertThat(generic.itemProperties()).hasValue("Sprache: Deutsch; Regal 4");
        }

        @Test
        void patrons() throws Exception {
            start();

            PatronStatusResponse blocked = client.patronStatus("PAT-0002");
            PatronEnableResponse enabled = client.patronEnable(PatronEnableRequest.builder().transactionDate(now())
                    .institutionId("MAIN").patronIdentifier("PAT-0002").build());
            PatronStatusResponse blockedAgain = client.blockPatron(BlockPatron.builder().cardRetained(false)
                    .transactionDate(now()).institutionId("MAIN").blockedCardMessage("Left in the machine")
                    .patronIdentifier("PAT-0003").build());
            PatronInformationResponse information =
                    client.patronInformation("PAT-0001", SummaryItem.CHARGED_ITEMS, 1, 10);
            EndSessionResponse end = client.endPatronSession("PAT-0001");

            assertThat(blocked.personalName()).isEqualTo("Bruno Blocked");
            assertThat(enabled.patronIdentifier()).isEqualTo("PAT-0002");
            assertThat(library.patron("PAT-0002").orElseThrow().blocked()).isFalse();
            assertThat(blockedAgain.patronIdentifier()).isEqualTo("PAT-0003");
            assertThat(library.patron("PAT-0003").orElseThrow().blocked()).isTrue();
            assertThat(information.chargedItems()).containsExactly("ITM-0002");
            assertThat(end.endSession()).isTrue();
        }

        @Test
        void holdsFeesAndRenewAll() throws Exception {
            start();

            HoldResponse hold = client.hold(HoldRequest.builder().holdMode(HoldMode.ADD).transactionDate(now())
                    .institutionId("MAIN").patronIdentifier("PAT-0003").itemIdentifier("ITM-0002").build());
            FeePaidResponse paid = client.feePaid(FeePaidRequest.builder().transactionDate(now())
                    .feeType(FeeType.OVERDUE).paymentType(PaymentType.CASH).currencyType(CurrencyType.USD)
                    .feeAmount("4.50").institutionId("MAIN").patronIdentifier("PAT-0003").feeIdentifier("FEE-0301")
                    .build());
            RenewAllResponse renewAll = client.renewAll(RenewAllRequest.builder().transactionDate(now())
                    .institutionId("MAIN").patronIdentifier("PAT-0004").patronPassword(Secret.of("4444")).build());

            assertThat(hold.ok()).isTrue();
            assertThat(hold.itemIdentifier()).hasValue("ITM-0002");
            assertThat(paid.paymentAccepted()).isTrue();
            assertThat(renewAll.renewedItems().size() + renewAll.unrenewedItems().size()).isEqualTo(3);
        }
    }

    /** The client over TLS, with a certificate made by keytool for this run. */
    @Nested
    class OverTls {

        private static final char[] PASSWORD = "changeit".toCharArray();

        @TempDir
        Path directory;

        private SSLContext context(KeyStore store, boolean withKey) throws Exception {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(withKey ? keys.getKeyManagers() : null, trust.getTrustManagers(), null);
            return context;
        }

        private KeyStore generateCertificate() throws Exception {
            Path store = directory.resolve("test.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "sip2kit-test",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext",
                    "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
            assertThat(process.exitValue()).as("keytool output: %s", output).isZero();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, PASSWORD);
            }
            return keyStore;
        }

        @Test
        void checksOutOverTlsWithHostNameVerification() throws Exception {
            KeyStore store = generateCertificate();
            InMemoryLibrary library = InMemoryLibrary.defaultData();
            try (Sip2Server server = server(library).tls(context(store, true)).build().start();
                    Sip2Client client = Sip2Client.builder()
                            .address("127.0.0.1", server.localAddress().getPort())
                            .tls(context(store, false))
                            .credentials(DemoAccounts.MAIN_KIOSK_LOGIN, DemoAccounts.MAIN_KIOSK_PASSWORD)
                            .institutionId("MAIN")
                            .build()) {
                assertThat(client.checkout("PAT-0001", "ITM-0001").ok()).isTrue();
                assertThat(client.scStatus().onlineStatus()).isTrue();
            }
            assertOneLoan(library, "PAT-0001", "ITM-0001");
        }

        @Test
        void refusesAServerItDoesNotTrust() throws Exception {
            KeyStore store = generateCertificate();
            try (Sip2Server server = server(InMemoryLibrary.defaultData()).tls(context(store, true)).build().start();
                    Sip2Client client = Sip2Client.builder()
                            .address("127.0.0.1", server.localAddress().getPort())
                            .tls(SSLContext.getDefault())
                            .credentials(DemoAccounts.MAIN_KIOSK_LOGIN, DemoAccounts.MAIN_KIOSK_PASSWORD)
                            .build()) {
                assertThatThrownBy(client::scStatus).isInstanceOf(Sip2ClientException.class);
            }
        }
    }

    /** The client's recovery, through a fake ACS that serves the library and damages responses. */
    @Nested
    class ThroughFaults {

        private final InMemoryLibrary library = InMemoryLibrary.defaultData();
        private final FakeAcs acs = FakeAcs.library(library);
        private final Sip2Client client = acs.clientBuilder()
                .credentials(DemoAccounts.MAIN_KIOSK_LOGIN, DemoAccounts.MAIN_KIOSK_PASSWORD)
                .institutionId("MAIN")
                .responseTimeout(SHORT)
                .build();

        @AfterEach
        void stop() {
            client.close();
            acs.close();
        }

        private void inject(Fault fault) {
            acs.inject(RequestMatcher.nth(MessageType.CHECKOUT, 1), fault);
        }

        @Test
        void aCorruptedChecksumIsRecoveredWith97() {
            inject(Fault.corruptChecksum());

            assertThat(client.checkout("PAT-0001", "ITM-0001").ok()).isTrue();

            assertThat(acs.codes()).containsExactly("93", "11", "97");
            assertOneLoan(library, "PAT-0001", "ITM-0001");
        }

        @Test
        void a96IsAnsweredByResendingTheRequest() {
            acs.respondRaw(RequestMatcher.nth(MessageType.CHECKOUT, 1), "96AZFEF6");

            assertThat(client.checkout("PAT-0001", "ITM-0001").ok()).isTrue();

            assertThat(acs.codes()).containsExactly("93", "11", "11");
            assertThat(acs.received(MessageType.CHECKOUT).get(1).text())
                    .isEqualTo(acs.received(MessageType.CHECKOUT).get(0).text());
            assertOneLoan(library, "PAT-0001", "ITM-0001");
        }

        @Test
        void aResponseWithTheWrongSequenceNumberIsDiscarded() {
            inject(Fault.wrongSequenceNumber());

            CheckoutResponse response = client.checkout("PAT-0001", "ITM-0001");

            assertThat(response.ok()).isTrue();
            assertThat(acs.codes()).containsExactly("93", "11", "97");
            assertOneLoan(library, "PAT-0001", "ITM-0001");
        }

        @Test
        void aResponseDelayedWithinTheTimeoutIsSimplyLate() {
            inject(Fault.delay(Duration.ofMillis(150)));

            assertThat(client.checkout("PAT-0001", "ITM-0001").ok()).isTrue();

            assertThat(acs.codes()).containsExactly("93", "11");
        }

        @Test
        void aResponseDelayedBeyondTheTimeoutArrivesWhileTheClientAsksAgainWith97() {
            inject(Fault.delay(Duration.ofMillis(500)));

            assertThat(client.checkout("PAT-0001", "ITM-0001").ok()).isTrue();
            PatronStatusResponse next = client.patronStatus("PAT-0001");

            assertThat(next.patronIdentifier()).isEqualTo("PAT-0001");
            assertThat(acs.count(MessageType.CHECKOUT)).isEqualTo(1);
            assertOneLoan(library, "PAT-0001", "ITM-0001");
        }

        @Test
        void aLostCheckoutResponseIsRecoveredWith97AndNeverExecutedTwice() {
            inject(Fault.drop());

            assertThat(client.checkout("PAT-0001", "ITM-0001").ok()).isTrue();

            assertThat(acs.codes()).containsExactly("93", "11", "97");
            assertOneLoan(library, "PAT-0001", "ITM-0001");
        }

        @Test
        void aCheckoutWhoseResponseCannotBeRecoveredFailsAsUnknownAndIsNotSentAgain() {
            inject(Fault.drop());
            acs.inject(RequestMatcher.type(MessageType.REQUEST_ACS_RESEND), Fault.drop());

            assertThatThrownBy(() -> client.checkout("PAT-0001", "ITM-0001"))
                    .isInstanceOf(Sip2OutcomeUnknownException.class);

            assertThat(acs.count(MessageType.CHECKOUT)).isEqualTo(1);
            assertOneLoan(library, "PAT-0001", "ITM-0001");
            assertThat(client.patronInformation("PAT-0001", SummaryItem.CHARGED_ITEMS, 1, 10).chargedItems())
                    .contains("ITM-0001");
            assertThat(acs.count(MessageType.CHECKOUT)).isEqualTo(1);
        }

        @Test
        void aResponseSplitAcrossWritesIsReassembled() {
            inject(Fault.split(5, Duration.ofMillis(20)));

            assertThat(client.checkout("PAT-0001", "ITM-0001").ok()).isTrue();

            assertThat(acs.codes()).containsExactly("93", "11");
        }

        @Test
        void theClientReconnectsAndLogsInAgainAfterTheServerDropsTheConnection() throws Exception {
            assertThat(client.patronStatus("PAT-0001").personalName()).isEqualTo("Alice Example");

            acs.dropConnections();
            Thread.sleep(100);

            assertThat(client.patronStatus("PAT-0001").personalName()).isEqualTo("Alice Example");
            assertThat(acs.connectionCount()).isEqualTo(2);
            assertThat(acs.codes()).containsExactly("93", "23", "93", "23");
        }

        @Test
        void aConnectionClosedMidResponseLeavesTheOutcomeUnknownAndTheNextRequestReconnects() {
            inject(Fault.closeMidFrame());

            assertThatThrownBy(() -> client.checkout("PAT-0001", "ITM-0001"))
                    .isInstanceOf(Sip2OutcomeUnknownException.class);
            CheckoutResponse again = client.checkout("PAT-0001", "ITM-0001");

            assertThat(again.renewalOk()).as("the second checkout is the caller's decision: a renewal").isTrue();
            assertThat(acs.connectionCount()).isEqualTo(2);
            assertThat(acs.count(MessageType.CHECKOUT)).isEqualTo(2);
        }
    }
}
