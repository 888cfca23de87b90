package io.github.sip2kit.codec;

/** What the decoder does with a tagged field the message does not define. */
public enum UnknownFieldPolicy {
    /** Keep it, in order, in the message's unknown fields, so it re-encodes unchanged. The default; the spec says receivers ignore such fields. */
    PRESERVE,
    /** Discard it. */
    DROP,
    /** Fail with reason UNKNOWN_FIELD. */
    REJECT
}
