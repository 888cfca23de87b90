package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import java.util.List;

/** A message the ACS (the library system) sends to the SC: the 15 responses of SIP 2.00. */
public sealed interface AcsMessage extends Sip2Message
        permits CheckinResponse,
                CheckoutResponse,
                HoldResponse,
                ItemInformationResponse,
                ItemStatusUpdateResponse,
                PatronStatusResponse,
                PatronEnableResponse,
                RenewResponse,
                EndSessionResponse,
                FeePaidResponse,
                PatronInformationResponse,
                RenewAllResponse,
                LoginResponse,
                RequestScResend,
                AcsStatus {

    /** {@return the message type} */
    MessageType messageType();

    /** {@return tagged fields this model does not know, in the order they arrived} */
    List<RawField> unknownFields();

    /** {@return the two-digit code of {@link #messageType()}} */
    @Override
    default String code() {
        return messageType().code();
    }
}
