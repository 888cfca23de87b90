package io.github.sip2kit.testkit.library;

/** The outcome of checking a patron's PIN, as needed for SIP2's valid patron and valid patron password fields. */
public enum PinCheck {
    /** The patron exists and the PIN matches. */
    VALID,
    /** The patron exists and the PIN does not match. */
    INVALID,
    /** No patron has the given identifier. */
    UNKNOWN_PATRON;

    /** {@return true when the patron exists, whatever the PIN} */
    public boolean patronKnown() {
        return this != UNKNOWN_PATRON;
    }

    /** {@return true when the patron exists and the PIN matched} */
    public boolean pinValid() {
        return this == VALID;
    }
}
