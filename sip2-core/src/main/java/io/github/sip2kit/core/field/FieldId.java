package io.github.sip2kit.core.field;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The identifiers of the tagged fields: every field the SIP 2.00 spec assigns, the AY/AZ error-detection trailer,
 * and the extensions that several systems use with the same meaning.
 *
 * <p>Constants are named by meaning; the two-character identifier is {@link #code()}. Identifiers not listed here
 * are kept as {@link RawField}s. Some vendors give the extension identifiers other meanings (see
 * {@link #isExtension()}); a decoder should only interpret them for a peer known to use these meanings.
 */
public enum FieldId implements WireCode {
    /** AA, patron identifier: The patron's identifier, usually the library card barcode. */
    PATRON_IDENTIFIER("AA", "patron identifier", false),

    /** AB, item identifier: The item's identifier, usually its barcode. */
    ITEM_IDENTIFIER("AB", "item identifier", false),

    /** AC, terminal password: The password of the SC terminal; a secret, modelled as {@link Secret}. */
    TERMINAL_PASSWORD("AC", "terminal password", false),

    /** AD, patron password: The patron's password or PIN; a secret, modelled as {@link Secret}. */
    PATRON_PASSWORD("AD", "patron password", false),

    /** AE, personal name: The patron's name as it is to be displayed. */
    PERSONAL_NAME("AE", "personal name", false),

    /** AF, screen message: A line of text for the SC's screen; repeatable, one per line. */
    SCREEN_MESSAGE("AF", "screen message", false),

    /** AG, print line: A line of text for the SC's printer; repeatable, one per line. */
    PRINT_LINE("AG", "print line", false),

    /** AH, due date: The item's due date, as free text (not necessarily the 18-character date format). */
    DUE_DATE("AH", "due date", false),

    /** AJ, title identifier: The title of the item, or a title identifier for holds and renewals. */
    TITLE_IDENTIFIER("AJ", "title identifier", false),

    /** AL, blocked card message: The reason a patron's card was blocked (Block Patron, 01). */
    BLOCKED_CARD_MESSAGE("AL", "blocked card message", false),

    /** AM, library name: The name of the library. */
    LIBRARY_NAME("AM", "library name", false),

    /** AN, terminal location: The location of the SC terminal. */
    TERMINAL_LOCATION("AN", "terminal location", false),

    /** AO, institution id: The library's institution identifier. */
    INSTITUTION_ID("AO", "institution id", false),

    /** AP, current location: The item's current location. */
    CURRENT_LOCATION("AP", "current location", false),

    /**
     * AQ, permanent location: The item's permanent location (Evergreen also sends the patron's home library with it in
     * 64).
     */
    PERMANENT_LOCATION("AQ", "permanent location", false),

    /** AS, hold items: An item the patron has on hold; repeatable (Patron Information Response, 64). */
    HOLD_ITEMS("AS", "hold items", false),

    /** AT, overdue items: An overdue item of the patron; repeatable (64). */
    OVERDUE_ITEMS("AT", "overdue items", false),

    /** AU, charged items: An item charged to the patron; repeatable (64). */
    CHARGED_ITEMS("AU", "charged items", false),

    /** AV, fine items: An item or fee the patron owes a fine for; repeatable (64). */
    FINE_ITEMS("AV", "fine items", false),

    /** BD, home address: The patron's home address. */
    HOME_ADDRESS("BD", "home address", false),

    /** BE, e-mail address: The patron's e-mail address. */
    EMAIL_ADDRESS("BE", "e-mail address", false),

    /** BF, home phone number: The patron's home phone number. */
    HOME_PHONE_NUMBER("BF", "home phone number", false),

    /** BG, owner: The institution that owns the item. */
    OWNER("BG", "owner", false),

    /** BH, currency type: The currency of the amounts in the message: three characters, see {@link CurrencyType}. */
    CURRENCY_TYPE("BH", "currency type", false),

    /** BI, cancel: {@code Y} if the transaction cancels an earlier one, {@code N} otherwise. */
    CANCEL("BI", "cancel", false),

    /** BK, transaction id: An identifier of the transaction, assigned by the SC or the ACS. */
    TRANSACTION_ID("BK", "transaction id", false),

    /** BL, valid patron: {@code Y} if the patron is known to the ACS, {@code N} otherwise. */
    VALID_PATRON("BL", "valid patron", false),

    /** BM, renewed items: An item that was renewed; repeatable (Renew All Response, 66). */
    RENEWED_ITEMS("BM", "renewed items", false),

    /** BN, unrenewed items: An item that was not renewed, possibly with a reason; repeatable (66). */
    UNRENEWED_ITEMS("BN", "unrenewed items", false),

    /** BO, fee acknowledged: {@code Y} if the patron has agreed to pay the fee, {@code N} otherwise. */
    FEE_ACKNOWLEDGED("BO", "fee acknowledged", false),

    /** BP, start item: The 1-based position of the first item of the list to return (63). */
    START_ITEM("BP", "start item", false),

    /** BQ, end item: The 1-based position of the last item of the list to return (63). */
    END_ITEM("BQ", "end item", false),

    /** BR, queue position: The patron's position in the item's hold queue. */
    QUEUE_POSITION("BR", "queue position", false),

    /** BS, pickup location: Where the patron picks up the held item. */
    PICKUP_LOCATION("BS", "pickup location", false),

    /** BT, fee type: The type of a fee: two digits, see {@link FeeType}. */
    FEE_TYPE("BT", "fee type", false),

    /** BU, recall items: An item recalled from the patron; repeatable (64). */
    RECALL_ITEMS("BU", "recall items", false),

    /** BV, fee amount: An amount of money as decimal text, in the currency of {@link #CURRENCY_TYPE}. */
    FEE_AMOUNT("BV", "fee amount", false),

    /** BW, expiration date: When a hold expires, as an 18-character date. */
    EXPIRATION_DATE("BW", "expiration date", false),

    /**
     * BX, supported messages: The messages the ACS supports: 16 positions of {@code Y} or {@code N} (ACS Status, 98).
     */
    SUPPORTED_MESSAGES("BX", "supported messages", false),

    /** BY, hold type: The type of a hold: one character, see {@link HoldType}. */
    HOLD_TYPE("BY", "hold type", false),

    /** BZ, hold items limit: The most items the patron may have on hold: four digits. */
    HOLD_ITEMS_LIMIT("BZ", "hold items limit", false),

    /** CA, overdue items limit: The most overdue items the patron may have: four digits. */
    OVERDUE_ITEMS_LIMIT("CA", "overdue items limit", false),

    /** CB, charged items limit: The most items the patron may have charged: four digits. */
    CHARGED_ITEMS_LIMIT("CB", "charged items limit", false),

    /** CC, fee limit: The most money the patron may owe, as decimal text. */
    FEE_LIMIT("CC", "fee limit", false),

    /** CD, unavailable hold items: A hold of the patron that is not yet available; repeatable (64). */
    UNAVAILABLE_HOLD_ITEMS("CD", "unavailable hold items", false),

    /** CF, hold queue length: The number of holds on the item, as text. */
    HOLD_QUEUE_LENGTH("CF", "hold queue length", false),

    /** CG, fee identifier: An identifier of a fee, used to pay that fee (37). */
    FEE_IDENTIFIER("CG", "fee identifier", false),

    /** CH, item properties: Free-form properties of the item, defined by the SC and the ACS. */
    ITEM_PROPERTIES("CH", "item properties", false),

    /** CI, security inhibit: {@code Y} if the SC must not change the item's security setting, {@code N} otherwise. */
    SECURITY_INHIBIT("CI", "security inhibit", false),

    /** CJ, recall date: When the item was recalled, as an 18-character date. */
    RECALL_DATE("CJ", "recall date", false),

    /** CK, media type: The item's media type: three digits, see {@link MediaType}. */
    MEDIA_TYPE("CK", "media type", false),

    /** CL, sort bin: The bin a sorter should put the item in. */
    SORT_BIN("CL", "sort bin", false),

    /** CM, hold pickup date: The date by which a held item must be picked up, as an 18-character date. */
    HOLD_PICKUP_DATE("CM", "hold pickup date", false),

    /** CN, login user id: The user id the SC logs in with (Login, 93). */
    LOGIN_USER_ID("CN", "login user id", false),

    /** CO, login password: The password the SC logs in with (93); a secret, modelled as {@link Secret}. */
    LOGIN_PASSWORD("CO", "login password", false),

    /** CP, location code: The location of the SC, sent when it logs in (93). */
    LOCATION_CODE("CP", "location code", false),

    /** CQ, valid patron password: {@code Y} if the patron password was correct, {@code N} otherwise. */
    VALID_PATRON_PASSWORD("CQ", "valid patron password", false),

    /**
     * AY, sequence number: The sequence number of the error-detection trailer: one digit, 0 to 9, without delimiter.
     */
    SEQUENCE_NUMBER("AY", "sequence number", false),

    /** AZ, checksum: The checksum of the error-detection trailer: four hex digits, without delimiter. */
    CHECKSUM("AZ", "checksum", false),

    /**
     * CR, collection code: The item's collection code (3M extension, Checkin Response 10 and Item Information Response
     * 18).
     */
    COLLECTION_CODE("CR", "collection code", true),

    /** CS, call number: The item's call number (3M extension, 10 and 18). */
    CALL_NUMBER("CS", "call number", true),

    /**
     * CT, destination location: Where a checked-in item must be sent, for example a hold's pickup branch (3M extension,
     * 10 and 18).
     */
    DESTINATION_LOCATION("CT", "destination location", true),

    /** CV, alert type: Why a checked-in item needs attention: two digits, see {@link AlertType} (3M extension, 10). */
    ALERT_TYPE("CV", "alert type", true),

    /** CY, hold patron id: The patron a checked-in item is held for (3M extension, 10). */
    HOLD_PATRON_ID("CY", "hold patron id", true),

    /** DA, hold patron name: The name of the patron a checked-in item is held for (3M extension, 10). */
    HOLD_PATRON_NAME("DA", "hold patron name", true),

    /** OR, register login: The cashier login on the payment register (Envisionware extension, Fee Paid 37). */
    REGISTER_LOGIN("OR", "register login", true),

    /** RN, check number: The number of the check paid with, for payment type 05 (Envisionware extension, 37). */
    CHECK_NUMBER("RN", "check number", true),

    /** PB, birth date: The patron's birth date (Envisionware, Evergreen and Koha extension, 64). */
    BIRTH_DATE("PB", "birth date", true),

    /** PC, patron class: The patron's class or category (Envisionware, Evergreen and Koha extension, 64). */
    PATRON_CLASS("PC", "patron class", true),

    /** PI, internet privileges: The patron's internet access profile (Evergreen and Koha extension, 64). */
    INTERNET_PRIVILEGES("PI", "internet privileges", true);

    private static final Map<String, FieldId> BY_CODE;

    static {
        Map<String, FieldId> byCode = new HashMap<>();
        for (FieldId id : values()) {
            FieldId previous = byCode.putIfAbsent(id.code, id);
            if (previous != null) {
                throw new IllegalStateException(
                        "field id " + id.code + ": used by " + previous + " and " + id + " (expected: unique codes)");
            }
        }
        BY_CODE = Map.copyOf(byCode);
    }

    private final String code;
    private final String displayName;
    private final boolean extension;

    FieldId(String code, String displayName, boolean extension) {
        this.code = code;
        this.displayName = displayName;
        this.extension = extension;
    }

    /**
     * Looks up a field identifier by its code.
     *
     * @param code the two-character identifier, for example {@code "AB"}; matched case-sensitively
     * @return the field identifier, or empty if the code is not listed here
     */
    public static Optional<FieldId> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * {@return the two-character identifier, for example {@code "AA"}}
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * {@return the field's name as the spec (or the extension's documentation) writes it, for example
     * {@code "patron identifier"}}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * {@return whether the field carries a password (AC, AD, CO), whose value must never be shown}
     */
    public boolean isSecret() {
        return this == TERMINAL_PASSWORD || this == PATRON_PASSWORD || this == LOGIN_PASSWORD;
    }

    /**
     * {@return whether the identifier is an extension rather than assigned by the SIP 2.00 spec}
     */
    public boolean isExtension() {
        return extension;
    }

    /**
     * {@return whether the field belongs to the error-detection trailer (AY, AZ) rather than to a message}
     */
    public boolean isTrailer() {
        return this == SEQUENCE_NUMBER || this == CHECKSUM;
    }
}
