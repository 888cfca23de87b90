package io.github.sip2kit.testkit.library;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an item's hold queue.
 *
 * @param patronId the identifier of the patron waiting for the item; not blank
 * @param pickupLocation the code of the location where the patron picks the item up; not blank
 * @param placedDate the day the hold was placed
 * @param expiryDate the last day the patron still wants the item, if any; a hold that is not yet ready is
 *     dropped from the queue after this day
 * @param type the kind of hold
 * @param pickupByDate present when the item waits on the hold shelf for this patron: the last day the patron
 *     may pick it up (SIP2's hold pickup date, {@code CM}); only the first hold of a queue can have one
 */
public record Hold(
        String patronId,
        String pickupLocation,
        LocalDate placedDate,
        Optional<LocalDate> expiryDate,
        HoldType type,
        Optional<LocalDate> pickupByDate) {

    /**
     * Checks the components.
     *
     * @param patronId the identifier of the patron waiting for the item; not blank
     * @param pickupLocation the code of the location where the patron picks the item up; not blank
     * @param placedDate the day the hold was placed
     * @param expiryDate the last day the patron still wants the item, if any; a hold that is not yet ready is
     *     dropped from the queue after this day
     * @param type the kind of hold
     * @param pickupByDate present when the item waits on the hold shelf for this patron: the last day the patron
     *     may pick it up (SIP2's hold pickup date, {@code CM}); only the first hold of a queue can have one
     * @throws IllegalArgumentException if the patron id or pickup location is blank
     */
    public Hold {
        Checks.notBlank(patronId, "patronId");
        Checks.notBlank(pickupLocation, "pickupLocation");
        Objects.requireNonNull(placedDate, "placedDate");
        Checks.optional(expiryDate, "expiryDate");
        Objects.requireNonNull(type, "type");
        Checks.optional(pickupByDate, "pickupByDate");
    }

    /** {@return true when the item waits on the hold shelf for this patron} */
    public boolean isReady() {
        return pickupByDate.isPresent();
    }

    /**
     * {@return true when the hold is not ready and its expiry date lies before the given day}
     *
     * @param today the current day
     */
    public boolean isExpired(LocalDate today) {
        return !isReady() && expiryDate.isPresent() && expiryDate.get().isBefore(today);
    }
}
