package io.github.sip2kit.core;

import io.github.sip2kit.core.field.RawField;
import java.util.List;

/**
 * A message the SC (self-check kiosk, sorter, payment or PC-booking system) sends to the ACS. Each one is a
 * {@link ScRequest} typed by the response it expects.
 */
public sealed interface ScMessage extends Sip2Message permits ScRequest {

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
