package io.github.sip2kit.testkit.library;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an operation on an item alone, such as an item status update (SIP2's 19/20).
 *
 * @param ok true when the operation was applied
 * @param screenMessage a human-readable message
 * @param refusal why the operation was refused; present exactly when {@code ok} is false
 * @param item the item after the operation; empty when it is unknown
 */
public record ItemResult(boolean ok, String screenMessage, Optional<RefusalReason> refusal, Optional<Item> item) {

    /**
     * Checks the components.
     *
     * @param ok true when the operation was applied
     * @param screenMessage a human-readable message
     * @param refusal why the operation was refused; present exactly when {@code ok} is false
     * @param item the item after the operation; empty when it is unknown
     * @throws IllegalArgumentException if {@code refusal} is present for an ok result or absent for a refused one
     */
    public ItemResult {
        Objects.requireNonNull(screenMessage, "screenMessage");
        Results.checkRefusal(ok, refusal);
        Checks.optional(item, "item");
    }
}
