/**
 * Field-level values of the SIP2 model: field identifiers, the 18-character timestamp, secrets, flags, bitmap
 * positions and the open code sets (circulation status, fee type, media type, ...).
 *
 * <p>Code sets that vendors extend are open types: records such as {@link io.github.sip2kit.core.field.FeeType}
 * with a constant for every value the spec defines, an {@code of(String)} factory that returns the constant or a
 * new instance for a vendor code, and {@code isStandard()}. Value sets the spec closes are enums implementing
 * {@link io.github.sip2kit.core.field.WireCode}. {@link io.github.sip2kit.core.field.Secret} holds passwords
 * (AC, AD, CO) and never prints them.
 *
 * <p>{@link io.github.sip2kit.core.field.FieldId} names the tagged fields; a field the model has no component for
 * is kept as a {@link io.github.sip2kit.core.field.RawField}. {@link io.github.sip2kit.core.field.Sip2Timestamp}
 * keeps the exact 18 characters of a date, so blank and all-zero dates round-trip. Positional fields (patron
 * status, summary) are sets of {@link io.github.sip2kit.core.field.PatronStatusFlag} and
 * {@link io.github.sip2kit.core.field.SummaryItem}. {@link io.github.sip2kit.core.field.WireText} holds the rules
 * every field value follows: no {@code |}, CR, LF or NUL.
 *
 * <p>All types are immutable and thread-safe. Unless otherwise stated, passing {@code null} to any method in
 * this package throws {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.core.field;
