package io.github.sip2kit.codec;

/** How a codec treats input that bends the spec. */
public enum Strictness {
    /**
     * Accept what real peers send and model it without loss where the model can: blank dates, blank counts,
     * unknown fields, missing required fields, a missing final delimiter, lower-case checksums, an unparseable
     * optional value (kept as an unknown field). Only input that cannot be modelled is rejected. The default.
     */
    LENIENT,
    /**
     * For conformance testing: every deviation from SIP 2.00 is a violation, and the decode exception lists all of
     * them.
     */
    STRICT
}
