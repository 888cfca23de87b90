package io.github.sip2kit.codec;

/** What the decoder does when a field that may occur once occurs again. */
public enum DuplicateFieldPolicy {
    /**
     * The first occurrence is the value, as Evergreen and Koha do; later occurrences are kept as unknown fields, so
     * the frame still re-encodes byte for byte. The default.
     */
    FIRST_WINS,
    /**
     * The last occurrence is the value; earlier occurrences are dropped (the one lossy policy: keeping them would let
     * a re-encoded frame decode to the other value).
     */
    LAST_WINS,
    /** Fail with reason DUPLICATE_FIELD. The strict preset's choice. */
    REJECT
}
