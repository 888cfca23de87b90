package io.github.sip2kit.testkit.library;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an operation on a patron alone: blocking (SIP2's 01, answered by 24), enabling (25/26) and
 * ending a session (35/36).
 *
 * @param ok true when the operation was applied
 * @param screenMessage a human-readable message
 * @param refusal why the operation was refused; present exactly when {@code ok} is false
 * @param summary the patron's summary after the operation; empty when the patron is unknown
 */
public record PatronResult(
        boolean ok, String screenMessage, Optional<RefusalReason> refusal, Optional<PatronSummary> summary) {

    /**
     * Checks the components.
     *
     * @param ok true when the operation was applied
     * @param screenMessage a human-readable message
     * @param refusal why the operation was refused; present exactly when {@code ok} is false
     * @param summary the patron's summary after the operation; empty when the patron is unknown
     * @throws IllegalArgumentException if {@code refusal} is present for an ok result or absent for a refused one
     */
    public PatronResult {
        Objects.requireNonNull(screenMessage, "screenMessage");
        Results.checkRefusal(ok, refusal);
        Checks.optional(summary, "summary");
    }
}
