package io.github.sip2kit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.DuplicateFieldPolicy;
import io.github.sip2kit.codec.Redaction;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.Strictness;
import io.github.sip2kit.codec.UnknownFieldPolicy;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.ItemStatusUpdateResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronEnableResponse;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewAllResponse;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.RenewResponse;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.ServerListener;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.server.Sip2Session;
import io.github.sip2kit.server.internal.ProtocolEngine;
import io.github.sip2kit.server.internal.ProtocolSession;
import io.github.sip2kit.server.internal.Reply;
import io.github.sip2kit.server.internal.ServerBuilderAccess;
import io.github.sip2kit.server.spi.LoginAuthenticator;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every SIP2 backend must keep, as an abstract JUnit 5 test a vendor extends with its own handlers
 * and a few identifiers of its test data:
 * <pre>{@code
 * class AcmeIlsContractTest extends Sip2BackendContractTest {
 *     private final AcmeIls ils = AcmeIls.withTestData();
 *
 *     protected void registerHandlers(Sip2Server.Builder server) {
 *         new AcmeIlsBackend(ils).register(server);            // or server.onCheckout(ils::checkout)...
 *     }
 *     protected String institutionId() { return "ACME"; }
 *     protected String knownPatronIdentifier() { return "21234000001"; }
 *     protected String knownPatronPassword() { return "4711"; }
 *     protected String knownItemIdentifier() { return "31234000042"; }
 * }
 * }</pre>
 *
 * <p>The handlers run behind the server kit's real protocol engine, without a network: each request is encoded
 * with a sequence number and checksum, handed to a new logged-in session, and the reply's bytes are checked. For
 * every request type the handlers registered, the test sends representative requests (a known patron with the
 * right PIN, a wrong PIN, an unknown patron, a known and an unknown item, each summary list of Patron Information,
 * the hold modes) and checks that each response
 * <ul>
 *   <li>comes from the handler: it did not throw, time out, return {@code null} or a response of the wrong type, or
 *       one the codec cannot encode (the kit would send a generic refusal instead);</li>
 *   <li>is the response type the spec pairs with the request, decodes strictly (every fixed field valid, every
 *       required field present, no field twice; unknown extension fields are allowed) and carries the
 *       request's sequence number with a correct checksum;</li>
 *   <li>echoes the identifiers the spec requires: institution id (AO) in all but 18 and 20, patron identifier
 *       (AA) in 12, 16, 24, 26, 30, 36, 38 and 64, item identifier (AB) in 10, 12, 18, 20 and 30 (and in 16 when it
 *       is sent);</li>
 *   <li>has a transaction date that is a real date within {@link #clockTolerance()} of {@link #clock()}'s now, and
 *       valid hold expiration, recall and pickup dates when it has them;</li>
 *   <li>contains no password: no AC, AD or CO field, neither the login password, the terminal password nor the
 *       wrong PIN anywhere in its bytes, and the known PIN nowhere as a word of its own (so choose a known patron
 *       whose PIN does not occur in other response fields, such as an item identifier).</li>
 * </ul>
 * It does not judge business outcomes: whether a checkout succeeds is the backend's decision. The requests change
 * the backend's data (checkouts, fee payments; Block Patron (01) is sent last, since it blocks the known patron),
 * so give each test class fresh test data. The kit answers Login, SC Status and resends itself; the test logs in
 * with its own account ({@link #loginUserId()}), which a backend with its own {@code LoginAuthenticator} must
 * accept. The engine's listener is replaced by the test's own, which records handler failures.
 *
 * <p>Needs JUnit Jupiter on the class path (the testkit's dependency on it is optional).
 */
public abstract class Sip2BackendContractTest {

    /** The default login user id (CN) of the test's terminal account. */
    public static final String CONTRACT_LOGIN_USER_ID = "contract-sc";
    /** The default login password (CO) of the test's terminal account; no response may contain it. */
    public static final String CONTRACT_LOGIN_PASSWORD = "Contract-Login-Secret-4417";
    /** The terminal password (AC) every request carries; no response may contain it. */
    public static final String CONTRACT_TERMINAL_PASSWORD = "Contract-Terminal-Secret-8086";
    /** The wrong patron password (AD) of the wrong-PIN requests; no response may contain it. */
    public static final String CONTRACT_WRONG_PATRON_PASSWORD = "Contract-Wrong-Pin-2961";

    private static final InetSocketAddress TERMINAL = new InetSocketAddress("192.0.2.40", 40_000);

    /** Creates the test. */
    protected Sip2BackendContractTest() {}

    // ------------------------------------------------------------------ what the vendor provides

    /**
     * Registers the backend's handlers (and, if it has one, its login authenticator) on a server builder, as a
     * {@code Sip2BackendProvider} does. Called once per test method; the builder already has the test's policies
     * and clock.
     *
     * @param server the builder to register on
     */
    protected abstract void registerHandlers(Sip2Server.Builder server);

    /** {@return the institution id (AO) of the test data, sent in every request and expected back} */
    protected abstract String institutionId();

    /** {@return the identifier (AA) of a patron the backend knows} */
    protected abstract String knownPatronIdentifier();

    /** {@return the password (PIN, AD) of the known patron} */
    protected abstract String knownPatronPassword();

    /** {@return the identifier (AB) of an item the backend knows} */
    protected abstract String knownItemIdentifier();

    /** {@return a patron identifier the backend does not know; default {@code CONTRACT-NO-SUCH-PATRON}} */
    protected String unknownPatronIdentifier() {
        return "CONTRACT-NO-SUCH-PATRON";
    }

    /** {@return an item identifier the backend does not know; default {@code CONTRACT-NO-SUCH-ITEM}} */
    protected String unknownItemIdentifier() {
        return "CONTRACT-NO-SUCH-ITEM";
    }

    /**
     * {@return the location code: the terminal's location (CP) and the current location (AP) of checkins; default
     * empty}
     */
    protected String locationCode() {
        return "";
    }

    /** {@return the currency (BH) of the Fee Paid requests; default {@code USD}} */
    protected String currencyType() {
        return CurrencyType.USD.code();
    }

    /** {@return the login user id (CN) of the test's terminal; default {@value #CONTRACT_LOGIN_USER_ID}} */
    protected String loginUserId() {
        return CONTRACT_LOGIN_USER_ID;
    }

    /** {@return the login password (CO) of the test's terminal; default {@value #CONTRACT_LOGIN_PASSWORD}} */
    protected String loginPassword() {
        return CONTRACT_LOGIN_PASSWORD;
    }

    /** {@return the clock of the sessions, against which transaction dates are checked; default the system's} */
    protected Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** {@return how far a transaction date may be from the clock's now; default two minutes} */
    protected Duration clockTolerance() {
        return Duration.ofMinutes(2);
    }

    // ------------------------------------------------------------------ the tests

    /** The handlers register at least one request type, and the kit's SC Status lists exactly those. */
    @Test
    public void scStatusListsTheRegisteredRequests() {
        Harness harness = new Harness();
        Set<MessageType> types = harness.engine.handlers().types();
        assertFalse(types.isEmpty(), "registerHandlers registered no handler (expected: at least one)");
        Session session = harness.loggedIn();
        AcsStatus status = (AcsStatus) session.exchange(ScStatus.builder().build()).message();
        for (MessageType type : types) {
            Optional<SupportedMessage> supported = SupportedMessage.forRequest(type);
            supported.ifPresent(message -> assertTrue(status.supportedMessages().contains(message),
                    "98 BX: " + message + " missing for the registered " + type));
        }
        assertEquals(institutionId(), status.institutionId(), "98 AO: the institution of the test's policy");
    }

    /**
     * {@return one test per representative request of every registered type}
     */
    @TestFactory
    public Stream<DynamicTest> everyRegisteredRequestGetsAWellFormedResponse() {
        Harness harness = new Harness();
        Set<MessageType> registered = harness.engine.handlers().types();
        return scenarios().stream()
                .filter(scenario -> registered.contains(scenario.request.messageType()))
                .map(scenario -> DynamicTest.dynamicTest(scenario.name, () -> harness.check(scenario)));
    }

    // ------------------------------------------------------------------ scenarios

    /** A request, what it sent, and a name for the report. */
    private static final class Scenario {
        final String name;
        final ScRequest<?> request;
        final String institutionId;
        final Optional<String> patronId;
        final Optional<String> itemId;
        final Optional<String> pin;

        Scenario(String name, ScRequest<?> request, String institutionId, String patronId, String itemId,
                String pin) {
            this.name = request.messageType().code() + " " + name;
            this.request = request;
            this.institutionId = institutionId;
            this.patronId = Optional.ofNullable(patronId);
            this.itemId = Optional.ofNullable(itemId);
            this.pin = Optional.ofNullable(pin);
        }
    }

    private List<Scenario> scenarios() {
        String ao = institutionId();
        String patron = knownPatronIdentifier();
        String pin = knownPatronPassword();
        String wrong = CONTRACT_WRONG_PATRON_PASSWORD;
        String nobody = unknownPatronIdentifier();
        String item = knownItemIdentifier();
        String nothing = unknownItemIdentifier();
        Sip2Timestamp now = Sip2Timestamp.now(clock());
        Secret ac = Secret.of(CONTRACT_TERMINAL_PASSWORD);
        List<Scenario> all = new ArrayList<>();

        for (String[] who : new String[][] {{"known patron", patron, pin}, {"wrong PIN", patron, wrong},
                {"unknown patron", nobody, pin}}) {
            all.add(new Scenario(who[0], PatronStatusRequest.builder().transactionDate(now).institutionId(ao)
                    .patronIdentifier(who[1]).terminalPassword(ac).patronPassword(Secret.of(who[2])).build(),
                    ao, who[1], null, who[2]));
        }
        all.add(new Scenario("known patron, no list", patronInformation(now, ao, patron, pin, Set.of()),
                ao, patron, null, pin));
        for (SummaryItem list : EnumSet.range(SummaryItem.HOLD_ITEMS, SummaryItem.UNAVAILABLE_HOLDS)) {
            all.add(new Scenario("known patron, " + list.description(),
                    patronInformation(now, ao, patron, pin, Set.of(list)), ao, patron, null, pin));
        }
        all.add(new Scenario("wrong PIN", patronInformation(now, ao, patron, wrong, Set.of()), ao, patron, null,
                wrong));
        all.add(new Scenario("unknown patron",
                patronInformation(now, ao, nobody, pin, Set.of(SummaryItem.CHARGED_ITEMS)), ao, nobody, null, pin));
        for (String[] what : new String[][] {{"known item", item}, {"unknown item", nothing}}) {
            all.add(new Scenario(what[0], ItemInformationRequest.builder().transactionDate(now).institutionId(ao)
                    .itemIdentifier(what[1]).terminalPassword(ac).build(), ao, null, what[1], null));
        }
        for (String[] who : new String[][] {{"known patron and item", patron, pin, item},
                {"wrong PIN", patron, wrong, item}, {"unknown item", patron, pin, nothing},
                {"unknown patron", nobody, pin, item}}) {
            all.add(new Scenario(who[0], CheckoutRequest.builder().transactionDate(now).institutionId(ao)
                    .patronIdentifier(who[1]).itemIdentifier(who[3]).terminalPassword(ac)
                    .patronPassword(Secret.of(who[2])).build(), ao, who[1], who[3], who[2]));
        }
        for (String[] who : new String[][] {{"known patron and item", patron, pin, item},
                {"wrong PIN", patron, wrong, item}, {"unknown item", patron, pin, nothing}}) {
            all.add(new Scenario(who[0], RenewRequest.builder().transactionDate(now).institutionId(ao)
                    .patronIdentifier(who[1]).patronPassword(Secret.of(who[2])).itemIdentifier(who[3])
                    .terminalPassword(ac).build(), ao, who[1], who[3], who[2]));
        }
        for (String[] who : new String[][] {{"known patron", patron, pin}, {"unknown patron", nobody, pin}}) {
            all.add(new Scenario(who[0], RenewAllRequest.builder().transactionDate(now).institutionId(ao)
                    .patronIdentifier(who[1]).patronPassword(Secret.of(who[2])).terminalPassword(ac).build(),
                    ao, who[1], null, who[2]));
        }
        for (String[] what : new String[][] {{"known item", item}, {"unknown item", nothing}}) {
            all.add(new Scenario(what[0], CheckinRequest.builder().transactionDate(now).returnDate(now)
                    .currentLocation(locationCode()).institutionId(ao).itemIdentifier(what[1]).terminalPassword(ac)
                    .build(), ao, null, what[1], null));
        }
        for (HoldMode mode : List.of(HoldMode.ADD, HoldMode.CHANGE, HoldMode.DELETE)) {
            all.add(new Scenario("mode " + mode.code() + ", known patron and item", HoldRequest.builder()
                    .holdMode(mode).transactionDate(now).institutionId(ao).patronIdentifier(patron)
                    .patronPassword(Secret.of(pin)).itemIdentifier(item).terminalPassword(ac).build(),
                    ao, patron, item, pin));
        }
        all.add(new Scenario("unknown patron", HoldRequest.builder().holdMode(HoldMode.ADD).transactionDate(now)
                .institutionId(ao).patronIdentifier(nobody).patronPassword(Secret.of(pin)).itemIdentifier(item)
                .terminalPassword(ac).build(), ao, nobody, item, pin));
        for (String[] what : new String[][] {{"known item", item}, {"unknown item", nothing}}) {
            all.add(new Scenario(what[0], ItemStatusUpdateRequest.builder().transactionDate(now).institutionId(ao)
                    .itemIdentifier(what[1]).terminalPassword(ac).itemProperties("contract test properties")
                    .build(), ao, null, what[1], null));
        }
        for (String[] who : new String[][] {{"known patron", patron, pin}, {"wrong PIN", patron, wrong},
                {"unknown patron", nobody, pin}}) {
            all.add(new Scenario(who[0], PatronEnableRequest.builder().transactionDate(now).institutionId(ao)
                    .patronIdentifier(who[1]).terminalPassword(ac).patronPassword(Secret.of(who[2])).build(),
                    ao, who[1], null, who[2]));
        }
        for (String[] who : new String[][] {{"known patron", patron, pin}, {"unknown patron", nobody, pin}}) {
            all.add(new Scenario(who[0], FeePaidRequest.builder().transactionDate(now).feeType(FeeType.OTHER_UNKNOWN)
                    .paymentType(PaymentType.CASH).currencyType(CurrencyType.of(currencyType())).feeAmount("0.01")
                    .institutionId(ao).patronIdentifier(who[1]).terminalPassword(ac)
                    .patronPassword(Secret.of(who[2])).build(), ao, who[1], null, who[2]));
        }
        for (String[] who : new String[][] {{"known patron", patron, pin}, {"unknown patron", nobody, pin}}) {
            all.add(new Scenario(who[0], EndPatronSessionRequest.builder().transactionDate(now).institutionId(ao)
                    .patronIdentifier(who[1]).terminalPassword(ac).patronPassword(Secret.of(who[2])).build(),
                    ao, who[1], null, who[2]));
        }
        for (String[] who : new String[][] {{"unknown patron", nobody}, {"known patron", patron}}) {
            all.add(new Scenario(who[0], BlockPatron.builder().cardRetained(false).transactionDate(now)
                    .institutionId(ao).blockedCardMessage("Blocked by the contract test").patronIdentifier(who[1])
                    .terminalPassword(ac).build(), ao, who[1], null, null));
        }
        return all;
    }

    private static PatronInformationRequest patronInformation(
            Sip2Timestamp now, String ao, String patron, String pin, Set<SummaryItem> summary) {
        return PatronInformationRequest.builder().transactionDate(now).summary(summary).institutionId(ao)
                .patronIdentifier(patron).terminalPassword(Secret.of(CONTRACT_TERMINAL_PASSWORD))
                .patronPassword(Secret.of(pin)).startItem("1").endItem("5").build();
    }

    // ------------------------------------------------------------------ driving the engine

    /** The vendor's handlers behind a protocol engine, with a listener that records handler failures. */
    private final class Harness {
        final ProtocolEngine engine;
        final List<String> failures = new CopyOnWriteArrayList<>();
        final List<Throwable> causes = new CopyOnWriteArrayList<>();

        Harness() {
            ClientPolicy.Builder policy = ClientPolicy.builder()
                    .address("any")
                    .login(loginUserId(), Secret.of(loginPassword()))
                    .institutionId(institutionId())
                    .description("contract test terminal");
            if (!locationCode().isEmpty()) {
                policy.locationCode(locationCode());
            }
            Sip2Server.Builder server = Sip2Server.builder()
                    .policies(ClientPolicies.of(policy.build()))
                    .authenticator(LoginAuthenticator.policyTable())
                    .clock(clock());
            registerHandlers(server);
            engine = ServerBuilderAccess.engine(server)
                    .listener(new ServerListener() {
                        @Override
                        public void handlerFailed(Sip2Session session, MessageType type, Throwable error) {
                            failures.add("the handler for " + type.code() + " failed: " + error);
                            causes.add(error);
                        }

                        @Override
                        public void backendTimeout(Sip2Session session, MessageType type, Duration timeout) {
                            failures.add("the handler for " + type.code() + " did not answer within " + timeout);
                        }
                    })
                    .executor(Runnable::run)
                    .build();
        }

        Session loggedIn() {
            ProtocolSession session = engine.open(TERMINAL).orElseThrow(() -> new AssertionError(
                    "the engine refused a connection from " + TERMINAL + " (expected: the test's policy for any "
                            + "address)"));
            Session s = new Session(session);
            LoginRequest.Builder login = LoginRequest.builder().loginUserId(loginUserId())
                    .loginPassword(Secret.of(loginPassword()));
            if (!locationCode().isEmpty()) {
                login.locationCode(locationCode());
            }
            LoginResponse response = (LoginResponse) s.exchange(login.build()).message();
            assertTrue(response.ok(), "login " + loginUserId() + " refused (expected: 941; a backend with its own "
                    + "LoginAuthenticator must accept the test's account, see loginUserId() and loginPassword())");
            return s;
        }

        void check(Scenario scenario) {
            Session session = loggedIn();
            failures.clear();
            causes.clear();
            Exchange exchange = session.exchange(scenario.request);
            List<String> violations = new ArrayList<>(failures);
            violations.addAll(violations(scenario, exchange, session.codec));
            if (!violations.isEmpty()) {
                String report = scenario.name + ": " + violations.size() + " violation(s)\n  - "
                        + String.join("\n  - ", violations) + "\n  response: " + masked(exchange.redacted());
                if (!causes.isEmpty()) {
                    fail(report, causes.get(0));
                }
                fail(report);
            }
        }
    }

    /** {@return the text with every password the test sent shown as {@code ****}} */
    private String masked(String text) {
        String out = text;
        for (String secret : List.of(loginPassword(), CONTRACT_TERMINAL_PASSWORD, CONTRACT_WRONG_PATRON_PASSWORD)) {
            if (!secret.isEmpty()) {
                out = out.replace(secret, "****");
            }
        }
        String pin = knownPatronPassword();
        return pin.isEmpty() ? out : word(pin).matcher(out).replaceAll("****");
    }

    /** One logged-in connection. */
    private static final class Session {
        final ProtocolSession session;
        final Sip2Codec codec;
        int sequence;

        Session(ProtocolSession session) {
            this.session = session;
            this.codec = session.session().profile().codec();
        }

        Exchange exchange(ScRequest<?> request) {
            int seq = sequence;
            sequence = (sequence + 1) % 10;
            byte[] sealed = codec.encode(request, seq);
            int length = sealed.length;
            while (length > 0 && (sealed[length - 1] == '\r' || sealed[length - 1] == '\n')) {
                length--;
            }
            Reply reply = session.handle(Arrays.copyOf(sealed, length));
            assertFalse(reply.close(), request.messageType().code() + ": the engine closed the connection");
            assertTrue(reply.hasBytes(), request.messageType().code() + ": no response");
            return new Exchange(request, seq, reply.bytes(), codec);
        }
    }

    /** A request's response bytes and what they decode to. */
    private static final class Exchange {
        final ScRequest<?> request;
        final int sequence;
        final byte[] bytes;
        final String text;
        final Sip2Frame frame;
        final char delimiter;

        Exchange(ScRequest<?> request, int sequence, byte[] bytes, Sip2Codec codec) {
            this.request = request;
            this.sequence = sequence;
            this.bytes = bytes;
            this.text = stripTerminator(new String(bytes, codec.charset()));
            this.delimiter = codec.fieldDelimiter();
            DecodeResult result = codec.tryDecode(bytes);
            this.frame = result instanceof DecodeResult.Decoded ? ((DecodeResult.Decoded) result).frame() : null;
        }

        Sip2Message message() {
            if (frame == null) {
                fail("response to " + request.messageType().code() + " does not decode: " + redacted());
            }
            return frame.message();
        }

        String redacted() {
            return Redaction.redact(text, delimiter);
        }
    }

    private static String stripTerminator(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        return text.substring(0, end);
    }

    // ------------------------------------------------------------------ the checks

    private List<String> violations(Scenario scenario, Exchange exchange, Sip2Codec codec) {
        List<String> violations = new ArrayList<>();
        MessageType requestType = scenario.request.messageType();
        Class<? extends AcsMessage> expected = scenario.request.responseType();
        if (exchange.frame == null) {
            DecodeResult result = codec.tryDecode(exchange.bytes);
            violations.add("the response does not decode: "
                    + ((DecodeResult.Malformed) result).error().getMessage());
            return violations;
        }
        Sip2Message message = exchange.frame.message();
        if (!expected.isInstance(message)) {
            violations.add("response " + message.code() + " (expected: " + requestType.responseType()
                    .map(MessageType::code).orElse("?") + ", " + expected.getSimpleName() + ")");
            return violations;
        }
        if (exchange.frame.checksum() != ChecksumStatus.VERIFIED
                || exchange.frame.sequenceNumber().isEmpty()
                || exchange.frame.sequenceNumber().getAsInt() != exchange.sequence) {
            violations.add("trailer: AY" + exchange.frame.sequenceNumber() + " checksum " + exchange.frame.checksum()
                    + " (expected: AY" + exchange.sequence + " with a verified checksum)");
        }
        Sip2Codec strict = codec.toBuilder().strictness(Strictness.STRICT)
                .duplicateFieldPolicy(DuplicateFieldPolicy.REJECT)
                .unknownFieldPolicy(UnknownFieldPolicy.PRESERVE)
                .build();
        DecodeResult strictResult = strict.tryDecode(exchange.bytes);
        if (strictResult instanceof DecodeResult.Malformed) {
            Sip2DecodeException error = ((DecodeResult.Malformed) strictResult).error();
            if (error.violations().isEmpty()) {
                violations.add("not strictly valid: " + error.getMessage());
            }
            for (Sip2DecodeException.Violation violation : error.violations()) {
                violations.add("not strictly valid: " + violation.reason() + " " + violation.message()
                        + violation.fieldId().map(id -> " [field " + id + "]").orElse("")
                        + (violation.column() > 0 ? " [column " + violation.column() + "]" : ""));
            }
        }
        AcsMessage response = expected.cast(message);
        echoes(scenario, response, violations);
        dates(response, violations);
        secrets(scenario, exchange, violations);
        return violations;
    }

    private static void echo(String field, String sent, Optional<String> received, List<String> violations) {
        if (received.isEmpty()) {
            violations.add(field + ": missing (expected: " + sent + ", as sent)");
        } else if (!received.get().equals(sent)) {
            violations.add(field + ": " + received.get() + " (expected: " + sent + ", as sent)");
        }
    }

    private static void echoes(Scenario s, AcsMessage response, List<String> violations) {
        Map<String, Optional<String>> required = new LinkedHashMap<>();
        Optional<String> optionalItem = Optional.empty();
        switch (response.messageType()) {
            case CHECKIN_RESPONSE: {
                CheckinResponse r = (CheckinResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AB", Optional.of(r.itemIdentifier()));
                break;
            }
            case CHECKOUT_RESPONSE: {
                CheckoutResponse r = (CheckoutResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AA", Optional.of(r.patronIdentifier()));
                required.put("AB", Optional.of(r.itemIdentifier()));
                break;
            }
            case HOLD_RESPONSE: {
                HoldResponse r = (HoldResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AA", Optional.of(r.patronIdentifier()));
                optionalItem = r.itemIdentifier();
                break;
            }
            case ITEM_INFORMATION_RESPONSE:
                required.put("AB", Optional.of(((ItemInformationResponse) response).itemIdentifier()));
                break;
            case ITEM_STATUS_UPDATE_RESPONSE:
                required.put("AB", Optional.of(((ItemStatusUpdateResponse) response).itemIdentifier()));
                break;
            case PATRON_STATUS_RESPONSE: {
                PatronStatusResponse r = (PatronStatusResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AA", Optional.of(r.patronIdentifier()));
                break;
            }
            case PATRON_ENABLE_RESPONSE: {
                PatronEnableResponse r = (PatronEnableResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AA", Optional.of(r.patronIdentifier()));
                break;
            }
            case RENEW_RESPONSE: {
                RenewResponse r = (RenewResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AA", Optional.of(r.patronIdentifier()));
                required.put("AB", Optional.of(r.itemIdentifier()));
                break;
            }
            case END_SESSION_RESPONSE: {
                EndSessionResponse r = (EndSessionResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AA", Optional.of(r.patronIdentifier()));
                break;
            }
            case FEE_PAID_RESPONSE: {
                FeePaidResponse r = (FeePaidResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AA", Optional.of(r.patronIdentifier()));
                break;
            }
            case PATRON_INFORMATION_RESPONSE: {
                PatronInformationResponse r = (PatronInformationResponse) response;
                required.put("AO", Optional.of(r.institutionId()));
                required.put("AA", Optional.of(r.patronIdentifier()));
                break;
            }
            case RENEW_ALL_RESPONSE:
                required.put("AO", Optional.of(((RenewAllResponse) response).institutionId()));
                break;
            default:
                break;
        }
        required.forEach((field, value) -> {
            switch (field) {
                case "AO":
                    echo("AO (institution id)", s.institutionId, value, violations);
                    break;
                case "AA":
                    s.patronId.ifPresent(sent -> echo("AA (patron identifier)", sent, value, violations));
                    break;
                default:
                    s.itemId.ifPresent(sent -> echo("AB (item identifier)", sent, value, violations));
                    break;
            }
        });
        if (optionalItem.isPresent() && s.itemId.isPresent()) {
            echo("AB (item identifier)", s.itemId.get(), optionalItem, violations);
        }
    }

    private void dates(AcsMessage response, List<String> violations) {
        Sip2Timestamp transactionDate;
        List<Map.Entry<String, Optional<Sip2Timestamp>>> others = new ArrayList<>();
        switch (response.messageType()) {
            case CHECKIN_RESPONSE:
                transactionDate = ((CheckinResponse) response).transactionDate();
                break;
            case CHECKOUT_RESPONSE:
                transactionDate = ((CheckoutResponse) response).transactionDate();
                break;
            case HOLD_RESPONSE:
                transactionDate = ((HoldResponse) response).transactionDate();
                others.add(Map.entry("BW (expiration date)", ((HoldResponse) response).expirationDate()));
                break;
            case ITEM_INFORMATION_RESPONSE: {
                ItemInformationResponse r = (ItemInformationResponse) response;
                transactionDate = r.transactionDate();
                others.add(Map.entry("CJ (recall date)", r.recallDate()));
                others.add(Map.entry("CM (hold pickup date)", r.holdPickupDate()));
                break;
            }
            case ITEM_STATUS_UPDATE_RESPONSE:
                transactionDate = ((ItemStatusUpdateResponse) response).transactionDate();
                break;
            case PATRON_STATUS_RESPONSE:
                transactionDate = ((PatronStatusResponse) response).transactionDate();
                break;
            case PATRON_ENABLE_RESPONSE:
                transactionDate = ((PatronEnableResponse) response).transactionDate();
                break;
            case RENEW_RESPONSE:
                transactionDate = ((RenewResponse) response).transactionDate();
                break;
            case END_SESSION_RESPONSE:
                transactionDate = ((EndSessionResponse) response).transactionDate();
                break;
            case FEE_PAID_RESPONSE:
                transactionDate = ((FeePaidResponse) response).transactionDate();
                break;
            case PATRON_INFORMATION_RESPONSE:
                transactionDate = ((PatronInformationResponse) response).transactionDate();
                break;
            case RENEW_ALL_RESPONSE:
                transactionDate = ((RenewAllResponse) response).transactionDate();
                break;
            default:
                return;
        }
        Optional<Instant> instant = transactionDate.toInstant(clock().getZone());
        if (instant.isEmpty()) {
            violations.add("transaction date: \"" + transactionDate.wire() + "\" (expected: a real date and time)");
        } else {
            Instant now = clock().instant();
            Duration off = Duration.between(now, instant.get()).abs();
            if (off.compareTo(clockTolerance()) > 0) {
                violations.add("transaction date: " + transactionDate.wire() + " is " + off.toSeconds()
                        + " s from the clock's now " + Sip2Timestamp.now(clock()).wire() + " (expected: within "
                        + clockTolerance().toSeconds() + " s)");
            }
        }
        for (Map.Entry<String, Optional<Sip2Timestamp>> other : others) {
            Optional<Sip2Timestamp> value = other.getValue();
            if (value.isPresent() && !value.get().isBlank() && value.get().localDateTime().isEmpty()) {
                violations.add(other.getKey() + ": \"" + value.get().wire()
                        + "\" (expected: a real date and time, or blank)");
            }
        }
    }

    /** {@return a pattern finding the text as a word of its own: not next to a letter or digit} */
    private static Pattern word(String text) {
        return Pattern.compile("(?<![\\p{Alnum}])" + Pattern.quote(text) + "(?![\\p{Alnum}])");
    }

    private void secrets(Scenario s, Exchange exchange, List<String> violations) {
        String text = exchange.text;
        for (String field : List.of("AC", "AD", "CO")) {
            if (text.contains(exchange.delimiter + field)) {
                violations.add("a " + field + " (password) field (expected: none in a response)");
            }
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the login password (CO)", loginPassword());
        secrets.put("the terminal password (AC)", CONTRACT_TERMINAL_PASSWORD);
        secrets.put("a wrong patron password (AD)", CONTRACT_WRONG_PATRON_PASSWORD);
        secrets.forEach((what, secret) -> {
            if (!secret.isEmpty() && text.contains(secret)) {
                violations.add("contains " + what + " (expected: no password in a response)");
            }
        });
        String pin = knownPatronPassword();
        if (s.pin.isPresent() && s.pin.get().equals(pin) && !pin.isEmpty()) {
            Pattern word = word(pin);
            String withoutIdentifiers = text;
            for (Optional<String> id : List.of(s.patronId, s.itemId, Optional.of(s.institutionId))) {
                if (id.isPresent() && !id.get().isEmpty()) {
                    withoutIdentifiers = withoutIdentifiers.replace(id.get(), "");
                }
            }
            if (word.matcher(withoutIdentifiers).find()) {
                violations.add("contains the patron's PIN (AD) (expected: no password in a response)");
            }
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[institution " + Objects.toString(institutionId()) + "]";
    }
}
