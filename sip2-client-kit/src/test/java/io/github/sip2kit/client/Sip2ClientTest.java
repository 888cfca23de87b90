package io.github.sip2kit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Exception;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.ItemStatusUpdateResponse;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronEnableResponse;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RenewAllResponse;
import io.github.sip2kit.core.RenewResponse;
import io.github.sip2kit.core.RequestAcsResend;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.core.field.SummaryItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class Sip2ClientTest {

    private FakeAcs acs;

    @BeforeEach
    void startAcs() throws Exception {
        acs = new FakeAcs();
    }

    @AfterEach
    void stopAcs() throws Exception {
        acs.close();
    }

    private Sip2Client client() {
        return acs.clientBuilder().responseTimeout(Duration.ofSeconds(10)).build();
    }

    // ------------------------------------------------------------------ round trips

    @Test
    void everyTypedMethodRoundTripsThroughTheAcs() {
        try (Sip2Client client = client()) {
            LoginResponse login = client.login(Requests.login());
            AcsStatus status = client.scStatus(Requests.scStatus());
            PatronStatusResponse blocked = client.blockPatron(Requests.blockPatron());
            CheckinResponse checkin = client.checkin(Requests.checkin());
            CheckoutResponse checkout = client.checkout(Requests.checkout());
            HoldResponse hold = client.hold(Requests.hold());
            ItemInformationResponse info = client.itemInformation(Requests.itemInformation());
            ItemStatusUpdateResponse update = client.itemStatusUpdate(Requests.itemStatusUpdate());
            PatronStatusResponse patron = client.patronStatus(Requests.patronStatus());
            PatronEnableResponse enable = client.patronEnable(Requests.patronEnable());
            RenewResponse renew = client.renew(Requests.renew());
            EndSessionResponse end = client.endPatronSession(Requests.endPatronSession());
            FeePaidResponse fee = client.feePaid(Requests.feePaid());
            PatronInformationResponse patronInfo = client.patronInformation(Requests.patronInformation());
            RenewAllResponse renewAll = client.renewAll(Requests.renewAll());

            assertThat(login.ok()).isTrue();
            assertThat(status.onlineStatus()).isTrue();
            assertThat(blocked.personalName()).isEqualTo("Blocked Patron");
            assertThat(checkin.itemIdentifier()).isEqualTo(Requests.ITEM);
            assertThat(checkout.ok()).isTrue();
            assertThat(checkout.patronIdentifier()).isEqualTo(Requests.PATRON);
            assertThat(hold.ok()).isTrue();
            assertThat(info.titleIdentifier()).isEqualTo("A Title");
            assertThat(update.itemPropertiesOk()).isTrue();
            assertThat(patron.personalName()).isEqualTo("Ada Reader");
            assertThat(enable.patronIdentifier()).isEqualTo(Requests.PATRON);
            assertThat(renew.renewalOk()).isTrue();
            assertThat(end.endSession()).isTrue();
            assertThat(fee.paymentAccepted()).isTrue();
            assertThat(patronInfo.institutionId()).isEqualTo(Requests.INSTITUTION);
            assertThat(renewAll.ok()).isTrue();
        }
        assertThat(acs.codes()).containsExactly(
                "93", "99", "01", "09", "11", "15", "17", "19", "23", "25", "29", "35", "37", "63", "65");
        assertThat(acs.connections()).isEqualTo(1);
    }

    @Test
    void sendReturnsTheResponseTypeTheRequestNames() {
        List<ScRequest<?>> requests = List.of(Requests.scStatus(), Requests.blockPatron(), Requests.checkin(),
                Requests.checkout(), Requests.hold(), Requests.itemInformation(), Requests.itemStatusUpdate(),
                Requests.patronStatus(), Requests.patronEnable(), Requests.renew(), Requests.endPatronSession(),
                Requests.feePaid(), Requests.patronInformation(), Requests.renewAll(), Requests.login());
        try (Sip2Client client = client()) {
            for (ScRequest<?> request : requests) {
                AcsMessage response = client.send(request);
                assertThat(response).as("response to %s", request.code()).isInstanceOf(request.responseType());
            }
        }
    }

    @Test
    void convenienceMethodsFillInInstitutionTerminalPasswordAndTheClocksDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        try (Sip2Client client = acs.clientBuilder()
                .institutionId("BRANCH")
                .terminalPassword(io.github.sip2kit.core.field.Secret.of("Term-Pa55"))
                .clock(clock)
                .build()) {
            assertThat(client.checkout("P1", "I1").itemIdentifier()).isEqualTo("I1");
            client.checkin("I1");
            client.itemInformation("I1");
            client.patronStatus("P1");
            client.renew("P1", "I1");
            client.endPatronSession("P1");
            client.patronInformation("P1");
            client.patronInformation("P1", SummaryItem.CHARGED_ITEMS, 1, 10);
            client.scStatus();
        }
        List<String> texts = acs.received().stream().map(FakeAcs.Received::text).toList();
        assertThat(texts.get(0)).startsWith("11NN20260304    050607").contains("AOBRANCH|AAP1|ABI1|ACTerm-Pa55|");
        assertThat(texts.subList(0, 8)).allSatisfy(t -> assertThat(t).contains("AOBRANCH|"));
        PatronInformationRequest paged = (PatronInformationRequest) acs.received().get(7).message();
        assertThat(paged.summary()).containsExactly(SummaryItem.CHARGED_ITEMS);
        assertThat(paged.startItem()).contains("1");
        assertThat(paged.endItem()).contains("10");
        assertThat(texts.get(8)).isEqualTo("9900802.00AY8AZFC99");
    }

    @Test
    void patronInformationRefusesAnEmptyItemRange() {
        try (Sip2Client client = client()) {
            assertThatThrownBy(() -> client.patronInformation("P1", SummaryItem.FINE_ITEMS, 5, 4))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("endItem: 4 (expected: 5 or more, not below startItem)");
        }
        assertThat(acs.received()).isEmpty();
    }

    // ------------------------------------------------------------------ sequence numbers

    @Test
    void sequenceNumbersStartAtZeroAndWrapFromNineToZero() {
        try (Sip2Client client = client()) {
            for (int i = 0; i < 12; i++) {
                client.itemInformation(Requests.itemInformation());
            }
        }
        List<Integer> sequence = acs.received().stream().map(r -> r.sequenceNumber().getAsInt()).toList();
        assertThat(sequence).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1);
    }

    @Test
    void withErrorDetectionOffRequestsCarryNoTrailer() {
        try (Sip2Client client = acs.clientBuilder().errorDetection(ErrorDetection.OFF).build()) {
            assertThat(client.checkout(Requests.checkout()).ok()).isTrue();
        }
        assertThat(acs.received().get(0).text()).doesNotContain("|AY").endsWith("ADPatron-Pa55|");
    }

    // ------------------------------------------------------------------ 97 after a corrupted response

    @Test
    void corruptedResponseIsRecoveredWithRequestAcsResend() {
        acs.script(r -> r.code().equals("11") ? acs.corrupt(FakeAcs.answerTo(r.message())) : null);
        try (Sip2Client client = client()) {
            CheckoutResponse response = client.checkout(Requests.checkout());
            assertThat(response.ok()).isTrue();
            assertThat(response.itemIdentifier()).isEqualTo(Requests.ITEM);
        }
        assertThat(acs.codes()).containsExactly("11", "97");
        assertThat(acs.received().get(1).text()).isEqualTo("97AZFEF5");
    }

    @Test
    void responsesThatStayCorruptedFailAfterTheRetryLimitWithOutcomeUnknown() {
        acs.script(r -> acs.corrupt(FakeAcs.answerTo(Requests.checkout())));
        try (Sip2Client client = acs.clientBuilder().maxCorruptResponseRetries(2).build()) {
            assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                    .isInstanceOf(Sip2OutcomeUnknownException.class)
                    .hasMessageContaining("checkout (11) to 127.0.0.1:" + acs.port()
                            + ": corrupted response (CHECKSUM_MISMATCH); sent 97 twice without a good answer")
                    .hasCauseInstanceOf(Sip2DecodeException.class);
            assertThat(client.isConnected()).isFalse();
        }
        assertThat(acs.codes()).containsExactly("11", "97", "97");
    }

    @Test
    void responseWithoutChecksumCountsAsCorruptedWhenErrorDetectionIsOn() {
        acs.script(r -> r.code().equals("17")
                ? FakeAcs.all(acs.lose(FakeAcs.answerTo(r.message())),
                        acs.raw("1803000120260115    103000ABx|AJA Title|\r"))
                : null);
        try (Sip2Client client = client()) {
            assertThat(client.itemInformation(Requests.itemInformation()).itemIdentifier())
                    .isEqualTo(Requests.ITEM);
        }
        assertThat(acs.codes()).containsExactly("17", "97");
    }

    @Test
    void responseWithoutChecksumIsAcceptedWhenErrorDetectionIsAuto() {
        acs.script(r -> r.code().equals("17")
                ? acs.raw("1803000120260115    103000ABx|AJA Title|\r")
                : null);
        try (Sip2Client client = acs.clientBuilder().errorDetection(ErrorDetection.AUTO).build()) {
            assertThat(client.itemInformation(Requests.itemInformation()).itemIdentifier()).isEqualTo("x");
        }
        assertThat(acs.codes()).containsExactly("17");
    }

    @Test
    void resentResponseResealedWithAyZeroIsAcceptedAfterACorruptedResponse() {
        // Evergreen and Koha answer 97 with their last response re-sealed with AY0
        acs.script(r -> r.code().equals("11")
                ? acs.corrupt(FakeAcs.answerTo(r.message()))
                : r.code().equals("97") ? acs.replyWithSequence(FakeAcs.answerTo(Requests.checkout()), 0) : null);
        try (Sip2Client client = client()) {
            client.scStatus(); // AY0, so the checkout gets AY1
            assertThat(client.checkout(Requests.checkout()).ok()).isTrue();
        }
        assertThat(acs.codes()).containsExactly("99", "11", "97");
        assertThat(acs.received().get(1).sequenceNumber()).hasValue(1);
    }

    @Test
    void responseWithAyZeroIsNotTakenForALostResponseOfAnotherRequest() {
        acs.script(r -> r.code().equals("11") ? acs.drop()
                : r.code().equals("97") ? acs.replyWithSequence(FakeAcs.answerTo(Requests.checkout("OLD")), 0)
                : null);
        try (Sip2Client client = acs.clientBuilder().responseTimeout(Duration.ofMillis(200)).build()) {
            client.scStatus();
            assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                    .isInstanceOf(Sip2OutcomeUnknownException.class)
                    .hasMessageContaining("sent 97 twice without an answer");
        }
        assertThat(acs.count("11")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ 96

    @Test
    void requestScResendMakesTheClientSendTheOriginalBytesAgain() {
        acs.script(r -> r.code().equals("11") && acs.count("11") == 1 ? acs.raw("96AZFEF6\r") : null);
        try (Sip2Client client = client()) {
            assertThat(client.checkout(Requests.checkout()).ok()).isTrue();
        }
        List<FakeAcs.Received> received = acs.received();
        assertThat(acs.codes()).containsExactly("11", "11");
        assertThat(received.get(1).bytes()).isEqualTo(received.get(0).bytes());
    }

    @Test
    void repeatedRequestScResendFailsWithoutClaimingAnUnknownOutcome() {
        acs.script(r -> acs.raw("96AZFEF6\r"));
        try (Sip2Client client = acs.clientBuilder().maxResends(2).build()) {
            assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                    .isExactlyInstanceOf(Sip2ClientException.class)
                    .hasMessageEndingWith(": the ACS asked for a resend (96) 3 times; resent the request twice");
        }
        assertThat(acs.codes()).containsExactly("11", "11", "11");
    }

    @Test
    void requestScResendInAnswerToRequestAcsResendMeansTheLinkFailed() {
        acs.script(r -> r.code().equals("11")
                ? acs.corrupt(FakeAcs.answerTo(r.message()))
                : acs.raw("96AZFEF6\r"));
        try (Sip2Client client = client()) {
            assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                    .isInstanceOf(Sip2OutcomeUnknownException.class)
                    .hasMessageContaining("the link has failed: the ACS answered 97 with 96");
        }
        assertThat(acs.codes()).containsExactly("11", "97");
    }

    // ------------------------------------------------------------------ wrong AY

    @Test
    void responseWithAnotherSequenceNumberIsDiscarded() {
        acs.script(r -> r.code().equals("11")
                ? FakeAcs.all(
                        acs.wrongSequence(FakeAcs.answerTo(Requests.checkout("STALE-ITEM"))),
                        acs.reply(FakeAcs.answerTo(r.message())))
                : null);
        try (Sip2Client client = client()) {
            assertThat(client.checkout(Requests.checkout()).itemIdentifier()).isEqualTo(Requests.ITEM);
            assertThat(client.itemInformation(Requests.itemInformation()).itemIdentifier())
                    .isEqualTo(Requests.ITEM);
        }
        assertThat(acs.codes()).containsExactly("11", "17");
    }

    @Test
    void responseWithAnotherSequenceNumberOnlyLeavesTheClientWaitingUntilTheTimeout() {
        acs.script(r -> r.code().equals("17") ? acs.wrongSequence(FakeAcs.answerTo(r.message())) : acs.drop());
        try (Sip2Client client = acs.clientBuilder()
                .responseTimeout(Duration.ofMillis(300))
                .maxLostResponseRecoveries(1)
                .retryIdempotentRequests(false)
                .build()) {
            assertThatThrownBy(() -> client.itemInformation(Requests.itemInformation()))
                    .isExactlyInstanceOf(Sip2ClientException.class)
                    .hasMessage("item information (17) to 127.0.0.1:" + acs.port()
                            + ": no response within 300 ms; sent 97 once without an answer");
        }
    }

    // ------------------------------------------------------------------ lost responses

    @Test
    void lostCheckoutResponseIsRecoveredWithRequestAcsResendAndTheCheckoutIsSentOnce() {
        acs.script(r -> r.code().equals("11") ? acs.lose(FakeAcs.answerTo(r.message())) : null);
        try (Sip2Client client = acs.clientBuilder().responseTimeout(Duration.ofMillis(300)).build()) {
            CheckoutResponse response = client.checkout(Requests.checkout());
            assertThat(response.ok()).isTrue();
            assertThat(response.itemIdentifier()).isEqualTo(Requests.ITEM);
        }
        assertThat(acs.count("11")).isEqualTo(1);
        assertThat(acs.codes()).containsExactly("11", "97");
    }

    @Test
    void checkoutWithoutAnyAnswerFailsWithOutcomeUnknownAndIsNeverSentAgain() {
        acs.script(r -> r.code().equals("11") || r.code().equals("97") ? acs.drop() : null);
        try (Sip2Client client = acs.clientBuilder().responseTimeout(Duration.ofMillis(200)).build()) {
            assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                    .isInstanceOf(Sip2OutcomeUnknownException.class)
                    .hasMessage("checkout (11) to 127.0.0.1:" + acs.port()
                            + ": no response within 200 ms; sent 97 twice without an answer; the outcome is unknown"
                            + " (the ACS may have carried it out); it was not sent again")
                    .satisfies(e -> assertThat(((Sip2ClientException) e).requestType())
                            .contains(MessageType.CHECKOUT));
            assertThat(client.isConnected()).isFalse();

            // the next request gets a new connection; the checkout is still not repeated
            assertThat(client.itemInformation(Requests.itemInformation()).itemIdentifier())
                    .isEqualTo(Requests.ITEM);
        }
        assertThat(acs.count("11")).isEqualTo(1);
        assertThat(acs.count("97")).isEqualTo(2);
        assertThat(acs.connections()).isEqualTo(2);
    }

    @Test
    void checkoutIsNotSentAgainWhenTheAcsClosesTheConnectionInsteadOfAnswering() {
        acs.script(r -> r.code().equals("11") ? acs.closeConnection() : null);
        try (Sip2Client client = client()) {
            assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                    .isInstanceOf(Sip2OutcomeUnknownException.class)
                    .hasMessageContaining("connection lost while waiting for the response");
        }
        assertThat(acs.count("11")).isEqualTo(1);
        assertThat(acs.connections()).isEqualTo(1);
    }

    @Test
    void idempotentRequestIsTriedOnceMoreOnANewConnectionWhenTheConnectionDrops() {
        acs.script(r -> r.code().equals("63") && r.connection() == 1 ? acs.closeConnection() : null);
        try (Sip2Client client = acs.clientBuilder().credentials("selfcheck1", "Login-Pa55word").build()) {
            assertThat(client.patronInformation(Requests.patronInformation()).patronIdentifier())
                    .isEqualTo(Requests.PATRON);
        }
        assertThat(acs.codes()).containsExactly("93", "63", "93", "63");
        assertThat(acs.connections()).isEqualTo(2);
    }

    @Test
    void idempotentRequestFailsAfterItsOneRetry() {
        acs.script(r -> r.code().equals("23") ? acs.closeConnection() : null);
        try (Sip2Client client = client()) {
            assertThatThrownBy(() -> client.patronStatus(Requests.patronStatus()))
                    .isExactlyInstanceOf(Sip2ClientException.class)
                    .hasMessageContaining("patron status (23) to 127.0.0.1:")
                    .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        }
        assertThat(acs.count("23")).isEqualTo(2);
    }

    @Test
    void delayedResponseWithinTheTimeoutIsAccepted() {
        acs.script(r -> acs.delay(150, acs.reply(FakeAcs.answerTo(r.message()))));
        try (Sip2Client client = acs.clientBuilder().responseTimeout(Duration.ofSeconds(10)).build()) {
            assertThat(client.checkout(Requests.checkout()).ok()).isTrue();
        }
        assertThat(acs.codes()).containsExactly("11");
    }

    @Test
    void lostResponseIsNotRecoveredWithRequestAcsResendWhenErrorDetectionIsOff() {
        acs.script(r -> acs.lose(FakeAcs.answerTo(r.message())));
        try (Sip2Client client = acs.clientBuilder()
                .errorDetection(ErrorDetection.OFF)
                .responseTimeout(Duration.ofMillis(200))
                .build()) {
            assertThatThrownBy(() -> client.feePaid(Requests.feePaid()))
                    .isInstanceOf(Sip2OutcomeUnknownException.class)
                    .hasMessageContaining("fee paid (37) to 127.0.0.1:" + acs.port() + ": no response within 200 ms;");
        }
        assertThat(acs.codes()).containsExactly("37");
    }

    // ------------------------------------------------------------------ reconnect, login, framing

    @Test
    void reconnectsAndLogsInAgainAfterTheAcsClosedTheIdleConnection() throws Exception {
        try (Sip2Client client = acs.clientBuilder().credentials("selfcheck1", "Login-Pa55word").build()) {
            client.connect();
            assertThat(client.checkout(Requests.checkout()).ok()).isTrue();

            acs.dropConnections();
            Thread.sleep(50); // let the FIN reach the client's socket

            assertThat(client.checkout(Requests.checkout("SECOND")).itemIdentifier()).isEqualTo("SECOND");
        }
        assertThat(acs.codes()).containsExactly("93", "11", "93", "11");
        assertThat(acs.connections()).isEqualTo(2);
        assertThat(acs.received().get(2).text()).startsWith("9300CNselfcheck1|COLogin-Pa55word|AY0AZ");
    }

    @Test
    void explicitLoginIsRepeatedOnANewConnection() throws Exception {
        try (Sip2Client client = client()) {
            assertThat(client.login(Requests.login()).ok()).isTrue();
            acs.dropConnections();
            Thread.sleep(50);
            client.scStatus();
        }
        assertThat(acs.codes()).containsExactly("93", "93", "99");
    }

    @Test
    void refusedLoginFailsTheRequestWithoutSendingIt() {
        acs.script(r -> r.code().equals("93") ? acs.reply(LoginResponse.builder().ok(false).build()) : null);
        try (Sip2Client client = acs.clientBuilder().credentials("selfcheck1", "wrong").build()) {
            assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                    .isExactlyInstanceOf(Sip2ClientException.class)
                    .hasMessage("login (93) to 127.0.0.1:" + acs.port()
                            + ": the ACS refused the login of 'selfcheck1' (94 with ok 0); checkout (11) was not sent")
                    .satisfies(e -> assertThat(((Sip2ClientException) e).requestType()).contains(MessageType.LOGIN));
            assertThat(client.isConnected()).isFalse();
        }
        assertThat(acs.codes()).containsExactly("93");
    }

    @Test
    void responseSplitAcrossSeveralWritesIsReassembled() {
        acs.script(r -> acs.split(FakeAcs.answerTo(r.message()), 6));
        try (Sip2Client client = client()) {
            PatronInformationResponse response = client.patronInformation(Requests.patronInformation());
            assertThat(response.personalName()).isEqualTo("Ada Reader");
        }
        assertThat(acs.codes()).containsExactly("63");
    }

    @Test
    void acsStatusInAnswerToACheckoutMakesTheClientSendItAgainAsANewMessage() {
        acs.script(r -> r.code().equals("11") && acs.count("11") == 1
                ? acs.reply(FakeAcs.answerTo(Requests.scStatus()))
                : null);
        try (Sip2Client client = client()) {
            assertThat(client.checkout(Requests.checkout()).ok()).isTrue();
        }
        List<FakeAcs.Received> received = acs.received();
        assertThat(acs.codes()).containsExactly("11", "11");
        assertThat(received.get(0).sequenceNumber()).hasValue(0);
        assertThat(received.get(1).sequenceNumber()).hasValue(1);
    }

    @Test
    void unexpectedResponseTypeFailsTheRequest() {
        acs.script(r -> acs.reply(FakeAcs.answerTo(Requests.checkin())));
        try (Sip2Client client = client()) {
            assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                    .isInstanceOf(Sip2OutcomeUnknownException.class)
                    .hasMessageContaining("unexpected response 10 (expected: 12)")
                    .cause()
                    .isInstanceOf(Sip2DecodeException.class)
                    .satisfies(c -> assertThat(((Sip2DecodeException) c).reason())
                            .isEqualTo(Sip2DecodeException.Reason.UNEXPECTED_MESSAGE_TYPE));
        }
    }

    // ------------------------------------------------------------------ API contract

    @Test
    void connectionFailureNamesThePeerAndKeepsTheCause() throws Exception {
        // a bound socket that does not listen: the port stays taken, and connecting to it is refused
        try (java.net.Socket reserved = new java.net.Socket()) {
            reserved.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            int port = reserved.getLocalPort();
            assertRefused(port);
        }
    }

    private static void assertRefused(int port) {
        try (Sip2Client client = Sip2Client.builder().address("127.0.0.1", port)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            assertThatThrownBy(() -> client.scStatus())
                    .isInstanceOf(Sip2ClientException.class)
                    .isInstanceOf(Sip2Exception.class)
                    .hasMessageStartingWith("SC status (99) to 127.0.0.1:" + port + ": cannot connect: ")
                    .hasCauseInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void sendRefusesRequestAcsResendBecauseTheClientSendsItItself() {
        try (Sip2Client client = client()) {
            assertThatThrownBy(() -> client.send(RequestAcsResend.builder().build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("request: 97 (expected: ");
        }
    }

    @Test
    void closeFromAnotherThreadAbortsARequestInFlight() throws Exception {
        acs.script(r -> acs.drop());
        Sip2Client client = acs.clientBuilder().responseTimeout(Duration.ofSeconds(30)).build();
        Thread closer = new Thread(() -> {
            try {
                while (acs.count("11") == 0) {
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                return;
            }
            client.close();
        });
        closer.start();
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.checkout(Requests.checkout()))
                .isInstanceOf(Sip2OutcomeUnknownException.class)
                .hasMessageContaining("connection lost while waiting for the response");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        closer.join();
        assertThat(acs.count("11")).isEqualTo(1);
        assertThat(acs.count("97")).isZero();
    }

    @Test
    void closedClientRefusesRequests() {
        Sip2Client client = client();
        client.close();
        client.close();
        assertThatThrownBy(client::scStatus).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builderRejectsOutOfRangeSettingsWithExpectedValues() {
        assertThatThrownBy(() -> Sip2Client.builder().address("h", 0))
                .hasMessage("port: 0 (expected: 1 to 65535)");
        assertThatThrownBy(() -> Sip2Client.builder().maxCorruptResponseRetries(11))
                .hasMessage("maxCorruptResponseRetries: 11 (expected: 0 to 10)");
        assertThatThrownBy(() -> Sip2Client.builder().responseTimeout(Duration.ZERO))
                .hasMessage("responseTimeout: PT0S (expected: at least 1 ms)");
        assertThatThrownBy(() -> Sip2Client.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("address: not set (expected: address(host, port))");
    }

    @Test
    void builderDefaultsAreErrorDetectionOnAndTheDefaultCodec() {
        try (Sip2Client client = Sip2Client.builder().address("127.0.0.1", 6001).build()) {
            assertThat(client.errorDetection()).isEqualTo(ErrorDetection.ON);
            assertThat(client.codec()).isEqualTo(io.github.sip2kit.codec.Sip2Codec.defaults());
            assertThat(client.isConnected()).isFalse();
        }
        Sip2Client koha = Sip2Client.builder()
                .address("127.0.0.1", 6001)
                .errorDetection(ErrorDetection.ON)
                .profile(io.github.sip2kit.codec.VendorProfile.builtIn("koha").orElseThrow())
                .build();
        assertThat(koha.errorDetection()).isEqualTo(ErrorDetection.ON);
        assertThat(koha.codec().terminator()).isEqualTo(io.github.sip2kit.codec.Terminator.CRLF);
        koha.close();
    }

    @Test
    void everyStateChangingRequestIsProtectedAndEveryReadOnlyOneMayBeRetried() throws Exception {
        // the client's classification, observed: a dropped connection after sending
        Set<String> retried = Set.of("99", "93", "17", "23", "63", "35");
        List<ScRequest<?>> requests = List.of(Requests.scStatus(), Requests.login(), Requests.itemInformation(),
                Requests.patronStatus(), Requests.patronInformation(), Requests.endPatronSession(),
                Requests.blockPatron(), Requests.checkin(), Requests.checkout(), Requests.hold(),
                Requests.itemStatusUpdate(), Requests.patronEnable(), Requests.renew(), Requests.feePaid(),
                Requests.renewAll());
        for (ScRequest<?> request : requests) {
            String code = request.code();
            acs.script(r -> r.code().equals(code) && acs.count(code) == 1 ? acs.closeConnection() : null);
            try (Sip2Client client = client()) {
                if (retried.contains(code)) {
                    assertThat((Object) client.send(request)).as(code).isInstanceOf(request.responseType());
                } else {
                    assertThatThrownBy(() -> client.send(request)).as(code)
                            .isInstanceOf(Sip2OutcomeUnknownException.class);
                }
            }
            assertThat(acs.count(code)).as(code).isEqualTo(retried.contains(code) ? 2 : 1);
            acs.close();
            acs = new FakeAcs();
        }
    }
}
