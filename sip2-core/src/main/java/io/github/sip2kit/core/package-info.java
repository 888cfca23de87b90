/**
 * The SIP2 message model: one immutable record per message of SIP 2.00, all 31 of them.
 *
 * <p>{@link io.github.sip2kit.core.Sip2Message} is the sealed root. {@link io.github.sip2kit.core.ScMessage}
 * covers the 16 messages a self-service machine (the SC) sends, each an {@link io.github.sip2kit.core.ScRequest}
 * typed by the response it expects; {@link io.github.sip2kit.core.AcsMessage} covers the 15 the library system
 * (the ACS) sends; {@link io.github.sip2kit.core.UnknownMessage} keeps a message with an identifier the spec does
 * not define, so that it re-encodes byte for byte. {@link io.github.sip2kit.core.MessageType} lists the 31 types
 * with their wire codes, directions and request/response pairing.
 *
 * <p>Every record validates its components on construction: fixed fields have their exact width, and no value
 * contains the field delimiter {@code |}, CR, LF or NUL, so a message that was built always encodes. Each record
 * has a {@code builder()} and a {@code toBuilder()}. Fields the record does not know are kept, in order, as
 * {@link io.github.sip2kit.core.field.RawField}s in {@code unknownFields()}. The sequence number and checksum of
 * the error-detection trailer are not part of any message: they belong to the frame (see the codec).
 *
 * <p>The wire format itself (offsets, checksums, charsets) lives in {@code io.github.sip2kit.codec}; this package
 * knows nothing of bytes. Spec reference: 3M Standard Interchange Protocol 2.00, "Messages" (pages 4 to 13).
 *
 * <p>All types are immutable and thread-safe. Unless otherwise stated, passing {@code null} to any method in
 * this package throws {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.core;
