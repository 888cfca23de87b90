package io.github.sip2kit.testkit.library;

/**
 * Why the in-memory library refused an operation. Results carry one next to their human-readable screen
 * message, so that callers and tests can tell refusals apart without parsing text.
 */
public enum RefusalReason {
    /** No patron has the given identifier. */
    UNKNOWN_PATRON,
    /** No item has the given identifier. */
    UNKNOWN_ITEM,
    /** No item has the given title. */
    UNKNOWN_TITLE,
    /** No location has the given code. */
    UNKNOWN_LOCATION,
    /** The patron's card is blocked. */
    PATRON_BLOCKED,
    /** The patron's card was reported lost. */
    CARD_LOST,
    /** The patron's card has expired. */
    PATRON_EXPIRED,
    /** The patron has reached the limit of items charged. */
    TOO_MANY_ITEMS_CHARGED,
    /** The patron has reached the limit of overdue items. */
    TOO_MANY_ITEMS_OVERDUE,
    /** The patron owes more than the library's fee limit. */
    EXCESSIVE_FEES,
    /** The patron has reached the limit of holds. */
    TOO_MANY_HOLDS,
    /** The item is checked out to another patron. */
    CHARGED_TO_ANOTHER_PATRON,
    /** The item is not checked out to this patron. */
    NOT_CHARGED_TO_PATRON,
    /** The item is on hold for another patron (or, for a renewal, someone is waiting for it). */
    ON_HOLD_FOR_ANOTHER_PATRON,
    /** The item cannot circulate in its current status (lost, missing, on order, in process, claimed returned). */
    ITEM_NOT_AVAILABLE,
    /** The item has been renewed as often as allowed. */
    RENEWAL_LIMIT_REACHED,
    /** The checkout has a fee the patron has not acknowledged. */
    FEE_NOT_ACKNOWLEDGED,
    /** The patron already holds the item, or already has it checked out. */
    DUPLICATE_HOLD,
    /** The patron has no hold on the item or title. */
    NO_SUCH_HOLD,
    /** The patron has no fee with the given identifier. */
    UNKNOWN_FEE,
    /** The payment is larger than what is owed. */
    OVERPAYMENT,
    /** The payment amount is zero, negative or has more than two decimals. */
    INVALID_AMOUNT
}
