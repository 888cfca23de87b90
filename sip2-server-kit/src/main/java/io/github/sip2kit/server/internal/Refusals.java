package io.github.sip2kit.server.internal;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.Sip2Session;
import java.time.Duration;
import java.util.Set;

/**
 * Spec-valid negative answers: for every request, a response of its own type that says no (ok {@code 0},
 * privileges denied, payment not accepted…) with a screen message (AF) saying why. SCs handle such an answer as an
 * ordinary refusal, where a 96 would make them resend. Stateless.
 */
public final class Refusals {

    /** Screen message of a request refused because the connection has not logged in. */
    public static final String PLEASE_LOG_IN = "Please log in first";
    /** Screen message of a request no handler was registered for. */
    public static final String NOT_SUPPORTED = "Not supported";
    /** Screen message of a request whose handler failed. */
    public static final String FAILED = "Request failed, please try again";
    /** Screen message of a request whose handler did not answer in time. */
    public static final String TIMED_OUT = "No answer from the library system, please try again";

    private static final Set<PatronStatusFlag> PRIVILEGES_DENIED = Set.of(
            PatronStatusFlag.CHARGE_PRIVILEGES_DENIED,
            PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED,
            PatronStatusFlag.RECALL_PRIVILEGES_DENIED,
            PatronStatusFlag.HOLD_PRIVILEGES_DENIED);

    private Refusals() {}

    /**
     * {@return a refusal of the request's response type}
     *
     * @param request any request but SC Status (99) and Request ACS Resend (97)
     * @param session the session it came on
     * @param screenMessage the reason shown to the patron (AF)
     * @throws IllegalArgumentException for 99 and 97, whose answers the kit builds otherwise
     */
    public static AcsMessage of(ScRequest<?> request, Sip2Session session, String screenMessage) {
        switch (request.messageType()) {
            case BLOCK_PATRON:
                return Responses.blockPatron((BlockPatron) request, session)
                        .patronStatus(PRIVILEGES_DENIED).addScreenMessage(screenMessage).build();
            case CHECKIN:
                return Responses.checkin((CheckinRequest) request, session).addScreenMessage(screenMessage).build();
            case CHECKOUT:
                return Responses.checkout((CheckoutRequest) request, session).addScreenMessage(screenMessage).build();
            case HOLD:
                return Responses.hold((HoldRequest) request, session).addScreenMessage(screenMessage).build();
            case ITEM_INFORMATION:
                return Responses.itemInformation((ItemInformationRequest) request, session)
                        .addScreenMessage(screenMessage).build();
            case ITEM_STATUS_UPDATE:
                return Responses.itemStatusUpdate((ItemStatusUpdateRequest) request, session)
                        .addScreenMessage(screenMessage).build();
            case PATRON_STATUS_REQUEST:
                return Responses.patronStatus((PatronStatusRequest) request, session)
                        .patronStatus(PRIVILEGES_DENIED).addScreenMessage(screenMessage).build();
            case PATRON_ENABLE:
                return Responses.patronEnable((PatronEnableRequest) request, session)
                        .patronStatus(PRIVILEGES_DENIED).addScreenMessage(screenMessage).build();
            case RENEW:
                return Responses.renew((RenewRequest) request, session).addScreenMessage(screenMessage).build();
            case END_PATRON_SESSION:
                return Responses.endPatronSession((EndPatronSessionRequest) request, session)
                        .addScreenMessage(screenMessage).build();
            case FEE_PAID:
                return Responses.feePaid((FeePaidRequest) request, session).addScreenMessage(screenMessage).build();
            case PATRON_INFORMATION:
                return Responses.patronInformation((PatronInformationRequest) request, session)
                        .patronStatus(PRIVILEGES_DENIED)
                        .holdItemsCount(0)
                        .overdueItemsCount(0)
                        .chargedItemsCount(0)
                        .fineItemsCount(0)
                        .recallItemsCount(0)
                        .unavailableHoldsCount(0)
                        .addScreenMessage(screenMessage)
                        .build();
            case RENEW_ALL:
                return Responses.renewAll((RenewAllRequest) request, session)
                        .renewedCount(0).unrenewedCount(0).addScreenMessage(screenMessage).build();
            case LOGIN:
                return LoginResponse.builder().ok(false).build();
            default:
                throw new IllegalArgumentException(
                        "request: " + request.messageType() + " (expected: a request answered by a handler or login)");
        }
    }

    /**
     * {@return the ACS Status (98)}
     *
     * @param session the session
     * @param handlers the registered handlers, which decide the flags and BX
     * @param backendTimeout the backend timeout, which decides the timeout period
     * @param online {@code false} for a refusal (off-line, nothing allowed)
     * @param screenMessage a screen message (AF), or {@code null} for none
     */
    public static AcsStatus acsStatus(Sip2Session session, HandlerRegistry handlers, Duration backendTimeout,
            boolean online, String screenMessage) {
        AcsStatus.Builder b = AcsStatus.builder()
                .onlineStatus(online)
                .checkinOk(online && handlers.has(MessageType.CHECKIN))
                .checkoutOk(online && handlers.has(MessageType.CHECKOUT))
                .acsRenewalPolicy(online && (handlers.has(MessageType.RENEW)
                        || handlers.has(MessageType.RENEW_ALL)))
                .statusUpdateOk(online && handlers.has(MessageType.BLOCK_PATRON))
                .offlineOk(false)
                .timeoutPeriod(timeoutPeriod(backendTimeout))
                .retriesAllowed(999)
                .dateTimeSync(Sip2Timestamp.now(session.clock()))
                .protocolVersion("2.00")
                .institutionId(session.institutionId())
                .supportedMessages(handlers.supportedMessages())
                .terminalLocation(session.locationCode());
        if (screenMessage != null) {
            b.addScreenMessage(screenMessage);
        }
        return b.build();
    }

    /**
     * {@return the timeout period of the 98 in tenths of a second: the backend timeout plus one second, or
     * {@code 999} (unknown) when that does not fit in three digits}
     */
    static int timeoutPeriod(Duration backendTimeout) {
        long tenths = (backendTimeout.toMillis() + 1_000 + 99) / 100;
        return tenths > 998 ? 999 : (int) tenths;
    }
}
