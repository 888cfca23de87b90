package io.github.sip2kit.codec;

/** What the decoder does with a message code SIP 2.00 does not define. */
public enum UnknownMessagePolicy {
    /** Decode it to an UnknownMessage that re-encodes byte for byte. The default. */
    PRESERVE,
    /** Fail with reason UNKNOWN_MESSAGE_CODE. */
    REJECT
}
