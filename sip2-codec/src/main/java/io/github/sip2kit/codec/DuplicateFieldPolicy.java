package io.github.sip2kit.codec;

/**
 * What the decoder does when a field that may occur once occurs again. Under the two "wins" policies the surplus
 * occurrences are not lost: they are kept as unknown fields, so the frame still re-encodes.
 */
public enum DuplicateFieldPolicy {
    /** The first occurrence is the value, as Evergreen and Koha do. The default. */
    FIRST_WINS,
    /** The last occurrence is the value. */
    LAST_WINS,
    /** Fail with reason DUPLICATE_FIELD. The strict preset's choice. */
    REJECT
}
