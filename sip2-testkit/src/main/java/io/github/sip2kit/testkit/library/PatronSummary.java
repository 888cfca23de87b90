package io.github.sip2kit.testkit.library;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything SIP2's patron status (24), patron enable (26) and patron information (64) responses say about a
 * patron, computed at one moment.
 *
 * <p>The status flags are derived as follows: a blocked, lost or expired card denies charge, renewal, recall and
 * hold privileges; reaching {@link PatronLimits#maxCharged()}, exceeding {@link PatronLimits#maxOverdue()} or
 * owing more than {@link LibraryPolicy#feeLimit()} also denies charge privileges; reaching
 * {@link PatronLimits#maxHolds()} also denies hold privileges. The list fields correspond to the six item lists
 * of the patron information response.
 *
 * @param patron the patron
 * @param statusFlags the patron status flags that are set (SIP2 sends {@code Y} for these)
 * @param availableHolds holds whose item waits on the hold shelf for the patron (SIP2's hold items, {@code AS})
 * @param unavailableHolds the patron's other holds (SIP2's unavailable hold items, {@code CD})
 * @param chargedItems the items checked out to the patron, overdue ones included (SIP2's {@code AU})
 * @param overdueItems the checked-out items whose due date has passed (SIP2's {@code AT})
 * @param recallItems the checked-out items the library has recalled (SIP2's {@code BU})
 * @param totalFees what the patron owes, scaled to two decimals (SIP2's fee amount, {@code BV})
 * @param feeLimit the library's fee limit (SIP2's fee limit, {@code CC})
 */
public record PatronSummary(
        Patron patron,
        Set<PatronStatusFlag> statusFlags,
        List<PatronHold> availableHolds,
        List<PatronHold> unavailableHolds,
        List<Item> chargedItems,
        List<Item> overdueItems,
        List<Item> recallItems,
        BigDecimal totalFees,
        BigDecimal feeLimit) {

    /**
     * Checks that no component is null and copies the collections.
     *
     * @param patron the patron
     * @param statusFlags the patron status flags that are set (SIP2 sends {@code Y} for these)
     * @param availableHolds holds whose item waits on the hold shelf for the patron (SIP2's hold items, {@code AS})
     * @param unavailableHolds the patron's other holds (SIP2's unavailable hold items, {@code CD})
     * @param chargedItems the items checked out to the patron, overdue ones included (SIP2's {@code AU})
     * @param overdueItems the checked-out items whose due date has passed (SIP2's {@code AT})
     * @param recallItems the checked-out items the library has recalled (SIP2's {@code BU})
     * @param totalFees what the patron owes, scaled to two decimals (SIP2's fee amount, {@code BV})
     * @param feeLimit the library's fee limit (SIP2's fee limit, {@code CC})
     */
    public PatronSummary {
        Objects.requireNonNull(patron, "patron");
        statusFlags = statusFlags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(PatronStatusFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(statusFlags));
        availableHolds = List.copyOf(availableHolds);
        unavailableHolds = List.copyOf(unavailableHolds);
        chargedItems = List.copyOf(chargedItems);
        overdueItems = List.copyOf(overdueItems);
        recallItems = List.copyOf(recallItems);
        Objects.requireNonNull(totalFees, "totalFees");
        Objects.requireNonNull(feeLimit, "feeLimit");
    }

    /** {@return the patron's fees, which SIP2 lists as fine items ({@code AV})} */
    public List<FeeItem> fineItems() {
        return patron.fees();
    }

    /**
     * {@return true when the flag is set}
     *
     * @param flag the flag
     */
    public boolean has(PatronStatusFlag flag) {
        return statusFlags.contains(flag);
    }
}
