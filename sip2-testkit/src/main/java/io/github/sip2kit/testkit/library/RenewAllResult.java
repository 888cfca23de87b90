package io.github.sip2kit.testkit.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of renewing all of a patron's items: what SIP2's renew all response (66) needs.
 *
 * @param ok true when the patron is known and may renew; individual items may still be unrenewed
 * @param screenMessage a human-readable message for the patron
 * @param refusal why the whole operation was refused; present exactly when {@code ok} is false
 * @param renewed the items renewed, in the library's item order
 * @param unrenewed the items not renewed, with the reason, in the library's item order
 * @param overdueFines the overdue fines charged because overdue items were renewed
 */
public record RenewAllResult(
        boolean ok,
        String screenMessage,
        Optional<RefusalReason> refusal,
        List<Renewed> renewed,
        List<Unrenewed> unrenewed,
        List<FeeItem> overdueFines) {

    /**
     * Checks the components and copies the lists.
     *
     * @param ok true when the patron is known and may renew; individual items may still be unrenewed
     * @param screenMessage a human-readable message for the patron
     * @param refusal why the whole operation was refused; present exactly when {@code ok} is false
     * @param renewed the items renewed, in the library's item order
     * @param unrenewed the items not renewed, with the reason, in the library's item order
     * @param overdueFines the overdue fines charged because overdue items were renewed
     * @throws IllegalArgumentException if {@code refusal} is present for an ok result or absent for a refused one
     */
    public RenewAllResult {
        Objects.requireNonNull(screenMessage, "screenMessage");
        Results.checkRefusal(ok, refusal);
        renewed = List.copyOf(renewed);
        unrenewed = List.copyOf(unrenewed);
        overdueFines = List.copyOf(overdueFines);
    }

    /**
     * An item that was renewed.
     *
     * @param itemId the item identifier
     * @param title the title
     * @param dueDate the new due date
     */
    public record Renewed(String itemId, String title, LocalDate dueDate) {

        /**
         * Checks that no component is null.
         *
         * @param itemId the item identifier
         * @param title the title
         * @param dueDate the new due date
         */
        public Renewed {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }

    /**
     * An item that was not renewed.
     *
     * @param itemId the item identifier
     * @param title the title
     * @param reason why it was not renewed
     * @param screenMessage a human-readable reason
     */
    public record Unrenewed(String itemId, String title, RefusalReason reason, String screenMessage) {

        /**
         * Checks that no component is null.
         *
         * @param itemId the item identifier
         * @param title the title
         * @param reason why it was not renewed
         * @param screenMessage a human-readable reason
         */
        public Unrenewed {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(screenMessage, "screenMessage");
        }
    }
}
