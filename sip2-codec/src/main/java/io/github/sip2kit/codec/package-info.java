/**
 * The SIP2 wire format: framing, the AY/AZ error-detection trailer, charsets, and typed decoding and encoding.
 *
 * <p>Three layers, each usable on its own:
 * <ol>
 *   <li><b>Framing</b> (bytes to frames): {@link io.github.sip2kit.codec.Sip2FrameSplitter} is the one place that
 *       knows terminators and the frame-length limit; {@link io.github.sip2kit.codec.Sip2FrameReader} and the
 *       server's transport both use it.</li>
 *   <li><b>Trailer</b> (frame to {@link io.github.sip2kit.codec.Sip2Frame}): the sequence number and
 *       {@link io.github.sip2kit.codec.Checksum} are checked over the exact bytes, then the text is decoded in the
 *       codec's charset.</li>
 *   <li><b>Typed</b> (text to message record): {@link io.github.sip2kit.codec.Sip2Codec} decodes and encodes every
 *       message of {@code io.github.sip2kit.core}, strictly or leniently as its policies say.</li>
 * </ol>
 *
 * <p>Malformed input raises {@link io.github.sip2kit.codec.Sip2DecodeException}, which carries a reason, the
 * message code, the field id, the 1-based column and a short excerpt with passwords masked.
 *
 * <p>{@code Sip2Codec}, {@code Sip2Limits} and the policy enums are immutable and thread-safe; frame readers,
 * writers and splitters belong to one connection and are not. Unless otherwise stated, passing {@code null} to
 * any method in this package throws {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.codec;
