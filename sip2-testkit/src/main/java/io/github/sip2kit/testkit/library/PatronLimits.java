package io.github.sip2kit.testkit.library;

/**
 * How much a patron may borrow. The values are what SIP2 sends as the charged, overdue and hold items limits
 * ({@code CB}, {@code CA}, {@code BZ}).
 *
 * <p>A patron with {@code maxCharged = 10} may have at most 10 items checked out, so a checkout is refused
 * when 10 are out; with {@code maxHolds = 5} a sixth hold is refused; with {@code maxOverdue = 2} the patron
 * may still borrow with 2 overdue items and is refused with 3 ({@code 0} means any overdue item blocks).
 *
 * @param maxCharged the most items checked out at once; at least 0
 * @param maxOverdue the most overdue items a patron may have and still check out; at least 0
 * @param maxHolds the most holds at once; at least 0
 */
public record PatronLimits(int maxCharged, int maxOverdue, int maxHolds) {

    /** The limits a patron has when none are given: 10 charged, 2 overdue, 5 holds. */
    public static final PatronLimits DEFAULT = new PatronLimits(10, 2, 5);

    /**
     * Checks the components.
     *
     * @param maxCharged the most items checked out at once; at least 0
     * @param maxOverdue the most overdue items a patron may have and still check out; at least 0
     * @param maxHolds the most holds at once; at least 0
     * @throws IllegalArgumentException if a limit is negative
     */
    public PatronLimits {
        Checks.atLeast(maxCharged, 0, "maxCharged");
        Checks.atLeast(maxOverdue, 0, "maxOverdue");
        Checks.atLeast(maxHolds, 0, "maxHolds");
    }
}
