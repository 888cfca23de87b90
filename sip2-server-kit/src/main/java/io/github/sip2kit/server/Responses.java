package io.github.sip2kit.server;

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
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;

/**
 * Response builders pre-filled from their request, so a handler only adds what its backend decided:
 * <pre>{@code
 * public CheckoutResponse checkout(CheckoutRequest request, Sip2Session session) {
 *     Loan loan = ils.lend(request.patronIdentifier(), request.itemIdentifier());
 *     return Responses.checkout(request, session)
 *             .ok(true)
 *             .titleIdentifier(loan.title())
 *             .dueDate(loan.dueDate())
 *             .build();
 * }
 * }</pre>
 *
 * <p>Each method copies the request's institution id (AO; the session's institution when the request's is blank),
 * patron identifier (AA) and item identifier (AB) where the response has them, and sets the transaction date to
 * the current time of the session's clock. Every other field keeps the builder's default, which for the
 * "did it work" flags is the negative answer (ok {@code 0}).
 *
 * <p>Stateless and thread-safe. Passing {@code null} throws {@link NullPointerException}.
 */
public final class Responses {

    private Responses() {}

    /**
     * {@return a Patron Status Response (24) builder answering a Block Patron (01)}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static PatronStatusResponse.Builder blockPatron(BlockPatron request, Sip2Session session) {
        return PatronStatusResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier());
    }

    /**
     * {@return a Checkin Response (10) builder}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static CheckinResponse.Builder checkin(CheckinRequest request, Sip2Session session) {
        return CheckinResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .itemIdentifier(request.itemIdentifier());
    }

    /**
     * {@return a Checkout Response (12) builder}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static CheckoutResponse.Builder checkout(CheckoutRequest request, Sip2Session session) {
        return CheckoutResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier())
                .itemIdentifier(request.itemIdentifier());
    }

    /**
     * {@return a Hold Response (16) builder, with the request's item and title identifiers when it has them}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static HoldResponse.Builder hold(HoldRequest request, Sip2Session session) {
        return HoldResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier())
                .itemIdentifier(request.itemIdentifier())
                .titleIdentifier(request.titleIdentifier());
    }

    /**
     * {@return an Item Information Response (18) builder}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static ItemInformationResponse.Builder itemInformation(ItemInformationRequest request, Sip2Session session) {
        return ItemInformationResponse.builder()
                .transactionDate(now(session))
                .itemIdentifier(request.itemIdentifier());
    }

    /**
     * {@return an Item Status Update Response (20) builder}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static ItemStatusUpdateResponse.Builder itemStatusUpdate(
            ItemStatusUpdateRequest request, Sip2Session session) {
        return ItemStatusUpdateResponse.builder()
                .transactionDate(now(session))
                .itemIdentifier(request.itemIdentifier());
    }

    /**
     * {@return a Patron Status Response (24) builder, in the request's language}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static PatronStatusResponse.Builder patronStatus(PatronStatusRequest request, Sip2Session session) {
        return PatronStatusResponse.builder()
                .language(request.language())
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier());
    }

    /**
     * {@return a Patron Enable Response (26) builder}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static PatronEnableResponse.Builder patronEnable(PatronEnableRequest request, Sip2Session session) {
        return PatronEnableResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier());
    }

    /**
     * {@return a Renew Response (30) builder, with the request's item and title identifiers (empty when absent)}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static RenewResponse.Builder renew(RenewRequest request, Sip2Session session) {
        return RenewResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier())
                .itemIdentifier(request.itemIdentifier().orElse(""))
                .titleIdentifier(request.titleIdentifier().orElse(""));
    }

    /**
     * {@return an End Session Response (36) builder}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static EndSessionResponse.Builder endPatronSession(EndPatronSessionRequest request, Sip2Session session) {
        return EndSessionResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier());
    }

    /**
     * {@return a Fee Paid Response (38) builder, echoing the request's transaction id (BK) when it has one}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static FeePaidResponse.Builder feePaid(FeePaidRequest request, Sip2Session session) {
        return FeePaidResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier())
                .transactionId(request.transactionId());
    }

    /**
     * {@return a Patron Information Response (64) builder, in the request's language}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static PatronInformationResponse.Builder patronInformation(
            PatronInformationRequest request, Sip2Session session) {
        return PatronInformationResponse.builder()
                .language(request.language())
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session))
                .patronIdentifier(request.patronIdentifier());
    }

    /**
     * {@return a Renew All Response (66) builder}
     *
     * @param request the request
     * @param session the session it came on
     */
    public static RenewAllResponse.Builder renewAll(RenewAllRequest request, Sip2Session session) {
        return RenewAllResponse.builder()
                .transactionDate(now(session))
                .institutionId(institution(request.institutionId(), session));
    }

    private static Sip2Timestamp now(Sip2Session session) {
        return Sip2Timestamp.now(Objects.requireNonNull(session, "session").clock());
    }

    private static String institution(String fromRequest, Sip2Session session) {
        return StringUtils.isBlank(fromRequest) ? session.institutionId() : fromRequest;
    }
}
