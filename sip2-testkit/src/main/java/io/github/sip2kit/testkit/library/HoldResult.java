package io.github.sip2kit.testkit.library;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of placing, cancelling or changing a hold: what SIP2's hold response (16) needs.
 *
 * @param ok true when the hold was placed, cancelled or changed
 * @param screenMessage a human-readable message for the patron
 * @param refusal why the operation was refused; present exactly when {@code ok} is false
 * @param item the item the hold is on, after the operation; empty when no item was found
 * @param available true when the item is available to this patron now: on the shelf, and nobody ahead of the
 *     patron in the queue
 * @param queuePosition the patron's 1-based position in the item's hold queue, 0 when the patron has no hold on
 *     it (after a cancellation, or a refusal)
 * @param pickupLocation the hold's pickup location, when the patron has a hold
 * @param expiryDate the hold's expiry date, when the patron has a hold that expires
 */
public record HoldResult(
        boolean ok,
        String screenMessage,
        Optional<RefusalReason> refusal,
        Optional<Item> item,
        boolean available,
        int queuePosition,
        Optional<String> pickupLocation,
        Optional<LocalDate> expiryDate) {

    /**
     * Checks the components.
     *
     * @param ok true when the hold was placed, cancelled or changed
     * @param screenMessage a human-readable message for the patron
     * @param refusal why the operation was refused; present exactly when {@code ok} is false
     * @param item the item the hold is on, after the operation; empty when no item was found
     * @param available true when the item is available to this patron now: on the shelf, and nobody ahead of the
     *     patron in the queue
     * @param queuePosition the patron's 1-based position in the item's hold queue, 0 when the patron has no hold on
     *     it (after a cancellation, or a refusal)
     * @param pickupLocation the hold's pickup location, when the patron has a hold
     * @param expiryDate the hold's expiry date, when the patron has a hold that expires
     * @throws IllegalArgumentException if {@code refusal} is present for an ok result or absent for a refused one,
     *     or the queue position is negative
     */
    public HoldResult {
        Objects.requireNonNull(screenMessage, "screenMessage");
        Results.checkRefusal(ok, refusal);
        Checks.optional(item, "item");
        Checks.atLeast(queuePosition, 0, "queuePosition");
        Checks.optional(pickupLocation, "pickupLocation");
        Checks.optional(expiryDate, "expiryDate");
    }
}
