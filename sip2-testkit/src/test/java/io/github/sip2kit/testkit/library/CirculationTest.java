package io.github.sip2kit.testkit.library;

import static io.github.sip2kit.testkit.library.Fixtures.EAST;
import static io.github.sip2kit.testkit.library.Fixtures.HOME;
import static io.github.sip2kit.testkit.library.Fixtures.OTHER;
import static io.github.sip2kit.testkit.library.Fixtures.TODAY;
import static io.github.sip2kit.testkit.library.Fixtures.alice;
import static io.github.sip2kit.testkit.library.Fixtures.base;
import static io.github.sip2kit.testkit.library.Fixtures.bob;
import static io.github.sip2kit.testkit.library.Fixtures.book;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CirculationTest {

    private final MutableClock clock = Fixtures.clock();

    private static Hold hold(String patronId, String pickup) {
        return new Hold(patronId, pickup, TODAY.minusDays(1), Optional.empty(), HoldType.SPECIFIC_COPY,
                Optional.empty());
    }

    // ------------------------------------------------------------ checkout

    @Test
    void checksOutAnAvailableItemWithADueDateOneLoanPeriodAway() {
        InMemoryLibrary library = Fixtures.library(clock);

        LoanResult result = library.checkout("alice", "i1", false, false);

        assertThat(result.ok()).isTrue();
        assertThat(result.renewal()).isFalse();
        assertThat(result.refusal()).isEmpty();
        assertThat(result.dueDate()).contains(TODAY.plusDays(14));
        assertThat(result.screenMessage()).contains("Book i1").contains(TODAY.plusDays(14).toString());
        Item item = library.item("i1").orElseThrow();
        assertThat(item.status()).isEqualTo(CirculationStatus.CHARGED);
        assertThat(item.chargedTo()).contains("alice");
        assertThat(item.renewals()).isZero();
        assertThat(result.item()).contains(item);
        assertThat(library.patronSummary("alice").orElseThrow().chargedItems()).containsExactly(item);
    }

    @Test
    void refusesCheckoutForUnknownPatronOrItemEvenWithNoBlock() {
        InMemoryLibrary library = Fixtures.library(clock);

        assertThat(library.checkout("nobody", "i1", true, true).refusal()).contains(RefusalReason.UNKNOWN_PATRON);
        assertThat(library.checkout("alice", "nothing", true, true).refusal()).contains(RefusalReason.UNKNOWN_ITEM);
        assertThat(library.item("i1").orElseThrow().status()).isEqualTo(CirculationStatus.AVAILABLE);
    }

    @Test
    void refusesCheckoutToABlockedPatron() {
        InMemoryLibrary library = base(clock).patron(alice().blocked("card retained").build())
                .item(book("i1").build()).build();

        LoanResult result = library.checkout("alice", "i1", false, false);

        assertThat(result.ok()).isFalse();
        assertThat(result.refusal()).contains(RefusalReason.PATRON_BLOCKED);
        assertThat(result.screenMessage()).isNotBlank();
        assertThat(result.dueDate()).isEmpty();
        assertThat(library.item("i1").orElseThrow().isCharged()).isFalse();
    }

    @Test
    void refusesCheckoutToAPatronWithALostCard() {
        InMemoryLibrary library = base(clock).patron(alice().cardLost(true).build()).item(book("i1").build()).build();

        assertThat(library.checkout("alice", "i1", false, false).refusal()).contains(RefusalReason.CARD_LOST);
    }

    @Test
    void refusesCheckoutToAnExpiredPatronButNotOnTheLastValidDay() {
        InMemoryLibrary expired = base(clock).patron(alice().expiryDate(TODAY.minusDays(1)).build())
                .item(book("i1").build()).build();
        InMemoryLibrary lastDay = base(clock).patron(alice().expiryDate(TODAY).build())
                .item(book("i1").build()).build();

        assertThat(expired.checkout("alice", "i1", false, false).refusal()).contains(RefusalReason.PATRON_EXPIRED);
        assertThat(lastDay.checkout("alice", "i1", false, false).ok()).isTrue();
    }

    @Test
    void refusesCheckoutWhenTheChargedLimitIsReached() {
        InMemoryLibrary library = Fixtures.library(clock); // alice may have 3 items

        assertThat(library.checkout("alice", "i1", false, false).ok()).isTrue();
        assertThat(library.checkout("alice", "i2", false, false).ok()).isTrue();
        assertThat(library.checkout("alice", "i3", false, false).ok()).isTrue();
        LoanResult fourth = library.checkout("alice", "i4", false, false);

        assertThat(fourth.refusal()).contains(RefusalReason.TOO_MANY_ITEMS_CHARGED);
        assertThat(library.patronSummary("alice").orElseThrow().statusFlags())
                .contains(PatronStatusFlag.TOO_MANY_ITEMS_CHARGED, PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
    }

    @Test
    void refusesCheckoutWhenMoreItemsAreOverdueThanTheLimitAllows() {
        // alice may have 1 overdue item and still borrow
        InMemoryLibrary one = base(clock).patron(alice().build())
                .item(book("late1").charged("alice", TODAY.minusDays(2)).build())
                .item(book("i1").build()).build();
        InMemoryLibrary two = base(clock).patron(alice().build())
                .item(book("late1").charged("alice", TODAY.minusDays(2)).build())
                .item(book("late2").charged("alice", TODAY.minusDays(1)).build())
                .item(book("i1").build()).build();

        assertThat(one.checkout("alice", "i1", false, false).ok()).isTrue();
        assertThat(two.checkout("alice", "i1", false, false).refusal()).contains(RefusalReason.TOO_MANY_ITEMS_OVERDUE);
        assertThat(two.patronSummary("alice").orElseThrow().statusFlags())
                .contains(PatronStatusFlag.TOO_MANY_ITEMS_OVERDUE);
    }

    @Test
    void anItemDueTodayIsNotOverdue() {
        InMemoryLibrary library = base(clock).patron(alice().limits(new PatronLimits(5, 0, 5)).build())
                .item(book("due").charged("alice", TODAY).build())
                .item(book("i1").build()).build();

        assertThat(library.patronSummary("alice").orElseThrow().overdueItems()).isEmpty();
        assertThat(library.checkout("alice", "i1", false, false).ok()).isTrue();
    }

    @Test
    void refusesCheckoutWhenFeesExceedTheConfiguredLimit() {
        FeeItem fee = new FeeItem("F1", FeeType.DAMAGE, new BigDecimal("5.01"), "damage", Optional.empty(), TODAY);
        LibraryPolicy policy = new LibraryPolicy("USD", new BigDecimal("5.00"), BigDecimal.ZERO, BigDecimal.ZERO, 7);
        InMemoryLibrary over = base(clock).policy(policy).patron(alice().addFee(fee).build())
                .item(book("i1").build()).build();
        InMemoryLibrary atLimit = base(clock).policy(policy)
                .patron(alice().addFee(fee.withAmount(new BigDecimal("5.00"))).build())
                .item(book("i1").build()).build();

        assertThat(over.checkout("alice", "i1", false, false).refusal()).contains(RefusalReason.EXCESSIVE_FEES);
        assertThat(over.patronSummary("alice").orElseThrow().statusFlags())
                .contains(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FEES, PatronStatusFlag.CHARGE_PRIVILEGES_DENIED)
                .doesNotContain(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FINES);
        assertThat(atLimit.checkout("alice", "i1", false, false).ok()).isTrue();
    }

    @Test
    void refusesCheckoutOfAnItemCheckedOutToSomeoneElse() {
        InMemoryLibrary library = Fixtures.library(clock);
        library.checkout("bob", "i1", false, false);

        LoanResult result = library.checkout("alice", "i1", false, false);

        assertThat(result.refusal()).contains(RefusalReason.CHARGED_TO_ANOTHER_PATRON);
        assertThat(result.renewal()).isFalse();
        assertThat(library.item("i1").orElseThrow().chargedTo()).contains("bob");
    }

    @Test
    void refusesCheckoutOfAnItemOnHoldForSomeoneElse() {
        InMemoryLibrary library = base(clock).patron(alice().build()).patron(bob().build())
                .item(book("i1").addHold(hold("bob", HOME)).build()).build();

        assertThat(library.checkout("alice", "i1", false, false).refusal())
                .contains(RefusalReason.ON_HOLD_FOR_ANOTHER_PATRON);
    }

    @Test
    void letsTheFirstPatronInTheQueueCheckOutAndRemovesTheirHold() {
        InMemoryLibrary library = base(clock).patron(alice().build()).patron(bob().build())
                .item(book("i1").addHold(hold("alice", HOME)).addHold(hold("bob", HOME)).build()).build();
        library.checkin("i1", HOME); // puts it on the hold shelf for alice

        LoanResult result = library.checkout("alice", "i1", false, false);

        assertThat(result.ok()).isTrue();
        Item item = library.item("i1").orElseThrow();
        assertThat(item.status()).isEqualTo(CirculationStatus.CHARGED);
        assertThat(item.holds()).extracting(Hold::patronId).containsExactly("bob");
        assertThat(item.holds().get(0).isReady()).isFalse();
    }

    @Test
    void refusesCheckoutOfItemsThatDoNotCirculate() {
        InMemoryLibrary library = base(clock).patron(alice().limits(new PatronLimits(10, 1, 5)).build())
                .item(book("lost").status(CirculationStatus.LOST).build())
                .item(book("missing").status(CirculationStatus.MISSING).build())
                .item(book("order").status(CirculationStatus.ON_ORDER).build())
                .item(book("process").status(CirculationStatus.IN_PROCESS).build())
                .item(book("claimed").status(CirculationStatus.CLAIMED_RETURNED).build())
                .item(book("reshelve").status(CirculationStatus.WAITING_TO_BE_RESHELVED).build())
                .build();

        for (String id : new String[] {"lost", "missing", "order", "process", "claimed"}) {
            assertThat(library.checkout("alice", id, false, false).refusal())
                    .as(id).contains(RefusalReason.ITEM_NOT_AVAILABLE);
        }
        assertThat(library.checkout("alice", "reshelve", false, false).ok()).isTrue();
    }

    @Test
    void noBlockCheckoutOverridesPatronAndItemRefusals() {
        InMemoryLibrary library = base(clock).patron(alice().blocked("x").cardLost(true).build())
                .patron(bob().build())
                .item(book("i1").addHold(hold("bob", HOME)).build())
                .item(book("lost").status(CirculationStatus.LOST).build())
                .build();

        LoanResult held = library.checkout("alice", "i1", true, false);
        LoanResult lost = library.checkout("alice", "lost", true, false);

        assertThat(held.ok()).isTrue();
        assertThat(lost.ok()).isTrue();
        assertThat(library.item("i1").orElseThrow().holds()).extracting(Hold::patronId).containsExactly("bob");
        assertThat(library.item("lost").orElseThrow().status()).isEqualTo(CirculationStatus.CHARGED);
    }

    @Test
    void noBlockCheckoutTakesOverALoanAndFinesTheFormerBorrowerForLateness() {
        InMemoryLibrary library = base(clock).patron(alice().build()).patron(bob().build())
                .item(book("i1").charged("bob", TODAY.minusDays(4)).build()).build();

        LoanResult result = library.checkout("alice", "i1", true, false);

        assertThat(result.ok()).isTrue();
        assertThat(library.item("i1").orElseThrow().chargedTo()).contains("alice");
        assertThat(result.overdueFine()).hasValueSatisfying(f -> assertThat(f.amount()).isEqualByComparingTo("1.00"));
        assertThat(library.patron("bob").orElseThrow().totalFees()).isEqualByComparingTo("1.00");
    }

    @Test
    void refusesACheckoutWithAnUnacknowledgedRentalFeeAndReportsTheFee() {
        InMemoryLibrary library = base(clock).patron(alice().build())
                .item(book("cd").rentalFee(new BigDecimal("1.5")).build()).build();

        LoanResult refused = library.checkout("alice", "cd", false, false);

        assertThat(refused.refusal()).contains(RefusalReason.FEE_NOT_ACKNOWLEDGED);
        assertThat(refused.fee()).hasValueSatisfying(fee -> {
            assertThat(fee.type()).isEqualTo(FeeType.RENTAL);
            assertThat(fee.amount()).isEqualTo(new BigDecimal("1.50"));
            assertThat(fee.currency()).isEqualTo("USD");
            assertThat(fee.feeId()).isEmpty();
        });
        assertThat(library.patron("alice").orElseThrow().fees()).isEmpty();

        LoanResult accepted = library.checkout("alice", "cd", false, true);

        assertThat(accepted.ok()).isTrue();
        assertThat(accepted.fee()).hasValueSatisfying(fee -> assertThat(fee.feeId()).isPresent());
        FeeItem charged = library.patron("alice").orElseThrow().fees().get(0);
        assertThat(charged.type()).isEqualTo(FeeType.RENTAL);
        assertThat(charged.amount()).isEqualTo(new BigDecimal("1.50"));
        assertThat(charged.itemId()).contains("cd");
        assertThat(accepted.fee().get().feeId()).contains(charged.id());
    }

    // ------------------------------------------------------------ renewals

    @Test
    void checkingOutAnItemThePatronAlreadyHasIsARenewal() {
        InMemoryLibrary library = Fixtures.library(clock);
        library.checkout("alice", "i1", false, false);
        clock.advanceDays(5);

        LoanResult result = library.checkout("alice", "i1", false, false);

        assertThat(result.ok()).isTrue();
        assertThat(result.renewal()).isTrue();
        assertThat(result.dueDate()).contains(TODAY.plusDays(5 + 14));
        assertThat(library.item("i1").orElseThrow().renewals()).isEqualTo(1);
    }

    @Test
    void renewsUpToMaxRenewalsAndThenRefuses() {
        InMemoryLibrary library = Fixtures.library(clock); // books allow 2 renewals
        library.checkout("alice", "i1", false, false);

        assertThat(library.renew("alice", "i1").ok()).isTrue();
        assertThat(library.renew("alice", "i1").ok()).isTrue();
        LoanResult third = library.renew("alice", "i1");

        assertThat(third.ok()).isFalse();
        assertThat(third.renewal()).isTrue();
        assertThat(third.refusal()).contains(RefusalReason.RENEWAL_LIMIT_REACHED);
        assertThat(library.item("i1").orElseThrow().renewals()).isEqualTo(2);
    }

    @Test
    void refusesRenewalWhileSomeoneHoldsTheItemOrItIsRecalled() {
        InMemoryLibrary library = base(clock).patron(alice().build()).patron(bob().build())
                .item(book("held").charged("alice", TODAY.plusDays(3)).addHold(hold("bob", HOME)).build())
                .item(book("recalled").charged("alice", TODAY.plusDays(3)).status(CirculationStatus.RECALLED).build())
                .build();

        assertThat(library.renew("alice", "held").refusal()).contains(RefusalReason.ON_HOLD_FOR_ANOTHER_PATRON);
        assertThat(library.renew("alice", "recalled").refusal()).contains(RefusalReason.ON_HOLD_FOR_ANOTHER_PATRON);
        assertThat(library.item("held").orElseThrow().dueDate()).contains(TODAY.plusDays(3));
    }

    @Test
    void refusesRenewalOfAnItemThePatronDoesNotHave() {
        InMemoryLibrary library = Fixtures.library(clock);
        library.checkout("bob", "i1", false, false);

        assertThat(library.renew("alice", "i1").refusal()).contains(RefusalReason.NOT_CHARGED_TO_PATRON);
        assertThat(library.renew("alice", "i2").refusal()).contains(RefusalReason.NOT_CHARGED_TO_PATRON);
        assertThat(library.renew("alice", "zzz").refusal()).contains(RefusalReason.UNKNOWN_ITEM);
        assertThat(library.renew("zzz", "i1").refusal()).contains(RefusalReason.UNKNOWN_PATRON);
    }

    @Test
    void refusesRenewalForABlockedPatron() {
        InMemoryLibrary library = base(clock).patron(alice().blocked(true).build())
                .item(book("i1").charged("alice", TODAY.plusDays(3)).build()).build();

        assertThat(library.renew("alice", "i1").refusal()).contains(RefusalReason.PATRON_BLOCKED);
    }

    @Test
    void renewingAnOverdueItemChargesTheFineSoFar() {
        InMemoryLibrary library = base(clock).patron(alice().build())
                .item(book("i1").charged("alice", TODAY.minusDays(3)).build()).build();

        LoanResult result = library.renew("alice", "i1");

        assertThat(result.ok()).isTrue();
        assertThat(result.overdueFine()).hasValueSatisfying(fine -> {
            assertThat(fine.type()).isEqualTo(FeeType.OVERDUE);
            assertThat(fine.amount()).isEqualTo(new BigDecimal("0.75"));
        });
        assertThat(result.patron().orElseThrow().totalFees()).isEqualTo(new BigDecimal("0.75"));
        assertThat(result.dueDate()).contains(TODAY.plusDays(14));
    }

    @Test
    void renewAllListsRenewedAndUnrenewedItemsWithReasons() {
        InMemoryLibrary library = base(clock).patron(alice().build()).patron(bob().build())
                .item(book("ok").charged("alice", TODAY.plusDays(1)).build())
                .item(book("held").charged("alice", TODAY.plusDays(1)).addHold(hold("bob", HOME)).build())
                .item(book("maxed").charged("alice", TODAY.plusDays(1)).renewals(2).build())
                .item(book("bobs").charged("bob", TODAY.plusDays(1)).build())
                .build();

        RenewAllResult result = library.renewAll("alice");

        assertThat(result.ok()).isTrue();
        assertThat(result.renewed()).containsExactly(
                new RenewAllResult.Renewed("ok", "Book ok", TODAY.plusDays(14)));
        assertThat(result.unrenewed()).extracting(RenewAllResult.Unrenewed::itemId, RenewAllResult.Unrenewed::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("held", RefusalReason.ON_HOLD_FOR_ANOTHER_PATRON),
                        org.assertj.core.groups.Tuple.tuple("maxed", RefusalReason.RENEWAL_LIMIT_REACHED));
        assertThat(result.unrenewed()).allSatisfy(u -> assertThat(u.screenMessage()).isNotBlank());
        assertThat(library.item("bobs").orElseThrow().renewals()).isZero();
    }

    @Test
    void renewAllIsRefusedForUnknownOrBlockedPatrons() {
        InMemoryLibrary library = base(clock).patron(alice().cardLost(true).build())
                .item(book("i1").charged("alice", TODAY.plusDays(1)).build()).build();

        assertThat(library.renewAll("alice").refusal()).contains(RefusalReason.CARD_LOST);
        assertThat(library.renewAll("nobody").refusal()).contains(RefusalReason.UNKNOWN_PATRON);
        assertThat(library.item("i1").orElseThrow().renewals()).isZero();
    }

    // ------------------------------------------------------------ checkin

    @Test
    void checksInACheckedOutItemAtItsHomeLocation() {
        InMemoryLibrary library = Fixtures.library(clock);
        library.checkout("alice", "i1", false, false);

        CheckinResult result = library.checkin("i1", HOME);

        assertThat(result.ok()).isTrue();
        assertThat(result.wasCharged()).isTrue();
        assertThat(result.previousPatronId()).contains("alice");
        assertThat(result.alert()).isEmpty();
        assertThat(result.destinationLocation()).isEmpty();
        assertThat(result.overdueFine()).isEmpty();
        Item item = library.item("i1").orElseThrow();
        assertThat(item.status()).isEqualTo(CirculationStatus.AVAILABLE);
        assertThat(item.chargedTo()).isEmpty();
        assertThat(item.dueDate()).isEmpty();
        assertThat(library.patronSummary("alice").orElseThrow().chargedItems()).isEmpty();
    }

    @Test
    void checkinOfAnItemThatIsNotCheckedOutSucceedsAndSaysSo() {
        InMemoryLibrary library = Fixtures.library(clock);
        Item before = library.item("i1").orElseThrow();

        CheckinResult result = library.checkin("i1", HOME);

        assertThat(result.ok()).isTrue();
        assertThat(result.wasCharged()).isFalse();
        assertThat(result.previousPatronId()).isEmpty();
        assertThat(result.screenMessage()).contains("not checked out");
        assertThat(library.item("i1")).contains(before);
    }

    @Test
    void refusesCheckinOfAnUnknownItemOrAtAnUnknownLocation() {
        InMemoryLibrary library = Fixtures.library(clock);
        library.checkout("alice", "i1", false, false);

        assertThat(library.checkin("nothing", HOME).refusal()).contains(RefusalReason.UNKNOWN_ITEM);
        CheckinResult nowhere = library.checkin("i1", "NOWHERE");

        assertThat(nowhere.refusal()).contains(RefusalReason.UNKNOWN_LOCATION);
        assertThat(library.item("i1").orElseThrow().chargedTo()).contains("alice");
    }

    @Test
    void checkinWithAHoldForThisLocationPutsTheItemOnTheHoldShelf() {
        InMemoryLibrary library = base(clock).patron(alice().build()).patron(bob().build())
                .item(book("i1").charged("alice", TODAY.plusDays(2)).addHold(hold("bob", HOME)).build()).build();

        CheckinResult result = library.checkin("i1", HOME);

        assertThat(result.alert()).contains(CheckinAlert.HOLD_FOR_THIS_LOCATION);
        assertThat(result.holdPatronId()).contains("bob");
        assertThat(result.destinationLocation()).contains(HOME);
        Item item = library.item("i1").orElseThrow();
        assertThat(item.status()).isEqualTo(CirculationStatus.WAITING_ON_HOLD_SHELF);
        assertThat(item.holds().get(0).pickupByDate()).contains(TODAY.plusDays(7));
        PatronSummary bob = library.patronSummary("bob").orElseThrow();
        assertThat(bob.availableHolds()).extracting(h -> h.item().id()).containsExactly("i1");
        assertThat(bob.unavailableHolds()).isEmpty();
    }

    @Test
    void checkinWithAHoldForAnotherLocationSendsTheItemInTransit() {
        InMemoryLibrary library = base(clock).patron(alice().build()).patron(bob().build())
                .item(book("i1").charged("alice", TODAY.plusDays(2)).addHold(hold("bob", EAST)).build()).build();

        CheckinResult result = library.checkin("i1", HOME);

        assertThat(result.alert()).contains(CheckinAlert.HOLD_FOR_OTHER_LOCATION);
        assertThat(result.destinationLocation()).contains(EAST);
        assertThat(result.holdPatronId()).contains("bob");
        assertThat(result.screenMessage()).contains("East A");
        Item item = library.item("i1").orElseThrow();
        assertThat(item.status()).isEqualTo(CirculationStatus.IN_TRANSIT);
        assertThat(item.transitDestination()).contains(EAST);
        assertThat(item.currentLocation()).isEqualTo(HOME);

        CheckinResult arrival = library.checkin("i1", EAST);

        assertThat(arrival.wasCharged()).isFalse();
        assertThat(arrival.alert()).contains(CheckinAlert.HOLD_FOR_THIS_LOCATION);
        assertThat(library.item("i1").orElseThrow().status()).isEqualTo(CirculationStatus.WAITING_ON_HOLD_SHELF);
    }

    @Test
    void checkinAtAnotherLocationSendsTheItemHome() {
        InMemoryLibrary library = Fixtures.library(clock);
        library.checkout("alice", "i1", false, false);

        CheckinResult result = library.checkin("i1", OTHER);

        assertThat(result.alert()).contains(CheckinAlert.SEND_TO_OTHER_LOCATION);
        assertThat(result.destinationLocation()).contains(HOME);
        assertThat(result.holdPatronId()).isEmpty();
        assertThat(library.item("i1").orElseThrow().status()).isEqualTo(CirculationStatus.IN_TRANSIT);

        CheckinResult home = library.checkin("i1", HOME);

        assertThat(home.alert()).isEmpty();
        assertThat(library.item("i1").orElseThrow().status()).isEqualTo(CirculationStatus.AVAILABLE);
    }

    @Test
    void checkinOfALostItemPutsItBackIntoCirculation() {
        InMemoryLibrary library = base(clock).patron(alice().build())
                .item(book("lost").status(CirculationStatus.LOST).build()).build();

        CheckinResult result = library.checkin("lost", HOME);

        assertThat(result.ok()).isTrue();
        assertThat(result.wasCharged()).isFalse();
        assertThat(library.item("lost").orElseThrow().status()).isEqualTo(CirculationStatus.AVAILABLE);
    }

    @Test
    void lateCheckinChargesAFinePerDayLate() {
        InMemoryLibrary library = Fixtures.library(clock);
        library.checkout("alice", "i1", false, false);
        clock.advanceDays(14 + 6);

        CheckinResult result = library.checkin("i1", HOME);

        assertThat(result.overdueFine()).hasValueSatisfying(fine -> {
            assertThat(fine.type()).isEqualTo(FeeType.OVERDUE);
            assertThat(fine.amount()).isEqualTo(new BigDecimal("1.50"));
            assertThat(fine.itemId()).contains("i1");
            assertThat(fine.createdDate()).isEqualTo(TODAY.plusDays(20));
            assertThat(fine.description()).contains("6 days");
        });
        assertThat(result.screenMessage()).contains("1.50 USD");
        assertThat(library.patron("alice").orElseThrow().fees()).containsExactly(result.overdueFine().get());
    }

    @Test
    void finesAreCappedAndFollowTheConfiguredRate() {
        LibraryPolicy policy = new LibraryPolicy("EUR", new BigDecimal("10"), new BigDecimal("0.40"),
                new BigDecimal("2.00"), 7);
        InMemoryLibrary library = base(clock).policy(policy).patron(alice().currency("EUR").build())
                .item(book("a").charged("alice", TODAY.minusDays(2)).build())
                .item(book("b").charged("alice", TODAY.minusDays(30)).build()).build();

        assertThat(library.checkin("a", HOME).overdueFine().orElseThrow().amount()).isEqualTo(new BigDecimal("0.80"));
        assertThat(library.checkin("b", HOME).overdueFine().orElseThrow().amount()).isEqualTo(new BigDecimal("2.00"));
    }

    @Test
    void theReturnDateDecidesTheFineForItemsReturnedOffline() {
        InMemoryLibrary library = base(clock).patron(alice().build())
                .item(book("a").charged("alice", TODAY.minusDays(5)).build())
                .item(book("b").charged("alice", TODAY.minusDays(5)).build()).build();

        CheckinResult onTime = library.checkin("a", HOME, Optional.of(TODAY.minusDays(5)));
        CheckinResult late = library.checkin("b", HOME, Optional.of(TODAY.minusDays(3)));

        assertThat(onTime.overdueFine()).isEmpty();
        assertThat(late.overdueFine().orElseThrow().amount()).isEqualTo(new BigDecimal("0.50"));
    }

    @Test
    void noFineIsChargedWhenTheRateIsZero() {
        LibraryPolicy policy = new LibraryPolicy("USD", BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, 7);
        InMemoryLibrary library = base(clock).policy(policy).patron(alice().build())
                .item(book("a").charged("alice", TODAY.minusDays(5)).build()).build();

        assertThat(library.checkin("a", HOME).overdueFine()).isEmpty();
        assertThat(library.patron("alice").orElseThrow().fees()).isEmpty();
    }
}
