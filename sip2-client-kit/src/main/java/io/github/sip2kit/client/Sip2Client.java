package io.github.sip2kit.client;

import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Redaction;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.Terminator;
import io.github.sip2kit.codec.VendorProfile;
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
import io.github.sip2kit.core.RequestAcsResend;
import io.github.sip2kit.core.RequestScResend;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.commons.lang3.Strings;
import org.apache.commons.lang3.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A blocking SIP2 client: one connection to an ACS over a plain or TLS socket, with the protocol's error detection
 * and recovery handled for the caller.
 *
 * <pre>{@code
 * try (Sip2Client client = Sip2Client.builder()
 *         .address("acs.example.org", 6001)
 *         .credentials("selfcheck1", Secret.of(System.getenv("SIP2_PASSWORD")))
 *         .locationCode("MAIN-1")
 *         .institutionId("MAIN")
 *         .build()) {
 *     client.connect();                       // opens the socket and logs in (93/94)
 *     CheckoutResponse out = client.checkout("21234567890", "31234000012345");
 *     ItemInformationResponse info = client.send(ItemInformationRequest.builder()
 *             .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
 *             .institutionId("MAIN")
 *             .itemIdentifier("31234000012345")
 *             .build());
 * }
 * }</pre>
 *
 * <p><b>What the client does for each request</b> (reference §1.7):
 * <ul>
 *   <li>With error detection on, it numbers each new request with the next sequence number (0 to 9, wrapping;
 *       each connection starts at 0), seals it with a checksum, verifies the checksum of the response and that
 *       the response's AY equals the request's. A response with a valid checksum but another AY is discarded and
 *       the client keeps waiting.</li>
 *   <li>A response that arrives corrupted (bad checksum, cut short, an illegal character) is asked for again with
 *       97 Request ACS Resend, up to {@link Builder#maxCorruptResponseRetries(int)} times.</li>
 *   <li>A 96 Request SC Resend is answered by sending the original request's bytes again, unchanged, up to
 *       {@link Builder#maxResends(int)} times; a 96 in answer to a 97 means the link has failed.</li>
 *   <li>A response that does not arrive within the response timeout is asked for with 97 on the same connection,
 *       up to {@link Builder#maxLostResponseRecoveries(int)} times (only with error detection on, since only the
 *       AY tells the answer to this request from a stale one). A request that changes state in the ACS is never
 *       sent a second time: if recovery fails, {@link Sip2OutcomeUnknownException} says the outcome is unknown.
 *       The requests that change nothing (99, 93, 17, 23, 63, 35) are tried once more on a new connection.</li>
 *   <li>An ACS Status (98) in answer to another request announces a status change: the request, which the ACS did
 *       not carry out, is sent again as a new message (SPEC p.14), up to {@link Builder#maxResends(int)} times.</li>
 *   <li>When the ACS has closed an idle connection, the next request opens a new one and logs in again first.
 *       Any failed exchange closes the connection; the next request opens a new one.</li>
 * </ul>
 *
 * <p><b>Threads.</b> The client is safe to share: it sends one request at a time and makes other threads wait
 * for their turn. For real concurrency use a {@link Sip2ClientPool}. {@link #close()} from another thread aborts
 * a request in flight.
 *
 * <p><b>Logging.</b> Lifecycle events go to this class's SLF4J logger at DEBUG; every frame sent and received goes
 * to the logger {@code io.github.sip2kit.traffic} at DEBUG, with AC, AD and CO values masked by
 * {@link Redaction#redact(CharSequence, char)}.
 */
public final class Sip2Client implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sip2Client.class);
    private static final Logger TRAFFIC = LoggerFactory.getLogger("io.github.sip2kit.traffic");

    /** Requests that change nothing in the ACS, so asking again cannot do harm. */
    private static final Set<MessageType> IDEMPOTENT = EnumSet.of(
            MessageType.SC_STATUS,
            MessageType.LOGIN,
            MessageType.ITEM_INFORMATION,
            MessageType.PATRON_STATUS_REQUEST,
            MessageType.PATRON_INFORMATION,
            MessageType.END_PATRON_SESSION);

    private final ClientConfig config;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Connection connection;
    private volatile boolean closed;
    private LoginRequest loginRequest;

    Sip2Client(ClientConfig config) {
        this.config = config;
        this.loginRequest = config.loginRequest();
    }

    /** {@return a builder with the defaults documented on each setter} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the ACS's address as configured} */
    public InetSocketAddress address() {
        return config.address();
    }

    /** {@return the codec the client encodes requests and decodes responses with} */
    public Sip2Codec codec() {
        return config.codec();
    }

    /** {@return whether requests carry the AY/AZ error-detection trailer, and how strictly responses are checked} */
    public ErrorDetection errorDetection() {
        return config.errorDetection();
    }

    /** {@return whether a connection is open} It may still turn out to have been closed by the ACS. */
    public boolean isConnected() {
        Connection c = connection;
        return c != null && c.isOpen();
    }

    /**
     * Opens the connection if none is open and, when credentials are configured, logs in. Calling it is optional:
     * every request opens the connection it needs.
     *
     * @throws Sip2ClientException if the connection cannot be opened, or the login fails or is refused
     * @throws IllegalStateException if the client has been closed
     */
    public void connect() {
        lock.lock();
        try {
            ensureConnected(null);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends a request and returns its response; the generic form of the typed methods. Sequence numbers, checksums,
     * resends and recovery are handled as the class description says.
     *
     * @param request the request; a {@link RequestAcsResend} is refused, since the client sends 97 itself
     * @param <R> the response type, {@link ScRequest#responseType()}
     * @return the response
     * @throws Sip2OutcomeUnknownException if a request that changes state was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     * @throws io.github.sip2kit.codec.Sip2EncodeException if a value cannot be encoded in the codec's charset
     * @throws IllegalArgumentException if the request is a 97
     * @throws IllegalStateException if the client has been closed
     */
    public <R extends AcsMessage> R send(ScRequest<R> request) {
        Objects.requireNonNull(request, "request");
        if (request instanceof RequestAcsResend) {
            throw new IllegalArgumentException(
                    "request: 97 (expected: a request other than Request ACS Resend, which the client sends itself)");
        }
        lock.lock();
        try {
            return exchange(request);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Logs in (93). A successful login is remembered and repeated whenever the client opens a new connection,
     * in place of the credentials given to the builder. A refusal is returned, not thrown.
     *
     * @param request the login request
     * @return the login response; {@link LoginResponse#ok()} says whether the ACS accepted it
     * @throws Sip2ClientException if the request failed
     */
    public LoginResponse login(LoginRequest request) {
        Objects.requireNonNull(request, "request");
        lock.lock();
        try {
            LoginResponse response = exchange(request);
            if (response.ok()) {
                loginRequest = request;
            }
            return response;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends SC Status (99) with status OK, print width 80 and protocol version 2.00.
     *
     * @return the ACS status
     * @throws Sip2ClientException if the request failed
     */
    public AcsStatus scStatus() {
        return send(ScStatus.builder().build());
    }

    /**
     * Sends SC Status (99).
     *
     * @param request the request
     * @return the ACS status
     * @throws Sip2ClientException if the request failed
     */
    public AcsStatus scStatus(ScStatus request) {
        return send(request);
    }

    /**
     * Sends Block Patron (01). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the patron status response (24)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public PatronStatusResponse blockPatron(BlockPatron request) {
        return send(request);
    }

    /**
     * Sends Checkin (09). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the checkin response (10)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public CheckinResponse checkin(CheckinRequest request) {
        return send(request);
    }

    /**
     * Checks an item in now, at the configured institution, with the configured terminal password.
     *
     * @param itemIdentifier the item's barcode (AB)
     * @return the checkin response (10)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public CheckinResponse checkin(String itemIdentifier) {
        return checkin(CheckinRequest.builder()
                .transactionDate(now())
                .institutionId(config.institutionId())
                .itemIdentifier(itemIdentifier)
                .terminalPassword(terminalPassword())
                .build());
    }

    /**
     * Sends Checkout (11). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the checkout response (12)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public CheckoutResponse checkout(CheckoutRequest request) {
        return send(request);
    }

    /**
     * Checks an item out to a patron now, at the configured institution, with the configured terminal password.
     *
     * @param patronIdentifier the patron's barcode (AA)
     * @param itemIdentifier the item's barcode (AB)
     * @return the checkout response (12)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public CheckoutResponse checkout(String patronIdentifier, String itemIdentifier) {
        return checkout(CheckoutRequest.builder()
                .transactionDate(now())
                .institutionId(config.institutionId())
                .patronIdentifier(patronIdentifier)
                .itemIdentifier(itemIdentifier)
                .terminalPassword(terminalPassword())
                .build());
    }

    /**
     * Sends Hold (15). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the hold response (16)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public HoldResponse hold(HoldRequest request) {
        return send(request);
    }

    /**
     * Sends Item Information (17).
     *
     * @param request the request
     * @return the item information response (18)
     * @throws Sip2ClientException if the request failed
     */
    public ItemInformationResponse itemInformation(ItemInformationRequest request) {
        return send(request);
    }

    /**
     * Asks for an item's information at the configured institution.
     *
     * @param itemIdentifier the item's barcode (AB)
     * @return the item information response (18)
     * @throws Sip2ClientException if the request failed
     */
    public ItemInformationResponse itemInformation(String itemIdentifier) {
        ItemInformationRequest.Builder b = ItemInformationRequest.builder()
                .transactionDate(now())
                .institutionId(config.institutionId())
                .itemIdentifier(itemIdentifier);
        if (!terminalPassword().isEmpty()) {
            b.terminalPassword(terminalPassword());
        }
        return itemInformation(b.build());
    }

    /**
     * Sends Item Status Update (19). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the item status update response (20)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public ItemStatusUpdateResponse itemStatusUpdate(ItemStatusUpdateRequest request) {
        return send(request);
    }

    /**
     * Sends Patron Status Request (23).
     *
     * @param request the request
     * @return the patron status response (24)
     * @throws Sip2ClientException if the request failed
     */
    public PatronStatusResponse patronStatus(PatronStatusRequest request) {
        return send(request);
    }

    /**
     * Asks for a patron's status at the configured institution, with the configured terminal password and no
     * patron password.
     *
     * @param patronIdentifier the patron's barcode (AA)
     * @return the patron status response (24)
     * @throws Sip2ClientException if the request failed
     */
    public PatronStatusResponse patronStatus(String patronIdentifier) {
        return patronStatus(PatronStatusRequest.builder()
                .transactionDate(now())
                .institutionId(config.institutionId())
                .patronIdentifier(patronIdentifier)
                .terminalPassword(terminalPassword())
                .build());
    }

    /**
     * Sends Patron Enable (25). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the patron enable response (26)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public PatronEnableResponse patronEnable(PatronEnableRequest request) {
        return send(request);
    }

    /**
     * Sends Renew (29). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the renew response (30)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public RenewResponse renew(RenewRequest request) {
        return send(request);
    }

    /**
     * Renews one item for a patron at the configured institution.
     *
     * @param patronIdentifier the patron's barcode (AA)
     * @param itemIdentifier the item's barcode (AB)
     * @return the renew response (30)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public RenewResponse renew(String patronIdentifier, String itemIdentifier) {
        RenewRequest.Builder b = RenewRequest.builder()
                .transactionDate(now())
                .institutionId(config.institutionId())
                .patronIdentifier(patronIdentifier)
                .itemIdentifier(itemIdentifier);
        if (!terminalPassword().isEmpty()) {
            b.terminalPassword(terminalPassword());
        }
        return renew(b.build());
    }

    /**
     * Sends End Patron Session (35).
     *
     * @param request the request
     * @return the end session response (36)
     * @throws Sip2ClientException if the request failed
     */
    public EndSessionResponse endPatronSession(EndPatronSessionRequest request) {
        return send(request);
    }

    /**
     * Ends a patron's session at the configured institution.
     *
     * @param patronIdentifier the patron's barcode (AA)
     * @return the end session response (36)
     * @throws Sip2ClientException if the request failed
     */
    public EndSessionResponse endPatronSession(String patronIdentifier) {
        EndPatronSessionRequest.Builder b = EndPatronSessionRequest.builder()
                .transactionDate(now())
                .institutionId(config.institutionId())
                .patronIdentifier(patronIdentifier);
        if (!terminalPassword().isEmpty()) {
            b.terminalPassword(terminalPassword());
        }
        return endPatronSession(b.build());
    }

    /**
     * Sends Fee Paid (37). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the fee paid response (38)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public FeePaidResponse feePaid(FeePaidRequest request) {
        return send(request);
    }

    /**
     * Sends Patron Information (63).
     *
     * @param request the request
     * @return the patron information response (64)
     * @throws Sip2ClientException if the request failed
     */
    public PatronInformationResponse patronInformation(PatronInformationRequest request) {
        return send(request);
    }

    /**
     * Asks for a patron's information at the configured institution, without an item list.
     *
     * @param patronIdentifier the patron's barcode (AA)
     * @return the patron information response (64)
     * @throws Sip2ClientException if the request failed
     */
    public PatronInformationResponse patronInformation(String patronIdentifier) {
        return patronInformation(patronInformationBuilder(patronIdentifier).build());
    }

    /**
     * Asks for a patron's information at the configured institution, with one page of one item list.
     *
     * @param patronIdentifier the patron's barcode (AA)
     * @param summary which list the response carries (the one {@code Y} of the summary field)
     * @param startItem the 1-based number of the first item to return (BP)
     * @param endItem the number of the last item to return (BQ), at least {@code startItem}
     * @return the patron information response (64)
     * @throws IllegalArgumentException if the range is not 1 &le; startItem &le; endItem
     * @throws Sip2ClientException if the request failed
     */
    public PatronInformationResponse patronInformation(
            String patronIdentifier, SummaryItem summary, int startItem, int endItem) {
        Objects.requireNonNull(summary, "summary");
        Validate.isTrue(startItem >= 1, "startItem: %d (expected: 1 or more)", startItem);
        Validate.isTrue(endItem >= startItem, "endItem: %d (expected: %d or more, not below startItem)",
                endItem, startItem);
        return patronInformation(patronInformationBuilder(patronIdentifier)
                .summary(summary)
                .startItem(Integer.toString(startItem))
                .endItem(Integer.toString(endItem))
                .build());
    }

    private PatronInformationRequest.Builder patronInformationBuilder(String patronIdentifier) {
        PatronInformationRequest.Builder b = PatronInformationRequest.builder()
                .transactionDate(now())
                .institutionId(config.institutionId())
                .patronIdentifier(patronIdentifier);
        if (!terminalPassword().isEmpty()) {
            b.terminalPassword(terminalPassword());
        }
        return b;
    }

    /**
     * Sends Renew All (65). It changes state: it is never sent twice without the caller's say.
     *
     * @param request the request
     * @return the renew all response (66)
     * @throws Sip2OutcomeUnknownException if it was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise
     */
    public RenewAllResponse renewAll(RenewAllRequest request) {
        return send(request);
    }

    /**
     * Closes the connection. A request in flight on another thread fails. Closing twice does nothing.
     */
    @Override
    public void close() {
        closed = true;
        if (lock.tryLock()) {
            try {
                closeConnection("client closed");
            } finally {
                lock.unlock();
            }
        } else {
            Connection c = connection;
            if (c != null) {
                LOG.debug("{}: closing the connection under a request in flight", config.peer());
                c.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Sip2Client[" + config.peer() + (config.sslContext() != null ? ", TLS" : "")
                + ", errorDetection=" + config.errorDetection() + (isConnected() ? ", connected" : "") + "]";
    }

    // ------------------------------------------------------------------ protocol

    private Sip2Timestamp now() {
        return Sip2Timestamp.now(config.clock());
    }

    private Secret terminalPassword() {
        return config.terminalPassword();
    }

    private <R extends AcsMessage> R exchange(ScRequest<R> request) {
        MessageType type = request.messageType();
        try {
            return exchangeOnce(request);
        } catch (LinkFailure first) {
            if (closed || !IDEMPOTENT.contains(type) || !config.retryIdempotentRequests()) {
                throw first.error;
            }
            LOG.debug("{}: {} failed ({}); trying once more on a new connection",
                    config.peer(), describe(type), first.error.getMessage());
            try {
                return exchangeOnce(request);
            } catch (LinkFailure second) {
                second.error.addSuppressed(first.error);
                throw second.error;
            }
        }
    }

    private <R extends AcsMessage> R exchangeOnce(ScRequest<R> request) throws LinkFailure {
        Connection c = ensureConnected(request.messageType());
        return exchangeOn(c, request);
    }

    private Connection ensureConnected(MessageType forRequest) {
        if (closed) {
            throw new IllegalStateException("client: closed (expected: a client that has not been closed)");
        }
        Connection c = connection;
        if (c != null && c.isStale()) {
            LOG.debug("{}: the ACS closed the idle connection; reconnecting", config.peer());
            closeConnection("closed by the ACS");
            c = null;
        }
        if (c != null) {
            return c;
        }
        LOG.debug("{}: connecting{}", config.peer(), config.sslContext() != null ? " with TLS" : "");
        try {
            c = Connection.open(config);
        } catch (IOException e) {
            throw new Sip2ClientException(forRequest, prefix(forRequest) + "cannot connect: " + e.getMessage(), e);
        }
        connection = c;
        LOG.debug("{}: connected from local port {}", config.peer(), c.localPort());
        LoginRequest login = loginRequest;
        if (login != null && forRequest != MessageType.LOGIN) {
            LoginResponse response;
            try {
                response = exchangeOn(c, login);
            } catch (LinkFailure e) {
                throw e.error;
            }
            if (!response.ok()) {
                closeConnection("login refused");
                throw new Sip2ClientException(MessageType.LOGIN, prefix(MessageType.LOGIN)
                        + "the ACS refused the login of '" + login.loginUserId() + "' (94 with ok 0)"
                        + (forRequest != null ? "; " + describe(forRequest) + " was not sent" : ""), null);
            }
            LOG.debug("{}: logged in as '{}'", config.peer(), login.loginUserId());
        }
        return c;
    }

    private <R extends AcsMessage> R exchangeOn(Connection c, ScRequest<R> request) throws LinkFailure {
        Exchange<R> exchange = new Exchange<>(c, request);
        return exchange.run();
    }

    private void closeConnection(String why) {
        Connection c = connection;
        connection = null;
        if (c != null) {
            LOG.debug("{}: closing the connection ({})", config.peer(), why);
            c.close();
        }
    }

    private byte[] encode(ScRequest<?> request, int sequence) {
        return config.errorDetection() == ErrorDetection.OFF
                ? config.codec().encode(request)
                : config.codec().encode(request, sequence);
    }

    private void traffic(String direction, byte[] frame) {
        if (TRAFFIC.isDebugEnabled()) {
            Sip2Codec codec = config.codec();
            int length = frame.length;
            while (length > 0 && (frame[length - 1] == '\r' || frame[length - 1] == '\n')) {
                length--;
            }
            String text = new String(frame, 0, length, codec.charset());
            TRAFFIC.debug("{} {} {}", config.peer(), direction, Redaction.redact(text, codec.fieldDelimiter()));
        }
    }

    private String prefix(MessageType type) {
        return (type == null ? "" : describe(type) + " ") + "to " + config.peer() + ": ";
    }

    /** {@return "checkout (11)", for messages} */
    static String describe(MessageType type) {
        String name = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        name = Strings.CS.removeEnd(name, " request");
        name = name.replace("sc ", "SC ").replace("acs ", "ACS ");
        return name + " (" + type.code() + ")";
    }

    static String times(int n) {
        switch (n) {
            case 1:
                return "once";
            case 2:
                return "twice";
            default:
                return n + " times";
        }
    }

    static String format(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    /** A timeout or a dropped connection: the kind of failure an idempotent request may be retried after. */
    private static final class LinkFailure extends Exception {
        private static final long serialVersionUID = 1L;

        private final Sip2ClientException error;

        LinkFailure(Sip2ClientException error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }
    }

    /** One request and everything that happens until its response is in hand (reference §1.7). */
    private final class Exchange<R extends AcsMessage> {
        private final Connection c;
        private final ScRequest<R> request;
        private final MessageType type;
        private final boolean changesState;
        private byte[] original;
        private int sequence;
        /** Whether the last frame written was a 97. */
        private boolean lastSentWasResendRequest;
        /** Whether the last 97 was sent because a response did not arrive (rather than arrived corrupted). */
        private boolean recoveringLostResponse;
        /** Whether the ACS may have carried the request out (false again after it answers 96 or 98). */
        private boolean mayHaveExecuted;
        private int corruptRetries;
        private int resends;
        private int recoveries;
        private int statusRepeats;
        private long deadline;

        Exchange(Connection c, ScRequest<R> request) {
            this.c = c;
            this.request = request;
            this.type = request.messageType();
            this.changesState = !IDEMPOTENT.contains(type);
        }

        R run() throws LinkFailure {
            sendNew();
            while (true) {
                byte[] frame;
                try {
                    frame = c.readFrame(deadline);
                } catch (SocketTimeoutException e) {
                    onTimeout(e);
                    continue;
                } catch (IOException e) {
                    throw linkFailure("connection lost while waiting for the response (" + e.getMessage() + ")", e);
                } catch (Sip2DecodeException e) {
                    throw failure("unusable response: " + e.getMessage(), e);
                }
                traffic("<", frame);
                R response = onFrame(frame);
                if (response != null) {
                    return response;
                }
            }
        }

        /** Encodes the request with the next sequence number and sends it: a new message. */
        private void sendNew() throws LinkFailure {
            sequence = c.peekSequence();
            original = encode(request, sequence);
            c.advanceSequence();
            write(original, false);
        }

        private void write(byte[] frame, boolean isResendRequest) throws LinkFailure {
            traffic(">", frame);
            lastSentWasResendRequest = isResendRequest;
            if (!isResendRequest) {
                mayHaveExecuted = true;
            }
            try {
                c.write(frame);
            } catch (IOException e) {
                throw linkFailure("connection lost while sending (" + e.getMessage() + ")", e);
            }
            deadline = System.nanoTime() + config.responseTimeout().toNanos();
        }

        private void sendResendRequest(boolean forLostResponse) throws LinkFailure {
            recoveringLostResponse = forLostResponse;
            write(encode(RequestAcsResend.builder().build(), 0), true);
        }

        private void onTimeout(SocketTimeoutException e) throws LinkFailure {
            boolean canRecover = config.errorDetection() != ErrorDetection.OFF;
            if (canRecover && recoveries < config.maxLostResponseRecoveries()) {
                recoveries++;
                LOG.debug("{}: no response to {} within {}; sending 97 ({} of {})", config.peer(), describe(type),
                        format(config.responseTimeout()), recoveries, config.maxLostResponseRecoveries());
                sendResendRequest(true);
                return;
            }
            String what = "no response within " + format(config.responseTimeout());
            if (recoveries > 0) {
                what += "; sent 97 " + times(recoveries) + " without an answer";
            }
            throw linkFailure(what, e);
        }

        /** {@return the response, or null to keep reading} */
        private R onFrame(byte[] frame) throws LinkFailure {
            DecodeResult result = config.codec().tryDecode(frame);
            if (result instanceof DecodeResult.Malformed) {
                Sip2DecodeException error = ((DecodeResult.Malformed) result).error();
                if (error.resendable()) {
                    onCorrupt(error);
                    return null;
                }
                throw failure("unusable response: " + error.getMessage(), error);
            }
            Sip2Frame decoded = ((DecodeResult.Decoded) result).frame();
            Sip2Message message = decoded.message();
            if (message instanceof RequestScResend) {
                onRequestScResend();
                return null;
            }
            if (config.errorDetection() == ErrorDetection.ON && !decoded.hasChecksum()) {
                onCorrupt(new Sip2DecodeException(Sip2DecodeException.Reason.MISSING_CHECKSUM,
                        "response without an AZ checksum (expected: error detection on both ends)",
                        message.code(), null, 0, ""));
                return null;
            }
            if (!sequenceMatches(decoded, message)) {
                return null;
            }
            if (message instanceof AcsStatus && type != MessageType.SC_STATUS) {
                onStatusChange();
                return null;
            }
            Class<R> expected = request.responseType();
            if (!expected.isInstance(message)) {
                throw failure("unexpected response " + message.code() + " (expected: "
                                + type.responseType().map(MessageType::code).orElse("?") + ")",
                        new Sip2DecodeException(Sip2DecodeException.Reason.UNEXPECTED_MESSAGE_TYPE,
                                "message " + message.code() + " is a " + message.getClass().getSimpleName()
                                        + " (expected: " + expected.getSimpleName() + ")",
                                message.code(), null, 1, ""));
            }
            return expected.cast(message);
        }

        private boolean sequenceMatches(Sip2Frame decoded, Sip2Message message) throws LinkFailure {
            if (config.errorDetection() == ErrorDetection.OFF) {
                return true;
            }
            if (decoded.sequenceNumber().isEmpty()) {
                if (recoveringLostResponse) {
                    throw failure("the response to 97 carries no AY, so it cannot be told from a stale one", null);
                }
                return true;
            }
            int ay = decoded.sequenceNumber().getAsInt();
            if (ay == sequence) {
                return true;
            }
            if (lastSentWasResendRequest && !recoveringLostResponse && ay == 0
                    && request.responseType().isInstance(message)) {
                // Evergreen and Koha re-seal a resent response with AY0 (reference §1.7).
                LOG.debug("{}: accepting AY0 on the response to 97 (expected: AY{})", config.peer(), sequence);
                return true;
            }
            LOG.debug("{}: discarding a {} with AY{} (expected: AY{})", config.peer(), message.code(), ay, sequence);
            return false;
        }

        private void onCorrupt(Sip2DecodeException error) throws LinkFailure {
            if (corruptRetries < config.maxCorruptResponseRetries()) {
                corruptRetries++;
                LOG.debug("{}: corrupted response to {} ({}); sending 97 ({} of {})", config.peer(), describe(type),
                        error.reason(), corruptRetries, config.maxCorruptResponseRetries());
                sendResendRequest(false);
                return;
            }
            throw failure("corrupted response (" + error.reason() + ")"
                    + (corruptRetries > 0 ? "; sent 97 " + times(corruptRetries) + " without a good answer" : ""),
                    error);
        }

        private void onRequestScResend() throws LinkFailure {
            if (lastSentWasResendRequest) {
                throw failure("the link has failed: the ACS answered 97 with 96", null);
            }
            // The ACS could not read the request, so it did not carry it out.
            mayHaveExecuted = false;
            if (resends < config.maxResends()) {
                resends++;
                LOG.debug("{}: the ACS asked for a resend (96) of {}; resending ({} of {})", config.peer(),
                        describe(type), resends, config.maxResends());
                write(original, false);
                return;
            }
            throw failure("the ACS asked for a resend (96) " + times(resends + 1)
                    + (resends > 0 ? "; resent the request " + times(resends) : ""), null);
        }

        private void onStatusChange() throws LinkFailure {
            // The ACS answered with its status instead of carrying the request out (SPEC p.14).
            mayHaveExecuted = false;
            if (statusRepeats < config.maxResends()) {
                statusRepeats++;
                LOG.debug("{}: the ACS answered {} with ACS status (98); sending it again", config.peer(),
                        describe(type));
                sendNew();
                return;
            }
            throw failure("the ACS answered with ACS status (98) " + times(statusRepeats + 1), null);
        }

        private LinkFailure linkFailure(String what, Throwable cause) {
            return new LinkFailure(failure(what, cause));
        }

        private Sip2ClientException failure(String what, Throwable cause) {
            closeConnection("failed " + describe(type));
            String message = prefix(type) + what;
            if (changesState && mayHaveExecuted) {
                return new Sip2OutcomeUnknownException(type, message
                        + "; the outcome is unknown (the ACS may have carried it out); it was not sent again", cause);
            }
            return new Sip2ClientException(type, message, cause);
        }
    }

    // ------------------------------------------------------------------ builder

    /**
     * Builds {@link Sip2Client} values; not thread-safe. Only the address is required. The builder can build
     * several clients, and a {@link Sip2ClientPool} uses it that way.
     */
    public static final class Builder {
        private InetSocketAddress address;
        private SSLContext sslContext;
        private boolean hostnameVerification = true;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Sip2Codec codec = Sip2Codec.defaults();
        private Charset charset;
        private Terminator terminator;
        private ErrorDetection profileErrorDetection;
        private ErrorDetection errorDetection;
        private int maxCorruptResponseRetries = 3;
        private int maxResends = 3;
        private int maxLostResponseRecoveries = 2;
        private boolean retryIdempotentRequests = true;
        private String loginUserId;
        private Secret loginPassword;
        private String locationCode;
        private LoginRequest loginRequest;
        private String institutionId = "";
        private Secret terminalPassword = Secret.EMPTY;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {}

        /**
         * Sets the ACS's address. The host name is also the name TLS verifies the certificate against.
         *
         * @param host a host name or address literal
         * @param port 1 to 65535
         * @return this builder
         */
        public Builder address(String host, int port) {
            Validate.notBlank(host, "host: blank (expected: a host name or address)");
            Validate.isTrue(port >= 1 && port <= 65535, "port: %d (expected: 1 to 65535)", port);
            this.address = InetSocketAddress.createUnresolved(host, port);
            return this;
        }

        /**
         * Sets the ACS's address. Its {@link InetSocketAddress#getHostString() host string} is the name TLS
         * verifies the certificate against.
         *
         * @param address resolved or unresolved (then resolved on each connect)
         * @return this builder
         */
        public Builder address(InetSocketAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Connects with TLS. The context's trust managers decide which server certificates are trusted; its key
         * managers, if any, provide a client certificate to ACSs that ask for one.
         *
         * @param sslContext an initialised context
         * @return this builder
         */
        public Builder tls(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Connects with TLS, trusting the certificates in a key store file (PKCS12 or JKS).
         *
         * @param trustStore the key store file
         * @param password the key store's password
         * @return this builder
         * @throws IllegalArgumentException if the file cannot be read as a key store with that password
         */
        public Builder tls(Path trustStore, char[] password) {
            Objects.requireNonNull(trustStore, "trustStore");
            Objects.requireNonNull(password, "password");
            try {
                KeyStore store = KeyStore.getInstance(trustStore.toFile(), password);
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(store);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, tmf.getTrustManagers(), null);
                this.sslContext = context;
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalArgumentException("trustStore: " + trustStore + " cannot be loaded: " + e.getMessage()
                        + " (expected: a readable PKCS12 or JKS key store and its password)", e);
            }
            return this;
        }

        /**
         * Sets whether TLS checks that the server certificate names the host connected to (RFC 2818 rules, as
         * HTTPS does). Switching it off lets any certificate the trust managers accept impersonate the ACS.
         *
         * @param enabled default true
         * @return this builder
         */
        public Builder hostnameVerification(boolean enabled) {
            this.hostnameVerification = enabled;
            return this;
        }

        /**
         * Sets how long opening a connection (TCP and TLS handshake) may take.
         *
         * @param timeout default 10 seconds; positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long the client waits for a response after sending a request, a resend or a 97.
         *
         * @param timeout default 30 seconds; positive
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "responseTimeout");
            return this;
        }

        /**
         * Sets the codec. The charset and terminator set on this builder, if any, are applied on top of it.
         *
         * @param codec default {@link Sip2Codec#defaults()} (IBM850, CR, lenient, checksums verified if present)
         * @return this builder
         */
        public Builder codec(Sip2Codec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Sets the charset text travels in, and checksums are computed over.
         *
         * @param charset default the codec's (IBM850)
         * @return this builder
         */
        public Builder charset(Charset charset) {
            this.charset = Objects.requireNonNull(charset, "charset");
            return this;
        }

        /**
         * Sets the terminator written after each request.
         *
         * @param terminator default the codec's ({@link Terminator#CR})
         * @return this builder
         */
        public Builder terminator(Terminator terminator) {
            this.terminator = Objects.requireNonNull(terminator, "terminator");
            return this;
        }

        /**
         * Takes the codec and the error detection setting from a vendor profile. An error detection setting made
         * with {@link #errorDetection(ErrorDetection)} wins over the profile's, whatever the order of the calls.
         *
         * @param profile such as {@code VendorProfile.builtIn("koha").orElseThrow()}
         * @return this builder
         */
        public Builder profile(VendorProfile profile) {
            Objects.requireNonNull(profile, "profile");
            this.codec = profile.codec();
            this.profileErrorDetection = profile.errorDetection();
            return this;
        }

        /**
         * Sets error detection. SIP2 does not negotiate it: it must be configured alike on both ends.
         * <ul>
         *   <li>{@link ErrorDetection#ON} (the default): every request carries AY and AZ; a response must carry a
         *       valid AZ (one without is treated as corrupted and asked for again with 97) and, when it carries
         *       an AY, the request's. The safe choice: it catches corrupted responses and stale ones.</li>
         *   <li>{@link ErrorDetection#AUTO}: requests carry AY and AZ; a response's checksum and AY are checked
         *       when present, and a response without them is accepted.</li>
         *   <li>{@link ErrorDetection#OFF}: requests carry neither; a response's AZ is still verified if present.
         *       A lost response cannot be recovered with 97, since nothing tells its answer from a stale one.</li>
         * </ul>
         *
         * @param errorDetection default {@link ErrorDetection#ON}
         * @return this builder
         */
        public Builder errorDetection(ErrorDetection errorDetection) {
            this.errorDetection = Objects.requireNonNull(errorDetection, "errorDetection");
            return this;
        }

        /**
         * Sets how many times in a row a corrupted response is asked for again with 97.
         *
         * @param retries default 3; 0 to 10
         * @return this builder
         */
        public Builder maxCorruptResponseRetries(int retries) {
            this.maxCorruptResponseRetries = count(retries, "maxCorruptResponseRetries");
            return this;
        }

        /**
         * Sets how many times the original request is sent again after the ACS asks for it with 96 (and how many
         * times a request answered by an ACS Status 98 is repeated).
         *
         * @param resends default 3; 0 to 10
         * @return this builder
         */
        public Builder maxResends(int resends) {
            this.maxResends = count(resends, "maxResends");
            return this;
        }

        /**
         * Sets how many times a response that did not arrive within the response timeout is asked for with 97 on
         * the same connection before the request fails.
         *
         * @param recoveries default 2; 0 to 10
         * @return this builder
         */
        public Builder maxLostResponseRecoveries(int recoveries) {
            this.maxLostResponseRecoveries = count(recoveries, "maxLostResponseRecoveries");
            return this;
        }

        /**
         * Sets whether a request that changes nothing in the ACS (99, 93, 17, 23, 63, 35) is tried once more on a
         * new connection after a timeout or a dropped connection. Requests that change state never are.
         *
         * @param enabled default true
         * @return this builder
         */
        public Builder retryIdempotentRequests(boolean enabled) {
            this.retryIdempotentRequests = enabled;
            return this;
        }

        /**
         * Sets the credentials the client logs in (93) with whenever it opens a connection.
         *
         * @param loginUserId the login user id (CN)
         * @param password the login password (CO)
         * @return this builder
         */
        public Builder credentials(String loginUserId, Secret password) {
            Validate.notBlank(loginUserId, "loginUserId: blank (expected: the SC's login user id)");
            this.loginUserId = loginUserId;
            this.loginPassword = Objects.requireNonNull(password, "password");
            this.loginRequest = null;
            return this;
        }

        /**
         * Sets the credentials the client logs in (93) with whenever it opens a connection.
         *
         * @param loginUserId the login user id (CN)
         * @param password the login password (CO)
         * @return this builder
         */
        public Builder credentials(String loginUserId, String password) {
            return credentials(loginUserId, Secret.of(Objects.requireNonNull(password, "password")));
        }

        /**
         * Sets the location code (CP) sent with the login credentials.
         *
         * @param locationCode the SC's location; default none
         * @return this builder
         */
        public Builder locationCode(String locationCode) {
            this.locationCode = Objects.requireNonNull(locationCode, "locationCode");
            return this;
        }

        /**
         * Sets the exact login request sent whenever the client opens a connection, for full control over its
         * fields; replaces {@link #credentials(String, Secret)} and {@link #locationCode(String)}.
         *
         * @param request the login request
         * @return this builder
         */
        public Builder loginRequest(LoginRequest request) {
            this.loginRequest = Objects.requireNonNull(request, "request");
            this.loginUserId = null;
            this.loginPassword = null;
            return this;
        }

        /**
         * Sets the institution id (AO) the convenience methods such as {@link Sip2Client#checkout(String, String)}
         * fill in. Requests passed as records are sent as they are.
         *
         * @param institutionId default empty
         * @return this builder
         */
        public Builder institutionId(String institutionId) {
            this.institutionId = Objects.requireNonNull(institutionId, "institutionId");
            return this;
        }

        /**
         * Sets the terminal password (AC) the convenience methods fill in.
         *
         * @param terminalPassword default empty
         * @return this builder
         */
        public Builder terminalPassword(Secret terminalPassword) {
            this.terminalPassword = Objects.requireNonNull(terminalPassword, "terminalPassword");
            return this;
        }

        /**
         * Sets the clock the convenience methods take the transaction date from.
         *
         * @param clock default the system clock in the default time zone
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * {@return a new client, not yet connected}
         *
         * @throws IllegalStateException if no address was set
         */
        public Sip2Client build() {
            return new Sip2Client(config());
        }

        ClientConfig config() {
            Validate.validState(address != null, "address: not set (expected: address(host, port))");
            Sip2Codec effective = codec;
            if (charset != null || terminator != null) {
                Sip2Codec.Builder b = effective.toBuilder();
                if (charset != null) {
                    b.charset(charset);
                }
                if (terminator != null) {
                    b.terminator(terminator);
                }
                effective = b.build();
            }
            ErrorDetection detection = errorDetection != null
                    ? errorDetection
                    : profileErrorDetection != null ? profileErrorDetection : ErrorDetection.ON;
            LoginRequest login = loginRequest;
            if (login == null && loginUserId != null) {
                LoginRequest.Builder b = LoginRequest.builder().loginUserId(loginUserId).loginPassword(loginPassword);
                if (locationCode != null) {
                    b.locationCode(locationCode);
                }
                login = b.build();
            }
            return new ClientConfig(address, sslContext, hostnameVerification, connectTimeout, responseTimeout,
                    effective, detection, maxCorruptResponseRetries, maxResends, maxLostResponseRecoveries,
                    retryIdempotentRequests, login, institutionId, terminalPassword, clock);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            Validate.isTrue(!d.isNegative() && !d.isZero() && d.toMillis() >= 1,
                    "%s: %s (expected: at least 1 ms)", name, d);
            return d;
        }

        private static int count(int n, String name) {
            Validate.isTrue(n >= 0 && n <= 10, "%s: %d (expected: 0 to 10)", name, n);
            return n;
        }
    }
}
