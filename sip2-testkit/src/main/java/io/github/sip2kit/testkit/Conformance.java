package io.github.sip2kit.testkit;

/**
 * How far generated values may stray from the letter of SIP 2.00.
 *
 * <p>Both levels only produce messages the model accepts and the codec can encode; they differ in what a strict
 * decoder would say about the result.
 */
public enum Conformance {

    /**
     * Values SIP 2.00 allows, so that a strict codec accepts the encoded frame without a violation: vendor codes are
     * digits of the right width (letters for currencies), protocol versions look like {@code 2.00}, unknown field
     * identifiers are two upper-case letters or digits, texts hold no control characters, and blank dates appear only
     * where senders use them (nb due date, return date) and 18 zeros only in the date/time sync of an ACS Status.
     */
    SPEC,

    /**
     * Everything {@link #SPEC} produces plus values that real peers send and the model keeps although the spec does not
     * define them: printable non-digit vendor codes and hold modes, free-form protocol versions, odd unknown field
     * identifiers such as {@code "az"} or {@code "x-"}, tabs and other control characters (never CR, LF or NUL) in
     * texts, and blank or all-zero dates in any date field. A lenient codec round-trips these messages; a strict codec
     * reports them.
     */
    MODEL
}
