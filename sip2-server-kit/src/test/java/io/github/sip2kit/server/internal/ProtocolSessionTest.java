package io.github.sip2kit.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.Checksum;
import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.RefusalReason;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.ServerListener;
import io.github.sip2kit.server.Sip2Session;
import io.github.sip2kit.server.spi.CheckoutHandler;
import io.github.sip2kit.server.spi.Sip2Handler;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The protocol engine, driven with frame text only: no sockets, no Netty. */
class ProtocolSessionTest {

    private static final Charset CP850 = Charset.forName("IBM850");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T10:30:01Z"), ZoneOffset.UTC);
    private static final String NOW = "20240115    103001";
    private static final String DATE = "20240115    103000";
    private static final String BLANK_DATE = " ".repeat(18);
    private static final InetSocketAddress KIOSK = new InetSocketAddress("10.0.0.5", 40_000);
    private static final InetSocketAddress SHARED = new InetSocketAddress("10.0.0.7", 40_000);
    private static final InetSocketAddress ELSEWHERE = new InetSocketAddress("192.0.2.44", 40_000);

    private static final String CHECKOUT = "11YN" + DATE + BLANK_DATE + "AOmain|AApatron1|ABitem1|AC|";
    private static final String CHECKOUT_NO_AO = "11YN" + DATE + BLANK_DATE + "AO|AApatron1|ABitem1|AC|";
    private static final String CHECKIN = "09N" + DATE + BLANK_DATE + "APdesk|AOmain|ABitem1|AC|";
    private static final String SC_STATUS = "9900802.00";
    private static final String LOGIN_OK = "9300CNkiosk|COsecret|CPnorth|";
    private static final String LOGIN_BAD = "9300CNkiosk|COwrong|";

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Events events = new Events();
    private final AtomicInteger checkouts = new AtomicInteger();
    private final List<Sip2Session> checkoutSessions = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopExecutor() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    // ------------------------------------------------------------------ fixtures

    private static ClientPolicy account(String id, String password, String institution) {
        return ClientPolicy.builder().address("any").login(id, Secret.of(password)).institutionId(institution).build();
    }

    private static ClientPolicy loginFree(String address, String institution) {
        return ClientPolicy.builder().address(address).institutionId(institution).locationCode("desk-1").build();
    }

    private CheckoutResponse checkout(CheckoutRequest request, Sip2Session session) {
        checkouts.incrementAndGet();
        checkoutSessions.add(session);
        return Responses.checkout(request, session).ok(true).titleIdentifier("The Hobbit")
                .dueDate("20240129    235900").build();
    }

    private HandlerRegistry.Builder checkoutOnly() {
        return HandlerRegistry.builder().put(MessageType.CHECKOUT, CheckoutRequest.class, this::checkout);
    }

    private ProtocolEngine.Builder engine(ClientPolicy... policies) {
        return ProtocolEngine.builder()
                .policies(ClientPolicies.of(policies))
                .handlers(checkoutOnly().build())
                .executor(executor)
                .clock(CLOCK)
                .listener(events);
    }

    private static ProtocolSession open(ProtocolEngine engine, InetSocketAddress address) {
        return engine.open(address).orElseThrow();
    }

    /** Sends one frame and returns the reply's text without the terminator ("" when nothing is written). */
    private static String send(ProtocolSession session, String frame) {
        return text(session.handle(frame.getBytes(CP850)));
    }

    private static String text(Reply reply) {
        String text = reply.text(CP850);
        assertThat(text).satisfiesAnyOf(t -> assertThat(t).isEmpty(), t -> assertThat(t).endsWith("\r"));
        return text.isEmpty() ? text : text.substring(0, text.length() - 1);
    }

    /** Appends AY and a correct AZ. */
    private static String seal(String body, int sequence) {
        String text = body + "AY" + sequence + "AZ";
        byte[] bytes = text.getBytes(CP850);
        return text + Checksum.toHex(Checksum.compute(bytes, 0, bytes.length));
    }

    private static <M extends AcsMessage> M decode(String reply, Class<M> type) {
        return Sip2Codec.defaults().decode(reply, type);
    }

    private ProtocolSession loggedInKiosk(ProtocolEngine engine) {
        ProtocolSession session = open(engine, ELSEWHERE);
        assertThat(send(session, LOGIN_OK)).isEqualTo("941");
        return session;
    }

    // ------------------------------------------------------------------ login

    @Nested
    class Login {

        @Test
        void answers941WithTheRequestsSequenceNumberForAKnownAccount() {
            ProtocolSession session = open(engine(account("kiosk", "secret", "main")).build(), ELSEWHERE);

            assertThat(send(session, seal(LOGIN_OK, 5))).isEqualTo(seal("941", 5));
            assertThat(session.session().loggedIn()).isTrue();
            assertThat(session.session().institutionId()).isEqualTo("main");
            assertThat(session.session().locationCode()).contains("north");
            assertThat(events.all).contains("loginSucceeded main");
        }

        @Test
        void answers940ForAWrongPasswordAndKeepsTheConnectionOpen() {
            ProtocolSession session = open(engine(account("kiosk", "secret", "main")).build(), ELSEWHERE);

            Reply reply = session.handle(LOGIN_BAD.getBytes(CP850));

            assertThat(text(reply)).isEqualTo("940");
            assertThat(reply.close()).isFalse();
            assertThat(session.awaitingLogin()).isTrue();
            assertThat(events.all).contains("loginFailed kiosk");
        }

        @Test
        void closesTheConnectionAfterTheThirdRefusedLogin() {
            ProtocolSession session = open(engine(account("kiosk", "secret", "main")).build(), ELSEWHERE);

            assertThat(session.handle(LOGIN_BAD.getBytes(CP850)).close()).isFalse();
            assertThat(session.handle("9300CNother|COx|".getBytes(CP850)).close()).isFalse();
            Reply third = session.handle(LOGIN_BAD.getBytes(CP850));

            assertThat(text(third)).isEqualTo("940");
            assertThat(third.close()).isTrue();
        }

        @Test
        void honoursAConfiguredFailedLoginLimit() {
            ProtocolSession session =
                    open(engine(account("kiosk", "secret", "main")).maxFailedLogins(1).build(), ELSEWHERE);

            assertThat(session.handle(LOGIN_BAD.getBytes(CP850)).close()).isTrue();
        }

        @Test
        void anAcceptedLoginResetsTheFailureCount() {
            ProtocolSession session = open(engine(account("kiosk", "secret", "main")).build(), ELSEWHERE);

            send(session, LOGIN_BAD);
            send(session, LOGIN_BAD);
            send(session, LOGIN_OK);
            assertThat(session.handle(LOGIN_BAD.getBytes(CP850)).close()).isFalse();
            assertThat(session.handle(LOGIN_BAD.getBytes(CP850)).close()).isFalse();
        }

        @Test
        void refusesEncryptedLoginAlgorithms() {
            ProtocolSession session = open(engine(account("kiosk", "secret", "main")).build(), ELSEWHERE);

            assertThat(send(session, "9310CNkiosk|COsecret|")).isEqualTo("940");
        }

        @Test
        void refusesALoginNamingADeactivatedPolicy() {
            ClientPolicy off = account("kiosk", "secret", "main").toBuilder().activated(false).build();
            ProtocolSession session = open(engine(off).build(), ELSEWHERE);

            assertThat(send(session, LOGIN_OK)).isEqualTo("940");
            assertThat(session.awaitingLogin()).isTrue();
        }

        @Test
        void switchesInstitutionWithASecondLoginOnTheOpenConnection() {
            ClientPolicy north = ClientPolicy.builder().address("10.0.0.7").login("north", Secret.of("n"))
                    .institutionId("north-lib").locationCode("N1").build();
            ClientPolicy south = ClientPolicy.builder().address("10.0.0.7").login("south", Secret.of("s"))
                    .institutionId("south-lib").build();
            ProtocolSession session = open(engine(north, south).build(), SHARED);

            assertThat(send(session, "9300CNnorth|COn|")).isEqualTo("941");
            CheckoutResponse first = decode(send(session, CHECKOUT_NO_AO), CheckoutResponse.class);
            assertThat(send(session, "9300CNsouth|COs|CPS7|")).isEqualTo("941");
            CheckoutResponse second = decode(send(session, CHECKOUT_NO_AO), CheckoutResponse.class);

            assertThat(first.institutionId()).isEqualTo("north-lib");
            assertThat(second.institutionId()).isEqualTo("south-lib");
            assertThat(checkoutSessions).extracting(Sip2Session::institutionId)
                    .containsExactly("north-lib", "south-lib");
            assertThat(checkoutSessions).extracting(Sip2Session::locationCode)
                    .containsExactly(Optional.of("N1"), Optional.of("S7"));
            assertThat(checkoutSessions.get(0).attributes()).isSameAs(checkoutSessions.get(1).attributes());
        }

        @Test
        void aRefusedSecondLoginKeepsTheCurrentPolicy() {
            ProtocolSession session = loggedInKiosk(engine(account("kiosk", "secret", "main")).build());

            assertThat(send(session, LOGIN_BAD)).isEqualTo("940");

            assertThat(session.session().institutionId()).isEqualTo("main");
            assertThat(decode(send(session, CHECKOUT), CheckoutResponse.class).ok()).isTrue();
        }

        @Test
        void usesACustomAuthenticatorAndItsPolicy() {
            ClientPolicy fromIls = ClientPolicy.builder().address("any").login("ils-user", Secret.EMPTY)
                    .institutionId("ils-lib").build();
            ProtocolEngine engine = engine(account("kiosk", "secret", "main"))
                    .authenticator(attempt -> attempt.loginUserId().equals("ils-user") ? Optional.of(fromIls)
                            : Optional.empty())
                    .build();
            ProtocolSession session = open(engine, ELSEWHERE);

            assertThat(send(session, "9300CNils-user|COanything|")).isEqualTo("941");
            assertThat(session.session().institutionId()).isEqualTo("ils-lib");
        }

        @Test
        void anAuthenticatorFailureRefusesTheLoginWithoutCountingIt() {
            ProtocolEngine engine = engine(account("kiosk", "secret", "main"))
                    .maxFailedLogins(1)
                    .authenticator(attempt -> {
                        throw new IllegalStateException("directory down: password=secret");
                    })
                    .build();
            ProtocolSession session = open(engine, ELSEWHERE);

            Reply reply = session.handle(LOGIN_OK.getBytes(CP850));

            assertThat(text(reply)).isEqualTo("940");
            assertThat(reply.close()).isFalse();
            assertThat(events.all).contains("handlerFailed 93 IllegalStateException");
        }

        @Test
        void encodesTheLoginResponseWithTheSelectedPolicysProfile() {
            ClientPolicy koha = account("kiosk", "secret", "main").toBuilder().profileName("koha").build();
            ProtocolSession session = open(engine(koha).build(), ELSEWHERE);

            Reply reply = session.handle(LOGIN_OK.getBytes(CP850));

            assertThat(reply.text(StandardCharsets.UTF_8)).isEqualTo("941\r\n");
            assertThat(session.session().profile().name()).isEqualTo("koha");
        }
    }

    // ------------------------------------------------------------------ access before login

    @Nested
    class BeforeLogin {

        @Test
        void refusesACheckoutWithACheckoutResponseAskingToLogIn() {
            ProtocolSession session = open(engine(account("kiosk", "secret", "main")).build(), ELSEWHERE);

            String reply = send(session, CHECKOUT);

            assertThat(reply).isEqualTo("120NUN" + NOW + "AOmain|AApatron1|ABitem1|AJ|AH|AFPlease log in first|");
            assertThat(checkouts).hasValue(0);
        }

        @Test
        void refusesAPatronStatusRequestWithDeniedPrivileges() {
            ProtocolSession session = open(engine(account("kiosk", "secret", "main")).build(), ELSEWHERE);

            PatronStatusResponse reply = decode(
                    send(session, "23001" + DATE + "AOmain|AApatron1|AC|AD|"), PatronStatusResponse.class);

            assertThat(reply.patronStatus()).contains(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
            assertThat(reply.screenMessages()).containsExactly("Please log in first");
        }

        @Test
        void answersScStatusBeforeLoginWhenTheProfileAllowsIt() {
            ProtocolSession session = open(engine(account("kiosk", "secret", "main")).build(), ELSEWHERE);

            AcsStatus status = decode(send(session, SC_STATUS), AcsStatus.class);

            assertThat(status.onlineStatus()).isTrue();
            assertThat(status.institutionId()).isEmpty();
            assertThat(status.screenMessages()).isEmpty();
        }

        @Test
        void refusesScStatusBeforeLoginWhenTheProfileDoesNot() {
            VendorProfile strictLogin = VendorProfile.builder("login-first", "93 before 99")
                    .scStatusBeforeLogin(false).build();
            ClientPolicy policy = account("kiosk", "secret", "main").toBuilder().profileName("login-first").build();
            ProtocolSession session = open(engine(policy).profile(strictLogin).build(), ELSEWHERE);

            AcsStatus status = decode(send(session, SC_STATUS), AcsStatus.class);

            assertThat(status.onlineStatus()).isFalse();
            assertThat(status.checkoutOk()).isFalse();
            assertThat(status.screenMessages()).containsExactly("Please log in first");
        }

        @Test
        void servesAnAddressWhosePolicyNeedsNoLoginWithoutALogin() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            CheckoutResponse reply = decode(send(session, CHECKOUT_NO_AO), CheckoutResponse.class);

            assertThat(reply.ok()).isTrue();
            assertThat(reply.institutionId()).isEqualTo("branch");
            assertThat(checkoutSessions.get(0).loggedIn()).isFalse();
            assertThat(checkoutSessions.get(0).locationCode()).contains("desk-1");
        }

        @Test
        void refusesALoginOnAnAddressWhosePolicyHasNoAccounts() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            assertThat(send(session, LOGIN_OK)).isEqualTo("940");
            assertThat(decode(send(session, CHECKOUT), CheckoutResponse.class).ok()).isTrue();
        }
    }

    // ------------------------------------------------------------------ admission

    @Nested
    class Admission {

        @Test
        void refusesAnAddressNoPolicyMatches() {
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch")).build();

            assertThat(engine.open(ELSEWHERE)).isEmpty();
            assertThat(events.all).containsExactly("refused /192.0.2.44:40000 UNKNOWN_ADDRESS");
        }

        @Test
        void refusesAnAddressWhoseLoginFreePolicyIsDeactivated() {
            ClientPolicy off = loginFree("10.0.0.0/24", "branch").toBuilder().activated(false).build();
            ProtocolEngine engine = engine(off, account("kiosk", "secret", "main")).build();

            assertThat(engine.open(KIOSK)).isEmpty();
            assertThat(events.all).containsExactly("refused /10.0.0.5:40000 POLICY_DEACTIVATED");
        }

        @Test
        void reportsAnAdmittedConnectionAndItsClosing() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            session.closed();
            session.closed();

            assertThat(events.all).containsExactly("opened " + session.id(), "closed " + session.id());
            assertThat(session.handle(SC_STATUS.getBytes(CP850)).close()).isTrue();
        }

        @Test
        void rejectsAPolicyNamingAnUnknownProfile() {
            ClientPolicy policy = loginFree("10.0.0.5", "branch").toBuilder().profileName("nonesuch").build();

            assertThatThrownBy(() -> engine(policy).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"nonesuch\"")
                    .hasMessageContaining("expected: one of [default, bibliotheca");
        }
    }

    // ------------------------------------------------------------------ SC status

    @Nested
    class ScStatus {

        @Test
        void derivesSupportedMessagesFromTheRegisteredHandlers() {
            Sip2Handler<CheckinRequest, io.github.sip2kit.core.CheckinResponse> checkin =
                    (request, s) -> Responses.checkin(request, s).ok(true).build();
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .handlers(checkoutOnly().put(MessageType.CHECKIN, CheckinRequest.class, checkin).build())
                    .build();

            String reply = send(open(engine, KIOSK), seal(SC_STATUS, 1));

            assertThat(reply).isEqualTo(seal("98YYYNNN310999" + NOW + "2.00AObranch|BXNYYNYYYNYNNNNNNN|ANdesk-1|", 1));
        }

        @Test
        void marksRenewalAndStatusUpdateFromTheirHandlers() {
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .handlers(HandlerRegistry.builder()
                            .put(MessageType.RENEW_ALL, io.github.sip2kit.core.RenewAllRequest.class,
                                    (request, s) -> Responses.renewAll(request, s).build())
                            .put(MessageType.BLOCK_PATRON, io.github.sip2kit.core.BlockPatron.class,
                                    (request, s) -> Responses.blockPatron(request, s).build())
                            .build())
                    .backendTimeout(Duration.ofMinutes(5))
                    .build();

            AcsStatus status = decode(send(open(engine, KIOSK), SC_STATUS), AcsStatus.class);

            assertThat(status.checkinOk()).isFalse();
            assertThat(status.acsRenewalPolicy()).isTrue();
            assertThat(status.statusUpdateOk()).isTrue();
            assertThat(status.timeoutPeriod()).isEqualTo(999);
            assertThat(status.supportedMessages()).contains(SupportedMessage.RENEW_ALL, SupportedMessage.BLOCK_PATRON,
                    SupportedMessage.LOGIN, SupportedMessage.END_PATRON_SESSION);
        }
    }

    // ------------------------------------------------------------------ resends and duplicates

    @Nested
    class Resend {

        @Test
        void answers97BeforeAnyResponseWith96() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            assertThat(send(session, "97AZFEF5")).isEqualTo("96AZFEF6");
            assertThat(send(session, "97")).isEqualTo("96AZFEF6");
        }

        @Test
        void answers97WithTheLastResponsesExactBytes() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);
            Reply original = session.handle(seal(CHECKOUT, 3).getBytes(CP850));

            Reply resent = session.handle("97AZFEF5".getBytes(CP850));

            assertThat(resent.bytes()).isEqualTo(original.bytes());
            assertThat(text(resent)).contains("AY3AZ");
            assertThat(checkouts).hasValue(1);
        }

        @Test
        void answers97AfterA96WithThe96() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);
            send(session, CHECKOUT);

            assertThat(send(session, "9900802.00AY1AZFCA1")).isEqualTo("96AZFEF6");
            assertThat(send(session, "97AZFEF5")).isEqualTo("96AZFEF6");
        }

        @Test
        void replaysTheResponseToARepeatedRequestWithoutCallingTheHandlerAgain() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);
            String request = seal(CHECKOUT, 4);

            String first = send(session, request);
            String second = send(session, request);

            assertThat(second).isEqualTo(first);
            assertThat(checkouts).hasValue(1);
        }

        @Test
        void replaysTheRightResponseWhenA97CameInBetween() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);
            String request = seal(CHECKOUT, 4);
            String first = send(session, request);

            send(session, "97AZFEF5");

            assertThat(send(session, request)).isEqualTo(first);
            assertThat(checkouts).hasValue(1);
        }

        @Test
        void runsTheHandlerAgainForARequestWithANewSequenceNumber() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            send(session, seal(CHECKOUT, 4));
            send(session, seal(CHECKOUT, 5));

            assertThat(checkouts).hasValue(2);
        }

        @Test
        void runsTheHandlerAgainForARepeatedRequestWithoutErrorDetection() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            send(session, CHECKOUT);
            send(session, CHECKOUT);

            assertThat(checkouts).hasValue(2);
        }

        @Test
        void runsTheHandlerAgainWhenAnotherRequestCameInBetween() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);
            String request = seal(CHECKOUT, 4);

            send(session, request);
            send(session, seal(SC_STATUS, 5));
            send(session, request);

            assertThat(checkouts).hasValue(2);
        }
    }

    // ------------------------------------------------------------------ error detection

    @Nested
    class ErrorDetectionModes {

        private ProtocolSession withProfile(ErrorDetection mode) {
            VendorProfile profile = VendorProfile.builder("ed-" + mode, "error detection " + mode)
                    .errorDetection(mode).build();
            ClientPolicy policy = loginFree("10.0.0.5", "branch").toBuilder().profileName(profile.name()).build();
            return open(engine(policy).profile(profile).build(), KIOSK);
        }

        @Test
        void autoAnswersWithoutTrailerWhenTheRequestHadNone() {
            String reply = send(withProfile(ErrorDetection.AUTO), SC_STATUS);

            assertThat(reply).startsWith("98").doesNotContain("AY").doesNotContain("AZ");
        }

        @Test
        void autoEchoesTheSequenceNumberWithAValidChecksum() {
            String reply = send(withProfile(ErrorDetection.AUTO), seal(SC_STATUS, 7));

            Sip2Frame frame = Sip2Codec.defaults().decodeFrame(reply);
            assertThat(frame.sequenceNumber()).hasValue(7);
            assertThat(frame.hasChecksum()).isTrue();
        }

        @Test
        void onAddsTheTrailerEvenWhenTheRequestHadNone() {
            String reply = send(withProfile(ErrorDetection.ON), SC_STATUS);

            assertThat(Sip2Codec.defaults().decodeFrame(reply).sequenceNumber()).hasValue(0);
        }

        @Test
        void offNeverAddsTheTrailer() {
            ProtocolSession session = withProfile(ErrorDetection.OFF);

            assertThat(send(session, seal(SC_STATUS, 7))).doesNotContain("AY").doesNotContain("AZ");
            assertThat(send(session, "9900802.00AY1AZFCA1")).isEqualTo("96");
        }

        @Test
        void answersABadChecksumWith96CarryingAz() {
            ProtocolSession session = withProfile(ErrorDetection.AUTO);

            assertThat(send(session, "9900802.00AY1AZFCA1")).isEqualTo("96AZFEF6");
            assertThat(events.all).contains("checksumError");
        }

        @Test
        void answersAnUndecodableRequestWith96AndNeverTheErrorText() {
            ProtocolSession session = withProfile(ErrorDetection.AUTO);

            String reply = send(session, "11XN" + DATE + BLANK_DATE + "AOmain|AApatron1|ABitem1|AC|");

            assertThat(reply).isEqualTo("96");
            assertThat(events.all).contains("malformed INVALID_FIXED_FIELD");
            assertThat(checkouts).hasValue(0);
        }

        @Test
        void answersAResponseSentByMistakeWith96() {
            ProtocolSession session = withProfile(ErrorDetection.AUTO);

            assertThat(send(session, "941AY5AZFDF8")).isEqualTo("96AZFEF6");
            assertThat(events.all).contains("malformed UNEXPECTED_DIRECTION");
        }

        @Test
        void ignoresAnUnknownMessageCode() {
            Reply reply = withProfile(ErrorDetection.AUTO).handle("XXsomething|".getBytes(CP850));

            assertThat(reply.hasBytes()).isFalse();
            assertThat(reply.close()).isFalse();
        }

        @Test
        void closesOnAnOversizedFrameWithoutAnswering() {
            ProtocolSession session = withProfile(ErrorDetection.AUTO);
            Sip2DecodeException tooLong = new Sip2DecodeException(Sip2DecodeException.Reason.FRAME_TOO_LONG,
                    "frame too long", null, null, 0, "");

            Reply reply = session.oversizedFrame(tooLong);

            assertThat(reply.hasBytes()).isFalse();
            assertThat(reply.close()).isTrue();
            assertThat(events.all).contains("malformed FRAME_TOO_LONG");
        }
    }

    // ------------------------------------------------------------------ handlers

    @Nested
    class Handlers {

        @Test
        void answersARequestWithoutHandlerWithANotSupportedRefusal() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            HoldResponse reply = decode(send(session, "15+" + DATE + "BSMAIN|AOmain|AApatron1|AJ123|"),
                    HoldResponse.class);

            assertThat(reply.ok()).isFalse();
            assertThat(reply.available()).isFalse();
            assertThat(reply.screenMessages()).containsExactly("Not supported");
            assertThat(reply.titleIdentifier()).contains("123");
        }

        @Test
        void endsAPatronSessionByDefaultWhenNoHandlerIsRegistered() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            String reply = send(session, seal("35" + DATE + "AOmain|AApatron1|", 3));

            assertThat(reply).isEqualTo(seal("36Y" + NOW + "AOmain|AApatron1|", 3));
        }

        @Test
        void delegatesEndPatronSessionToARegisteredHandler() {
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .handlers(HandlerRegistry.builder()
                            .put(MessageType.END_PATRON_SESSION, io.github.sip2kit.core.EndPatronSessionRequest.class,
                                    (request, s) -> Responses.endPatronSession(request, s)
                                            .addScreenMessage("Goodbye").build())
                            .build())
                    .build();

            EndSessionResponse reply = decode(send(open(engine, KIOSK), "35" + DATE + "AOmain|AApatron1|"),
                    EndSessionResponse.class);

            assertThat(reply.endSession()).isFalse();
            assertThat(reply.screenMessages()).containsExactly("Goodbye");
        }

        @Test
        void refusesWhenTheHandlerThrowsAndReportsTheFailure() {
            CheckoutHandler failing = (request, s) -> {
                throw new java.io.IOException("connection refused: jdbc:postgresql://db/ils?password=hunter2");
            };
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .handlers(HandlerRegistry.builder()
                            .put(MessageType.CHECKOUT, CheckoutRequest.class, failing).build())
                    .build();

            String reply = send(open(engine, KIOSK), CHECKOUT);

            assertThat(reply).isEqualTo(
                    "120NUN" + NOW + "AOmain|AApatron1|ABitem1|AJ|AH|AFRequest failed, please try again|");
            assertThat(reply).doesNotContain("hunter2").doesNotContain("jdbc");
            assertThat(events.all).contains("handlerFailed 11 IOException");
        }

        @Test
        @SuppressWarnings({"unchecked", "rawtypes"})
        void refusesWhenTheHandlerReturnsAResponseOfTheWrongType() {
            Sip2Handler raw = (request, s) -> io.github.sip2kit.core.LoginResponse.builder().ok(true).build();
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .handlers(HandlerRegistry.builder().put(MessageType.CHECKOUT, CheckoutRequest.class, raw).build())
                    .build();

            CheckoutResponse reply = decode(send(open(engine, KIOSK), CHECKOUT), CheckoutResponse.class);

            assertThat(reply.ok()).isFalse();
            assertThat(events.all).contains("handlerFailed 11 IllegalStateException");
        }

        @Test
        void refusesWhenTheHandlerReturnsNull() {
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .handlers(HandlerRegistry.builder()
                            .put(MessageType.CHECKOUT, CheckoutRequest.class, (request, s) -> null).build())
                    .build();

            CheckoutResponse reply = decode(send(open(engine, KIOSK), CHECKOUT), CheckoutResponse.class);

            assertThat(reply.ok()).isFalse();
            assertThat(reply.screenMessages()).containsExactly("Request failed, please try again");
        }

        @Test
        void refusesWhenTheExecutorRejectsTheRequest() {
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .executor(command -> {
                        throw new java.util.concurrent.RejectedExecutionException("saturated");
                    })
                    .build();

            CheckoutResponse reply = decode(send(open(engine, KIOSK), CHECKOUT), CheckoutResponse.class);

            assertThat(reply.ok()).isFalse();
            assertThat(checkouts).hasValue(0);
        }

        @Test
        void answersWithATimeoutRefusalAndDropsTheLateResult() throws InterruptedException {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(1);
            AtomicInteger calls = new AtomicInteger();
            CheckoutHandler slow = (request, s) -> {
                calls.incrementAndGet();
                release.await();
                finished.countDown();
                return Responses.checkout(request, s).ok(true).build();
            };
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .handlers(HandlerRegistry.builder().put(MessageType.CHECKOUT, CheckoutRequest.class, slow).build())
                    .backendTimeout(Duration.ofMillis(200))
                    .build();
            ProtocolSession session = open(engine, KIOSK);

            long start = System.nanoTime();
            String reply = send(session, seal(CHECKOUT, 2));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            CheckoutResponse refusal = decode(reply, CheckoutResponse.class);
            assertThat(refusal.ok()).isFalse();
            assertThat(refusal.screenMessages()).containsExactly(Refusals.TIMED_OUT);
            assertThat(elapsedMillis).isGreaterThanOrEqualTo(150).isLessThan(20_000);
            assertThat(events.all).contains("backendTimeout 11 PT0.2S");

            release.countDown();
            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(send(session, "97AZFEF5")).isEqualTo(reply);
            assertThat(send(session, seal(SC_STATUS, 3))).startsWith("98Y");
            assertThat(calls).hasValue(1);
        }

        @Test
        void reportsEveryAnsweredRequest() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            send(session, SC_STATUS);
            send(session, CHECKOUT);
            send(session, "97");

            assertThat(events.all).containsSubsequence("handled 99", "handled 11", "handled 97");
        }

        @Test
        void refusesAFrameSubmittedWhileAnotherIsInFlight() throws InterruptedException {
            CountDownLatch release = new CountDownLatch(1);
            CheckoutHandler slow = (request, s) -> {
                release.await();
                return Responses.checkout(request, s).build();
            };
            ProtocolEngine engine = engine(loginFree("10.0.0.5", "branch"))
                    .handlers(HandlerRegistry.builder().put(MessageType.CHECKOUT, CheckoutRequest.class, slow).build())
                    .build();
            ProtocolSession session = open(engine, KIOSK);

            var pending = session.submit(CHECKOUT.getBytes(CP850));
            assertThatThrownBy(() -> session.submit(SC_STATUS.getBytes(CP850)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in flight");
            release.countDown();
            assertThat(pending.join().hasBytes()).isTrue();
            assertThat(send(session, SC_STATUS)).startsWith("98");
        }

        @Test
        void handlerSeesTheSessionsClockAndRemoteAddress() {
            ProtocolSession session = open(engine(loginFree("10.0.0.5", "branch")).build(), KIOSK);

            send(session, CHECKOUT);

            Sip2Session seen = checkoutSessions.get(0);
            assertThat(seen.clock()).isSameAs(CLOCK);
            assertThat(seen.remoteAddress()).isEqualTo(KIOSK);
            assertThat(seen.connectionId()).isEqualTo(session.id());
        }
    }

    /** Records listener events as short strings. */
    private static final class Events implements ServerListener {
        final List<String> all = new CopyOnWriteArrayList<>();

        @Override
        public void connectionOpened(Sip2Session session) {
            all.add("opened " + session.connectionId());
        }

        @Override
        public void connectionClosed(Sip2Session session) {
            all.add("closed " + session.connectionId());
        }

        @Override
        public void connectionRefused(InetSocketAddress remoteAddress, RefusalReason reason) {
            all.add("refused " + remoteAddress + " " + reason);
        }

        @Override
        public void loginSucceeded(Sip2Session session) {
            all.add("loginSucceeded " + session.institutionId());
        }

        @Override
        public void loginFailed(Sip2Session session, String loginUserId) {
            all.add("loginFailed " + loginUserId);
        }

        @Override
        public void requestHandled(Sip2Session session, MessageType type, Duration duration) {
            all.add("handled " + type.code());
        }

        @Override
        public void handlerFailed(Sip2Session session, MessageType type, Throwable error) {
            all.add("handlerFailed " + type.code() + " " + error.getClass().getSimpleName());
        }

        @Override
        public void backendTimeout(Sip2Session session, MessageType type, Duration timeout) {
            all.add("backendTimeout " + type.code() + " " + timeout);
        }

        @Override
        public void checksumError(Sip2Session session) {
            all.add("checksumError");
        }

        @Override
        public void malformedRequest(Sip2Session session, Sip2DecodeException error) {
            all.add("malformed " + error.reason());
        }
    }
}
