package io.github.sip2kit.server.internal;

import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Redaction;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2EncodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.RequestScResend;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.UnknownMessage;
import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.Sip2Session;
import io.github.sip2kit.server.spi.LoginAttempt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIP2 protocol state of one connection, independent of any transport: it takes each received frame and
 * returns the reply to write and whether to close. It owns everything the kit promises to do for the backend:
 * <ul>
 *   <li>Login (93 → 94), switching policies on a further login, and closing after too many refused logins;</li>
 *   <li>refusing requests before login where the connection needs one (a refusal of the request's own response
 *       type with "Please log in first"; an SC Status (99) is answered first when the vendor profile allows it);</li>
 *   <li>SC Status (99 → 98) with the supported messages (BX) derived from the registered handlers;</li>
 *   <li>the AY/AZ trailer as the vendor profile's error detection says (AUTO mirrors the request), the sequence
 *       number echoed;</li>
 *   <li>a Request SC Resend (96) for a frame that does not decode (logged at WARN unless the fault is of the kind a
 *       resend repairs, such as a bad checksum);</li>
 *   <li>Request ACS Resend (97): the exact bytes of the last response again, or a 96 when nothing was sent yet;</li>
 *   <li>a request byte-identical to the previous one and carrying AY and AZ (a retransmission): its response again,
 *       without calling the handler twice;</li>
 *   <li>End Patron Session (35) answered with "session ended" when no handler is registered for it;</li>
 *   <li>a refusal "Not supported" for requests without a handler, and a refusal when a handler throws, returns a
 *       wrong response or misses the backend timeout (the late result is dropped);</li>
 *   <li>logging every frame both ways, redacted, at DEBUG on the logger {@code io.github.sip2kit.traffic}.</li>
 * </ul>
 *
 * <p>The decoding and the kit's own answers happen on the calling thread; handlers and the login authenticator run
 * on the engine's worker executor. Frames must be submitted one at a time: the next one only once the future of
 * the previous one has completed. {@link #handle(byte[])} does both for blocking callers and tests. The state is
 * guarded by a lock, so completions may arrive on any thread.
 */
public final class ProtocolSession {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolSession.class);
    private static final Logger TRAFFIC = LoggerFactory.getLogger("io.github.sip2kit.traffic");

    private final ProtocolEngine engine;
    private final List<ClientPolicy> candidates;
    private final Object lock = new Object();

    // Guarded by lock.
    private Sip2Session session;
    private int failedLogins;
    private byte[] lastResponse;
    private byte[] lastRequest;
    private byte[] lastRequestResponse;
    private boolean inFlight;
    private boolean closed;

    ProtocolSession(ProtocolEngine engine, Sip2Session session, List<ClientPolicy> candidates) {
        this.engine = engine;
        this.session = session;
        this.candidates = List.copyOf(candidates);
    }

    /** {@return the connection's current session value} */
    public Sip2Session session() {
        synchronized (lock) {
            return session;
        }
    }

    /** {@return the connection's id} */
    public String id() {
        return session().connectionId();
    }

    /** {@return whether the connection must still log in before it is served} */
    public boolean awaitingLogin() {
        return session().policy().isEmpty();
    }

    /**
     * Handles one frame and waits for the reply: {@link #submit(byte[])} for blocking callers.
     *
     * @param frame the frame's bytes without the terminator
     * @return the reply
     */
    public Reply handle(byte[] frame) {
        return submit(frame).join();
    }

    /**
     * Handles one frame. The returned future never completes exceptionally: an internal failure is logged at ERROR
     * and answered by closing the connection.
     *
     * @param frame the frame's bytes without the terminator, as the codec's frame splitter delivers them
     * @return the reply, complete at once for everything the kit answers itself
     * @throws IllegalStateException if the previous frame's reply has not completed yet
     */
    public CompletableFuture<Reply> submit(byte[] frame) {
        Objects.requireNonNull(frame, "frame");
        long start = System.nanoTime();
        Sip2Session current;
        synchronized (lock) {
            if (inFlight) {
                throw new IllegalStateException(
                        "submit: a request is in flight (expected: one frame at a time per connection)");
            }
            if (closed) {
                return CompletableFuture.completedFuture(Reply.closeNow());
            }
            inFlight = true;
            current = session;
        }
        CompletableFuture<Reply> reply;
        try {
            reply = dispatch(frame, current, start);
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        return reply.handle((r, error) -> {
            synchronized (lock) {
                inFlight = false;
            }
            if (error != null) {
                LOG.error("{}: internal error while answering a request; closing the connection",
                        current.connectionId(), error);
                return Reply.closeNow();
            }
            return r;
        });
    }

    /**
     * Handles a frame longer than the codec's limit. Such a frame cannot be answered meaningfully (its message code
     * and trailer may be lost, and the SC would resend it), so the connection is closed.
     *
     * @param error the splitter's FRAME_TOO_LONG error
     * @return a reply closing the connection
     */
    public Reply oversizedFrame(Sip2DecodeException error) {
        Sip2Session current = session();
        LOG.warn("{}: {} from {}; closing the connection", current.connectionId(), error.getOriginalMessage(),
                current.remoteAddress());
        engine.notify(l -> l.malformedRequest(current, error));
        return Reply.closeNow();
    }

    /** Marks the connection closed and reports it; further frames are ignored. Idempotent. */
    public void closed() {
        Sip2Session current;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            current = session;
        }
        LOG.debug("{}: connection from {} closed", current.connectionId(), current.remoteAddress());
        engine.notify(l -> l.connectionClosed(current));
    }

    // ------------------------------------------------------------------ dispatch

    private CompletableFuture<Reply> dispatch(byte[] frame, Sip2Session s, long start) {
        VendorProfile profile = s.profile();
        Sip2Codec codec = profile.codec();
        traffic('<', frame, s);
        DecodeResult result = codec.tryDecode(frame);
        if (result instanceof DecodeResult.Malformed) {
            return done(malformed(frame, ((DecodeResult.Malformed) result).error(), s));
        }
        Sip2Frame request = ((DecodeResult.Decoded) result).frame();
        Sip2Message message = request.message();
        if (message instanceof UnknownMessage) {
            LOG.warn("{}: unknown message code {} ignored (SIP 2.00 ignores unknown commands)", s.connectionId(),
                    ((UnknownMessage) message).code());
            return done(Reply.none());
        }
        if (!(message instanceof ScRequest)) {
            Sip2DecodeException error;
            try {
                codec.decode(frame, ScMessage.class);
                throw new IllegalStateException("message " + message.code() + " decoded as a request");
            } catch (Sip2DecodeException e) {
                error = e;
            }
            return done(malformed(frame, error, s));
        }
        ScRequest<?> scRequest = (ScRequest<?>) message;
        MessageType type = scRequest.messageType();

        byte[] repeated = null;
        synchronized (lock) {
            if (request.sequenceNumber().isPresent() && request.hasChecksum() && Arrays.equals(frame, lastRequest)) {
                repeated = lastRequestResponse;
                lastResponse = repeated;
            }
        }
        if (repeated != null) {
            LOG.debug("{}: request {} repeated with the same AY and AZ; its response sent again, handler not called",
                    s.connectionId(), type.code());
            traffic('>', repeated, s);
            reportHandled(s, type, start);
            return done(Reply.of(repeated));
        }

        switch (type) {
            case REQUEST_ACS_RESEND:
                return done(resend(request, s, start));
            case LOGIN:
                return login(frame, request, (LoginRequest) scRequest, s, start);
            case SC_STATUS:
                boolean allowed = s.policy().isPresent() || profile.scStatusBeforeLogin();
                if (!allowed) {
                    LOG.warn("{}: SC status (99) before login refused (profile {} does not allow it)",
                            s.connectionId(), profile.name());
                }
                AcsMessage status = Refusals.acsStatus(s, engine.handlers(), engine.backendTimeout(), allowed,
                        allowed ? null : Refusals.PLEASE_LOG_IN);
                return done(answer(frame, request, status, s, type, start));
            default:
                return dispatchToHandler(frame, request, scRequest, s, start);
        }
    }

    private CompletableFuture<Reply> dispatchToHandler(
            byte[] frame, Sip2Frame request, ScRequest<?> scRequest, Sip2Session s, long start) {
        MessageType type = scRequest.messageType();
        if (s.policy().isEmpty()) {
            LOG.warn("{}: request {} before login refused", s.connectionId(), type.code());
            return done(answer(frame, request, Refusals.of(scRequest, s, Refusals.PLEASE_LOG_IN), s, type, start));
        }
        Optional<HandlerRegistry.Invoker> invoker = engine.handlers().invoker(type);
        if (invoker.isEmpty()) {
            if (type == MessageType.END_PATRON_SESSION) {
                AcsMessage ended = Responses.endPatronSession((EndPatronSessionRequest) scRequest, s)
                        .endSession(true)
                        .build();
                return done(answer(frame, request, ended, s, type, start));
            }
            LOG.warn("{}: no handler for request {}; refused as not supported", s.connectionId(), type.code());
            return done(answer(frame, request, Refusals.of(scRequest, s, Refusals.NOT_SUPPORTED), s, type, start));
        }
        HandlerRegistry.Invoker handler = invoker.get();
        return callBackend(s, type, () -> handler.invoke(scRequest, s))
                .thenApply(outcome -> finishHandler(frame, request, scRequest, s, outcome, start));
    }

    private Reply finishHandler(
            byte[] frame, Sip2Frame request, ScRequest<?> scRequest, Sip2Session s, Outcome<AcsMessage> outcome,
            long start) {
        MessageType type = scRequest.messageType();
        AcsMessage response = null;
        String refusal = Refusals.FAILED;
        if (outcome.timedOut) {
            LOG.warn("{}: handler for request {} did not answer within {}; refused", s.connectionId(), type.code(),
                    engine.backendTimeout());
            engine.notify(l -> l.backendTimeout(s, type, engine.backendTimeout()));
            refusal = Refusals.TIMED_OUT;
        } else if (outcome.error != null) {
            LOG.warn("{}: handler for request {} failed; refused", s.connectionId(), type.code(), outcome.error);
            engine.notify(l -> l.handlerFailed(s, type, outcome.error));
        } else if (!scRequest.responseType().isInstance(outcome.value)) {
            String what = outcome.value == null ? "null" : "a " + outcome.value.getClass().getSimpleName();
            IllegalStateException misuse = new IllegalStateException("handler for request " + type.code()
                    + " returned " + what + " (expected: a " + scRequest.responseType().getSimpleName() + ")");
            LOG.error("{}: {}; refused", s.connectionId(), misuse.getMessage());
            engine.notify(l -> l.handlerFailed(s, type, misuse));
        } else {
            response = outcome.value;
        }
        if (response != null) {
            try {
                return answer(frame, request, response, s, type, start);
            } catch (Sip2EncodeException e) {
                LOG.warn("{}: response of the handler for request {} cannot be encoded; refused", s.connectionId(),
                        type.code(), e);
                engine.notify(l -> l.handlerFailed(s, type, e));
            }
        }
        return answer(frame, request, Refusals.of(scRequest, s, refusal), s, type, start);
    }

    // ------------------------------------------------------------------ login

    private CompletableFuture<Reply> login(
            byte[] frame, Sip2Frame request, LoginRequest login, Sip2Session s, long start) {
        if (login.uidAlgorithm() != '0' || login.pwdAlgorithm() != '0') {
            LOG.warn("{}: login {} uses encryption algorithms {}/{}, which no public implementation defines;"
                    + " refused", s.connectionId(), login.loginUserId(), login.uidAlgorithm(), login.pwdAlgorithm());
            return done(loginRefused(frame, request, login, s, true, start));
        }
        LoginAttempt attempt = new LoginAttempt(
                login.loginUserId(), login.loginPassword(), login.locationCode(), s.remoteAddress(), candidates);
        return callBackend(s, MessageType.LOGIN, () -> engine.authenticator().authenticate(attempt))
                .thenApply(outcome -> finishLogin(frame, request, login, s, outcome, start));
    }

    private Reply finishLogin(byte[] frame, Sip2Frame request, LoginRequest login, Sip2Session s,
            Outcome<Optional<ClientPolicy>> outcome, long start) {
        String user = login.loginUserId();
        if (outcome.timedOut) {
            LOG.warn("{}: login authenticator did not answer within {}; login {} refused", s.connectionId(),
                    engine.backendTimeout(), user);
            engine.notify(l -> l.backendTimeout(s, MessageType.LOGIN, engine.backendTimeout()));
            return loginRefused(frame, request, login, s, false, start);
        }
        if (outcome.error != null || outcome.value == null) {
            Throwable error = outcome.error != null
                    ? outcome.error
                    : new IllegalStateException("login authenticator returned null (expected: an Optional)");
            if (outcome.error != null) {
                LOG.warn("{}: login authenticator failed; login {} refused", s.connectionId(), user, error);
            } else {
                LOG.error("{}: {}; login {} refused", s.connectionId(), error.getMessage(), user);
            }
            engine.notify(l -> l.handlerFailed(s, MessageType.LOGIN, error));
            return loginRefused(frame, request, login, s, false, start);
        }
        if (outcome.value.isEmpty()) {
            LOG.warn("{}: login {} from {} refused: unknown login id or wrong password", s.connectionId(), user,
                    s.remoteAddress());
            return loginRefused(frame, request, login, s, true, start);
        }
        ClientPolicy policy = outcome.value.get();
        if (!policy.activated()) {
            LOG.warn("{}: login {} from {} refused: its policy (institution {}) is deactivated", s.connectionId(),
                    user, s.remoteAddress(), policy.institutionId());
            return loginRefused(frame, request, login, s, true, start);
        }
        Optional<VendorProfile> profile = engine.profile(policy.profileName());
        if (profile.isEmpty()) {
            LOG.error("{}: login {} selected a policy naming unknown vendor profile \"{}\"; refused",
                    s.connectionId(), user, policy.profileName());
            return loginRefused(frame, request, login, s, false, start);
        }
        Sip2Session loggedIn = s.toBuilder()
                .policy(policy)
                .locationCode(policy.locationCode().or(login::locationCode))
                .loggedIn(user)
                .profile(profile.get())
                .build();
        synchronized (lock) {
            session = loggedIn;
            failedLogins = 0;
        }
        LOG.debug("{}: login {} accepted: institution {}, location {}, profile {}", s.connectionId(), user,
                policy.institutionId(), loggedIn.locationCode().orElse("-"), profile.get().name());
        engine.notify(l -> l.loginSucceeded(loggedIn));
        return answer(frame, request, LoginResponse.builder().ok(true).build(), loggedIn, MessageType.LOGIN, start);
    }

    private Reply loginRefused(
            byte[] frame, Sip2Frame request, LoginRequest login, Sip2Session s, boolean counted, long start) {
        boolean close = false;
        int failures = 0;
        if (counted) {
            synchronized (lock) {
                failures = ++failedLogins;
            }
            close = failures >= engine.maxFailedLogins();
            engine.notify(l -> l.loginFailed(s, login.loginUserId()));
        }
        Reply reply = answer(frame, request, LoginResponse.builder().ok(false).build(), s, MessageType.LOGIN, start);
        if (close) {
            LOG.warn("{}: {} refused logins from {}; closing the connection", s.connectionId(), failures,
                    s.remoteAddress());
            return reply.thenClose();
        }
        return reply;
    }

    // ------------------------------------------------------------------ resend and errors

    private Reply resend(Sip2Frame request, Sip2Session s, long start) {
        byte[] last;
        synchronized (lock) {
            last = lastResponse;
        }
        if (last == null) {
            LOG.debug("{}: request ACS resend (97) before any response; answered 96", s.connectionId());
            byte[] bytes = resendRequest(s.profile(), request.hasChecksum());
            synchronized (lock) {
                lastResponse = bytes;
            }
            traffic('>', bytes, s);
            reportHandled(s, MessageType.REQUEST_ACS_RESEND, start);
            return Reply.of(bytes);
        }
        LOG.debug("{}: request ACS resend (97); last response sent again", s.connectionId());
        traffic('>', last, s);
        reportHandled(s, MessageType.REQUEST_ACS_RESEND, start);
        return Reply.of(last);
    }

    private Reply malformed(byte[] frame, Sip2DecodeException error, Sip2Session s) {
        Sip2DecodeException.Reason reason = error.reason();
        boolean checksum = reason == Sip2DecodeException.Reason.CHECKSUM_MISMATCH
                || reason == Sip2DecodeException.Reason.MALFORMED_CHECKSUM
                || reason == Sip2DecodeException.Reason.MISSING_CHECKSUM;
        if (checksum) {
            engine.notify(l -> l.checksumError(s));
        } else {
            engine.notify(l -> l.malformedRequest(s, error));
        }
        if (error.resendable()) {
            LOG.debug("{}: request not decoded ({}); answered 96", s.connectionId(), reason);
        } else {
            LOG.warn("{}: malformed request from {} answered 96: {}", s.connectionId(), s.remoteAddress(),
                    error.getMessage());
        }
        String text = new String(frame, StandardCharsets.ISO_8859_1);
        int az = text.lastIndexOf("AZ");
        boolean hadTrailer = az >= 0 && az >= text.length() - 6;
        byte[] bytes = resendRequest(s.profile(), hadTrailer);
        synchronized (lock) {
            lastResponse = bytes;
        }
        traffic('>', bytes, s);
        return Reply.of(bytes);
    }

    private static byte[] resendRequest(VendorProfile profile, boolean requestHadTrailer) {
        ErrorDetection mode = profile.errorDetection();
        boolean withChecksum = mode == ErrorDetection.ON || mode == ErrorDetection.AUTO && requestHadTrailer;
        RequestScResend resend = new RequestScResend(List.of());
        return withChecksum ? profile.codec().encode(resend, 0) : profile.codec().encode(resend);
    }

    // ------------------------------------------------------------------ answering

    /** Encodes a response with the trailer the profile asks for, remembers it, logs it and reports the request. */
    private Reply answer(
            byte[] frame, Sip2Frame request, AcsMessage response, Sip2Session s, MessageType type, long start) {
        byte[] bytes = encode(request, response, s.profile());
        synchronized (lock) {
            lastResponse = bytes;
            lastRequest = frame;
            lastRequestResponse = bytes;
        }
        traffic('>', bytes, s);
        reportHandled(s, type, start);
        return Reply.of(bytes);
    }

    private static byte[] encode(Sip2Frame request, AcsMessage response, VendorProfile profile) {
        Sip2Frame out;
        OptionalInt sequence = request.sequenceNumber();
        switch (profile.errorDetection()) {
            case OFF:
                out = Sip2Frame.of(response);
                break;
            case ON:
                out = Sip2Frame.of(response, sequence.orElse(0));
                break;
            default:
                if (!request.hasChecksum()) {
                    out = Sip2Frame.of(response);
                } else if (sequence.isPresent()) {
                    out = Sip2Frame.of(response, sequence.getAsInt());
                } else {
                    out = new Sip2Frame(response, OptionalInt.empty(), ChecksumStatus.VERIFIED, List.of());
                }
                break;
        }
        return profile.codec().encode(out);
    }

    private void reportHandled(Sip2Session s, MessageType type, long start) {
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        engine.notify(l -> l.requestHandled(s, type, duration));
    }

    private static void traffic(char direction, byte[] bytes, Sip2Session s) {
        if (TRAFFIC.isDebugEnabled()) {
            Sip2Codec codec = s.profile().codec();
            String text = StringUtils.stripEnd(new String(bytes, codec.charset()), "\r\n");
            TRAFFIC.debug("{} {} {}", s.connectionId(), direction, Redaction.redact(text, codec.fieldDelimiter()));
        }
    }

    private static CompletableFuture<Reply> done(Reply reply) {
        return CompletableFuture.completedFuture(reply);
    }

    // ------------------------------------------------------------------ backend calls

    /**
     * Runs a backend call on the worker executor under the backend timeout. The future completes with the value,
     * the failure, or a timeout, whichever comes first; a result arriving after the timeout is dropped.
     */
    private <T> CompletableFuture<Outcome<T>> callBackend(Sip2Session s, MessageType type, Callable<T> call) {
        CompletableFuture<Outcome<T>> future = new CompletableFuture<>();
        Runnable task = () -> {
            if (future.isDone()) {
                return;
            }
            Outcome<T> outcome;
            try {
                outcome = Outcome.value(call.call());
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                outcome = Outcome.failure(e);
            }
            if (!future.complete(outcome)) {
                LOG.warn("{}: late {} of the backend for request {} dropped (the SC was answered after the timeout)",
                        s.connectionId(), outcome.error != null ? "failure" : "result", type.code());
            }
        };
        try {
            engine.executor().execute(task);
        } catch (RejectedExecutionException e) {
            future.complete(Outcome.failure(e));
        }
        long nanos = engine.backendTimeout().toNanos();
        return future.completeOnTimeout(Outcome.timedOut(), nanos, TimeUnit.NANOSECONDS);
    }

    /** A backend call's result: a value (possibly null), a failure, or a timeout. */
    private static final class Outcome<T> {
        final T value;
        final Throwable error;
        final boolean timedOut;

        private Outcome(T value, Throwable error, boolean timedOut) {
            this.value = value;
            this.error = error;
            this.timedOut = timedOut;
        }

        static <T> Outcome<T> value(T value) {
            return new Outcome<>(value, null, false);
        }

        static <T> Outcome<T> failure(Throwable error) {
            return new Outcome<>(null, error, false);
        }

        static <T> Outcome<T> timedOut() {
            return new Outcome<>(null, null, true);
        }
    }
}
