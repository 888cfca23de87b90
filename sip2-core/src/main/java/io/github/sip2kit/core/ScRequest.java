package io.github.sip2kit.core;

/**
 * A request from the SC, typed by the response the ACS answers it with, so that a client's {@code send} and a
 * server's handler can be typed end to end:
 *
 * <pre>{@code
 * CheckoutResponse response = client.send(checkoutRequest);
 * }</pre>
 *
 * @param <R> the response type ({@link AcsMessage} for {@link RequestAcsResend}, which is answered by whatever the
 *     ACS sent last)
 */
public sealed interface ScRequest<R extends AcsMessage> extends ScMessage
        permits BlockPatron,
                CheckinRequest,
                CheckoutRequest,
                HoldRequest,
                ItemInformationRequest,
                ItemStatusUpdateRequest,
                PatronStatusRequest,
                PatronEnableRequest,
                RenewRequest,
                EndPatronSessionRequest,
                FeePaidRequest,
                PatronInformationRequest,
                RenewAllRequest,
                LoginRequest,
                RequestAcsResend,
                ScStatus {

    /** {@return the record class of the response to this request} */
    Class<R> responseType();
}
