/**
 * The SIP2 wire format: framing, the AY/AZ error-detection trailer, charsets, and strict or lenient typed
 * decoding and encoding of every message of {@code io.github.sip2kit.core}.
 *
 * <p>The internal package is exported to the command line tool only, which shows each fixed and tagged field of a
 * frame by the names of the message layout table; the tool is built after this module, hence the suppressed
 * "module not found" warning.
 */
@SuppressWarnings("module")
module io.github.sip2kit.codec {
    requires transitive io.github.sip2kit.core;

    exports io.github.sip2kit.codec;
    exports io.github.sip2kit.codec.internal to io.github.sip2kit.cli;
}
