package io.github.sip2kit.testkit.library;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a checkin: what SIP2's checkin response (10) needs.
 *
 * @param ok true when the item was known and is now checked in; also true when it was not checked out
 * @param screenMessage a human-readable message for the patron or staff
 * @param refusal why the checkin was refused; present exactly when {@code ok} is false
 * @param item the item after the checkin; empty when it is unknown
 * @param wasCharged true when the item was checked out before this checkin
 * @param previousPatronId the patron who had the item checked out, if it was
 * @param alert why staff should handle the item (hold shelf or transit), if they should
 * @param destinationLocation where the item goes next: the hold shelf's location or the transit destination;
 *     present exactly when {@code alert} is
 * @param holdPatronId the patron the item is held for, when it goes to the hold shelf or travels for a hold
 * @param overdueFine the overdue fine charged to the previous patron, if the item came back late
 */
public record CheckinResult(
        boolean ok,
        String screenMessage,
        Optional<RefusalReason> refusal,
        Optional<Item> item,
        boolean wasCharged,
        Optional<String> previousPatronId,
        Optional<CheckinAlert> alert,
        Optional<String> destinationLocation,
        Optional<String> holdPatronId,
        Optional<FeeItem> overdueFine) {

    /**
     * Checks the components.
     *
     * @param ok true when the item was known and is now checked in; also true when it was not checked out
     * @param screenMessage a human-readable message for the patron or staff
     * @param refusal why the checkin was refused; present exactly when {@code ok} is false
     * @param item the item after the checkin; empty when it is unknown
     * @param wasCharged true when the item was checked out before this checkin
     * @param previousPatronId the patron who had the item checked out, if it was
     * @param alert why staff should handle the item (hold shelf or transit), if they should
     * @param destinationLocation where the item goes next: the hold shelf's location or the transit destination;
     *     present exactly when {@code alert} is
     * @param holdPatronId the patron the item is held for, when it goes to the hold shelf or travels for a hold
     * @param overdueFine the overdue fine charged to the previous patron, if the item came back late
     * @throws IllegalArgumentException if {@code refusal} is present for an ok result or absent for a refused one
     */
    public CheckinResult {
        Objects.requireNonNull(screenMessage, "screenMessage");
        Results.checkRefusal(ok, refusal);
        Checks.optional(item, "item");
        Checks.optional(previousPatronId, "previousPatronId");
        Checks.optional(alert, "alert");
        Checks.optional(destinationLocation, "destinationLocation");
        Checks.optional(holdPatronId, "holdPatronId");
        Checks.optional(overdueFine, "overdueFine");
    }
}
