/**
 * The SIP2 message model: an immutable record for each of the 31 messages of SIP 2.00, with their field
 * identifiers, code sets, timestamps and secrets. It has no dependencies and does no I/O; the wire format
 * lives in {@code io.github.sip2kit.codec}.
 */
module io.github.sip2kit.core {
    exports io.github.sip2kit.core;
    exports io.github.sip2kit.core.field;
}
