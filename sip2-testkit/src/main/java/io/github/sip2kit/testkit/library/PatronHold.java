package io.github.sip2kit.testkit.library;

import java.util.Objects;

/**
 * One of a patron's holds, with the item it is on.
 *
 * @param item the item the hold is on
 * @param hold the hold
 * @param queuePosition the hold's 1-based position in the item's queue
 */
public record PatronHold(Item item, Hold hold, int queuePosition) {

    /**
     * Checks the components.
     *
     * @param item the item the hold is on
     * @param hold the hold
     * @param queuePosition the hold's 1-based position in the item's queue
     * @throws IllegalArgumentException if the queue position is less than 1
     */
    public PatronHold {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(hold, "hold");
        Checks.atLeast(queuePosition, 1, "queuePosition");
    }
}
