package io.github.sip2kit.testkit.library;

/**
 * Why a checkin asks the self-service machine to alert staff, with the code of SIP2's alert type
 * extension field ({@code CV}).
 */
public enum CheckinAlert {
    /** {@code 01}: the item is on hold for a patron who picks it up at the checkin location. */
    HOLD_FOR_THIS_LOCATION("01"),
    /** {@code 02}: the item is on hold for a patron who picks it up at another location. */
    HOLD_FOR_OTHER_LOCATION("02"),
    /** {@code 04}: the item belongs to another location and must be sent there. */
    SEND_TO_OTHER_LOCATION("04");

    private final String code;

    CheckinAlert(String code) {
        this.code = code;
    }

    /** {@return the two-digit alert type code} */
    public String code() {
        return code;
    }
}
