/**
 * The SIP2 wire format: framing, the AY/AZ error-detection trailer, charsets, and strict or lenient typed
 * decoding and encoding of every message of {@code io.github.sip2kit.core}.
 */
module io.github.sip2kit.codec {
    requires transitive io.github.sip2kit.core;

    exports io.github.sip2kit.codec;
}
