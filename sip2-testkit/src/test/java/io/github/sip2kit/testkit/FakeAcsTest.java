package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.RequestAcsResend;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class FakeAcsTest {

    private static final Sip2Timestamp DATE = Sip2Timestamp.of(LocalDateTime.of(2026, 3, 10, 10, 30));
    private static final Duration SHORT = Duration.ofMillis(300);

    private FakeAcs acs;
    private FakeSc sc;

    @AfterEach
    void stop() {
        if (sc != null) {
            sc.close();
        }
        if (acs != null) {
            acs.close();
        }
    }

    private FakeSc connect(Duration timeout) {
        sc = FakeSc.builder().address(acs.address()).responseTimeout(timeout).connect();
        return sc;
    }

    private FakeSc loggedIn() {
        connect(Duration.ofSeconds(5));
        assertThat(sc.request(LoginRequest.builder().loginUserId(DemoAccounts.MAIN_KIOSK_LOGIN)
                .loginPassword(DemoAccounts.MAIN_KIOSK_PASSWORD).build()).ok()).isTrue();
        return sc;
    }

    private static CheckoutRequest checkout(String item) {
        return CheckoutRequest.builder().transactionDate(DATE).institutionId("MAIN").patronIdentifier("PAT-0001")
                .itemIdentifier(item).build();
    }

    @Test
    void anOpenFakeAcceptsAnyLoginAndRefusesWhatNoScriptAnswers() {
        acs = FakeAcs.builder().start();
        connect(Duration.ofSeconds(5));

        LoginResponse login = sc.request(LoginRequest.builder().loginUserId("anyone").loginPassword("x").build());
        AcsStatus status = sc.request(ScStatus.builder().build());
        CheckoutResponse refused = sc.request(checkout("ITM-0001"));

        assertThat(login.ok()).isTrue();
        assertThat(status.institutionId()).isEqualTo(FakeAcs.OPEN_INSTITUTION);
        assertThat(refused.ok()).isFalse();
        assertThat(refused.itemIdentifier()).isEqualTo("ITM-0001");
        assertThat(acs.codes()).containsExactly("93", "99", "11");
    }

    @Test
    void aScriptAnswersTheRequestsItSelectsSealedWithTheirSequenceNumber() {
        acs = FakeAcs.builder()
                .respond(RequestMatcher.type(MessageType.ITEM_INFORMATION), request -> ItemInformationResponse
                        .builder().transactionDate(DATE).itemIdentifier("SCRIPTED").titleIdentifier("A Title")
                        .build())
                .respondRaw(RequestMatcher.type(MessageType.SC_STATUS), "98 not a status")
                .start();
        connect(Duration.ofSeconds(5));

        CapturedFrame item = sc.send(ItemInformationRequest.builder().transactionDate(DATE)
                .institutionId("MAIN").itemIdentifier("ITM-0001").build());
        CapturedFrame raw = sc.send(ScStatus.builder().build());

        assertThat(item.message(ItemInformationResponse.class).itemIdentifier()).isEqualTo("SCRIPTED");
        assertThat(item.sequenceNumber()).hasValue(0);
        assertThat(raw.text()).isEqualTo("98 not a status");
    }

    @Test
    void servesTheLibraryWithTheDemoAccounts() {
        InMemoryLibrary library = InMemoryLibrary.defaultData();
        acs = FakeAcs.library(library);
        loggedIn();

        CheckoutResponse response = sc.request(checkout("ITM-0001"));

        assertThat(response.ok()).isTrue();
        assertThat(library.item("ITM-0001").orElseThrow().chargedTo()).hasValue("PAT-0001");
        assertThat(acs.library()).containsSame(library);
        assertThat(acs.received(MessageType.CHECKOUT)).singleElement()
                .satisfies(frame -> assertThat(frame.message(CheckoutRequest.class).itemIdentifier())
                        .isEqualTo("ITM-0001"));
    }

    @Test
    void refusesALoginWithTheWrongPasswordLikeTheServer() {
        acs = FakeAcs.library(InMemoryLibrary.defaultData());
        connect(Duration.ofSeconds(5));

        assertThat(sc.request(LoginRequest.builder().loginUserId("kiosk1").loginPassword("wrong").build()).ok())
                .isFalse();
    }

    @Test
    void aCorruptedChecksumReachesThePeerAndA97GetsTheGoodResponse() {
        acs = FakeAcs.library(InMemoryLibrary.defaultData());
        acs.inject(RequestMatcher.type(MessageType.CHECKOUT), Fault.corruptChecksum());
        loggedIn();

        CapturedFrame bad = sc.send(checkout("ITM-0001"));
        CapturedFrame good = sc.send(RequestAcsResend.builder().build());

        assertThat(bad.decodeError()).map(Sip2DecodeException::reason)
                .hasValue(Sip2DecodeException.Reason.CHECKSUM_MISMATCH);
        assertThat(good.message(CheckoutResponse.class).ok()).isTrue();
        assertThat(good.sequenceNumber()).hasValue(1);
        assertThat(good.text().substring(0, good.text().length() - 4))
                .isEqualTo(bad.text().substring(0, bad.text().length() - 4));
    }

    @Test
    void aWrongSequenceNumberKeepsAValidChecksum() {
        acs = FakeAcs.builder().inject(RequestMatcher.any(), Fault.wrongSequenceNumber()).start();
        connect(Duration.ofSeconds(5));

        CapturedFrame status = sc.send(ScStatus.builder().build());

        assertThat(status.decodeError()).isEmpty();
        assertThat(status.sequenceNumber()).hasValue(5);
    }

    @Test
    void aDroppedResponseNeverArrivesAndTheConnectionStaysOpen() {
        acs = FakeAcs.builder().inject(RequestMatcher.nth(MessageType.SC_STATUS, 1), Fault.drop()).start();
        connect(SHORT);

        Optional<CapturedFrame> lost = sc.send(ScStatus.builder().build(), Fault.none());
        CapturedFrame second = sc.send(ScStatus.builder().build());

        assertThat(lost).isEmpty();
        assertThat(second.sequenceNumber()).hasValue(1);
        assertThat(acs.count(MessageType.SC_STATUS)).isEqualTo(2);
    }

    @Test
    void aDelayedResponseArrivesLate() {
        acs = FakeAcs.builder().inject(RequestMatcher.any(), Fault.delay(Duration.ofMillis(600))).start();
        connect(Duration.ofMillis(200));

        assertThat(sc.send(ScStatus.builder().build(), Fault.none())).isEmpty();
        assertThat(sc.awaitResponse(Duration.ofSeconds(5))).isPresent();
    }

    @Test
    void aSplitResponseIsReassembledByTheReader() {
        acs = FakeAcs.builder().inject(RequestMatcher.any(), Fault.split(4, Duration.ofMillis(30))).start();
        connect(Duration.ofSeconds(5));

        CapturedFrame status = sc.send(ScStatus.builder().build());

        assertThat(status.message(AcsStatus.class).institutionId()).isEqualTo(FakeAcs.OPEN_INSTITUTION);
    }

    @Test
    void closingMidFrameCutsTheResponseOffAndTheConnection() {
        acs = FakeAcs.builder().inject(RequestMatcher.any(), Fault.closeMidFrame()).start();
        connect(Duration.ofSeconds(5));

        assertThat(sc.send(ScStatus.builder().build(), Fault.none())).isEmpty();
        assertThat(sc.awaitClosedByPeer(Duration.ofSeconds(5))).isTrue();
        assertThat(sc.responses()).isEmpty();
    }

    @Test
    void aDuplicatedResponseArrivesTwice() {
        acs = FakeAcs.builder().inject(RequestMatcher.any(), Fault.duplicate()).start();
        connect(Duration.ofSeconds(5));

        CapturedFrame first = sc.send(ScStatus.builder().build());
        Optional<CapturedFrame> copy = sc.awaitResponse(Duration.ofSeconds(5));

        assertThat(copy).map(CapturedFrame::text).hasValue(first.text());
    }

    @Test
    void faultsSelectTheNthRequestOfAType() {
        acs = FakeAcs.builder().inject(RequestMatcher.nth(MessageType.SC_STATUS, 2), Fault.corruptChecksum()).start();
        connect(Duration.ofSeconds(5));

        CapturedFrame first = sc.send(ScStatus.builder().build());
        CapturedFrame second = sc.send(ScStatus.builder().build());
        CapturedFrame third = sc.send(ScStatus.builder().build());

        assertThat(first.decodeError()).isEmpty();
        assertThat(second.decodeError()).isPresent();
        assertThat(third.decodeError()).isEmpty();
        assertThat(acs.received()).extracting(CapturedFrame::occurrence).containsExactly(1, 2, 3);
    }

    @Test
    void dropConnectionsClosesFromTheAcsSide() {
        acs = FakeAcs.builder().start();
        connect(Duration.ofSeconds(5));
        sc.send(ScStatus.builder().build());

        acs.dropConnections();

        assertThat(sc.awaitClosedByPeer(Duration.ofSeconds(5))).isTrue();
        assertThat(acs.connectionCount()).isEqualTo(1);
    }

    @Test
    void splittingIntoFewerThanTwoPartsIsRejected() {
        assertThatThrownBy(() -> Fault.split(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parts: 1 (expected: >= 2)");
    }
}
