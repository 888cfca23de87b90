package io.github.sip2kit.codec.internal;

/** How often a tagged field may occur in a message. */
public enum Occurrence {
    /** Must occur once (it may be empty, as {@code AC|}). */
    REQUIRED,
    /** May occur once. */
    OPTIONAL,
    /** May occur any number of times; the values form a list. */
    REPEATABLE
}
