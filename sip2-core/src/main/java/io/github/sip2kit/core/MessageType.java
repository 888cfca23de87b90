package io.github.sip2kit.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 31 message types of SIP 2.00 with their wire codes, directions, record classes and request/response pairing.
 */
public enum MessageType {
    /** Block Patron (01), SC to ACS. */
    BLOCK_PATRON("01", Direction.SC_TO_ACS, BlockPatron.class, "24"),
    /** Checkin (09), SC to ACS. */
    CHECKIN("09", Direction.SC_TO_ACS, CheckinRequest.class, "10"),
    /** Checkin Response (10), ACS to SC. */
    CHECKIN_RESPONSE("10", Direction.ACS_TO_SC, CheckinResponse.class, null),
    /** Checkout (11), SC to ACS. */
    CHECKOUT("11", Direction.SC_TO_ACS, CheckoutRequest.class, "12"),
    /** Checkout Response (12), ACS to SC. */
    CHECKOUT_RESPONSE("12", Direction.ACS_TO_SC, CheckoutResponse.class, null),
    /** Hold (15), SC to ACS. */
    HOLD("15", Direction.SC_TO_ACS, HoldRequest.class, "16"),
    /** Hold Response (16), ACS to SC. */
    HOLD_RESPONSE("16", Direction.ACS_TO_SC, HoldResponse.class, null),
    /** Item Information (17), SC to ACS. */
    ITEM_INFORMATION("17", Direction.SC_TO_ACS, ItemInformationRequest.class, "18"),
    /** Item Information Response (18), ACS to SC. */
    ITEM_INFORMATION_RESPONSE("18", Direction.ACS_TO_SC, ItemInformationResponse.class, null),
    /** Item Status Update (19), SC to ACS. */
    ITEM_STATUS_UPDATE("19", Direction.SC_TO_ACS, ItemStatusUpdateRequest.class, "20"),
    /** Item Status Update Response (20), ACS to SC. */
    ITEM_STATUS_UPDATE_RESPONSE("20", Direction.ACS_TO_SC, ItemStatusUpdateResponse.class, null),
    /** Patron Status Request (23), SC to ACS. */
    PATRON_STATUS_REQUEST("23", Direction.SC_TO_ACS, PatronStatusRequest.class, "24"),
    /** Patron Status Response (24), ACS to SC. */
    PATRON_STATUS_RESPONSE("24", Direction.ACS_TO_SC, PatronStatusResponse.class, null),
    /** Patron Enable (25), SC to ACS. */
    PATRON_ENABLE("25", Direction.SC_TO_ACS, PatronEnableRequest.class, "26"),
    /** Patron Enable Response (26), ACS to SC. */
    PATRON_ENABLE_RESPONSE("26", Direction.ACS_TO_SC, PatronEnableResponse.class, null),
    /** Renew (29), SC to ACS. */
    RENEW("29", Direction.SC_TO_ACS, RenewRequest.class, "30"),
    /** Renew Response (30), ACS to SC. */
    RENEW_RESPONSE("30", Direction.ACS_TO_SC, RenewResponse.class, null),
    /** End Patron Session (35), SC to ACS. */
    END_PATRON_SESSION("35", Direction.SC_TO_ACS, EndPatronSessionRequest.class, "36"),
    /** End Session Response (36), ACS to SC. */
    END_SESSION_RESPONSE("36", Direction.ACS_TO_SC, EndSessionResponse.class, null),
    /** Fee Paid (37), SC to ACS. */
    FEE_PAID("37", Direction.SC_TO_ACS, FeePaidRequest.class, "38"),
    /** Fee Paid Response (38), ACS to SC. */
    FEE_PAID_RESPONSE("38", Direction.ACS_TO_SC, FeePaidResponse.class, null),
    /** Patron Information (63), SC to ACS. */
    PATRON_INFORMATION("63", Direction.SC_TO_ACS, PatronInformationRequest.class, "64"),
    /** Patron Information Response (64), ACS to SC. */
    PATRON_INFORMATION_RESPONSE("64", Direction.ACS_TO_SC, PatronInformationResponse.class, null),
    /** Renew All (65), SC to ACS. */
    RENEW_ALL("65", Direction.SC_TO_ACS, RenewAllRequest.class, "66"),
    /** Renew All Response (66), ACS to SC. */
    RENEW_ALL_RESPONSE("66", Direction.ACS_TO_SC, RenewAllResponse.class, null),
    /** Login (93), SC to ACS. */
    LOGIN("93", Direction.SC_TO_ACS, LoginRequest.class, "94"),
    /** Login Response (94), ACS to SC. */
    LOGIN_RESPONSE("94", Direction.ACS_TO_SC, LoginResponse.class, null),
    /** Request SC Resend (96), ACS to SC. */
    REQUEST_SC_RESEND("96", Direction.ACS_TO_SC, RequestScResend.class, null),
    /** Request ACS Resend (97), SC to ACS. */
    REQUEST_ACS_RESEND("97", Direction.SC_TO_ACS, RequestAcsResend.class, null),
    /** ACS Status (98), ACS to SC. */
    ACS_STATUS("98", Direction.ACS_TO_SC, AcsStatus.class, null),
    /** SC Status (99), SC to ACS. */
    SC_STATUS("99", Direction.SC_TO_ACS, ScStatus.class, "98");

    private static final Map<String, MessageType> BY_CODE = new HashMap<>();

    static {
        for (MessageType type : values()) {
            if (BY_CODE.put(type.code, type) != null) {
                throw new ExceptionInInitializerError("duplicate message code " + type.code);
            }
        }
    }

    private final String code;
    private final Direction direction;
    private final Class<? extends Sip2Message> messageClass;
    private final String responseCode;

    MessageType(String code, Direction direction, Class<? extends Sip2Message> messageClass, String responseCode) {
        this.code = code;
        this.direction = direction;
        this.messageClass = messageClass;
        this.responseCode = responseCode;
    }

    /** {@return the two-digit wire code, such as {@code "11"}} */
    public String code() {
        return code;
    }

    /** {@return who sends this message} */
    public Direction direction() {
        return direction;
    }

    /** {@return the record class that models this message} */
    public Class<? extends Sip2Message> messageClass() {
        return messageClass;
    }

    /**
     * {@return the response this request is answered with} Empty for responses and for Request ACS Resend (97),
     * which is answered by whatever the ACS sent last.
     */
    public Optional<MessageType> responseType() {
        return responseCode == null ? Optional.empty() : Optional.of(BY_CODE.get(responseCode));
    }

    /** {@return whether the SC sends this message} */
    public boolean isRequest() {
        return direction == Direction.SC_TO_ACS;
    }

    /**
     * Looks a message type up by its wire code.
     *
     * @param code the two-character code
     * @return the type, or empty for a code SIP 2.00 does not define
     */
    public static Optional<MessageType> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
