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

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldsTest {

    private final MutableClock clock = Fixtures.clock();

    private InMemoryLibrary library() {
        return base(clock).patron(alice().build()).patron(bob().build())
                .patron(Patron.builder("carol", "", "Carol Example").build())
                .item(book("i1").build())
                .item(book("i2").build())
                .item(book("i3").build())
                .item(Item.builder("t1", "Shared Title").permanentLocation(HOME).charged("carol", TODAY.plusDays(3))
                        .build())
                .item(Item.builder("t2", "Shared Title").permanentLocation(OTHER).build())
                .item(book("lost").status(CirculationStatus.LOST).build())
                .build();
    }

    @Test
    void placesAHoldOnACopyWithQueuePositionAndDefaultPickupLocation() {
        InMemoryLibrary library = library();
        library.checkout("carol", "i1", false, false);

        HoldResult first = library.placeHold("alice", HoldTarget.item("i1"), Optional.empty(), Optional.empty());
        HoldResult second = library.placeHold("bob", HoldTarget.item("i1"), Optional.of(EAST),
                Optional.of(TODAY.plusDays(30)));

        assertThat(first.ok()).isTrue();
        assertThat(first.queuePosition()).isEqualTo(1);
        assertThat(first.pickupLocation()).contains(HOME);
        assertThat(first.available()).isFalse();
        assertThat(second.queuePosition()).isEqualTo(2);
        assertThat(second.pickupLocation()).contains(EAST);
        assertThat(second.expiryDate()).contains(TODAY.plusDays(30));
        Hold hold = library.item("i1").orElseThrow().holds().get(1);
        assertThat(hold.type()).isEqualTo(HoldType.SPECIFIC_COPY);
        assertThat(hold.placedDate()).isEqualTo(TODAY);
        assertThat(library.patronSummary("bob").orElseThrow().unavailableHolds())
                .extracting(PatronHold::queuePosition).containsExactly(2);
    }

    @Test
    void aHoldOnAnAvailableItemWithNoQueueReportsItAvailable() {
        InMemoryLibrary library = library();

        HoldResult result = library.placeHold("alice", HoldTarget.item("i2"), Optional.empty(), Optional.empty());

        assertThat(result.available()).isTrue();
        assertThat(library.checkout("bob", "i2", false, false).refusal())
                .contains(RefusalReason.ON_HOLD_FOR_ANOTHER_PATRON);
        assertThat(library.checkout("alice", "i2", false, false).ok()).isTrue();
    }

    @Test
    void aTitleHoldPrefersAnAvailableCopy() {
        InMemoryLibrary library = library();

        HoldResult result = library.placeHold("alice", HoldTarget.title(" shared title "), Optional.empty(),
                Optional.empty());

        assertThat(result.ok()).isTrue();
        assertThat(result.item().orElseThrow().id()).isEqualTo("t2");
        assertThat(result.item().orElseThrow().holds().get(0).type()).isEqualTo(HoldType.ANY_COPY_OF_TITLE);
        assertThat(result.pickupLocation()).contains(OTHER);
    }

    @Test
    void refusesHoldsForUnknownTargetsAndLocations() {
        InMemoryLibrary library = library();

        assertThat(library.placeHold("nobody", HoldTarget.item("i1"), Optional.empty(), Optional.empty()).refusal())
                .contains(RefusalReason.UNKNOWN_PATRON);
        assertThat(library.placeHold("alice", HoldTarget.item("zzz"), Optional.empty(), Optional.empty()).refusal())
                .contains(RefusalReason.UNKNOWN_ITEM);
        assertThat(library.placeHold("alice", HoldTarget.title("No Such"), Optional.empty(), Optional.empty())
                .refusal()).contains(RefusalReason.UNKNOWN_TITLE);
        assertThat(library.placeHold("alice", HoldTarget.item("i1"), Optional.of("NOWHERE"), Optional.empty())
                .refusal()).contains(RefusalReason.UNKNOWN_LOCATION);
        assertThat(library.placeHold("alice", HoldTarget.item("lost"), Optional.empty(), Optional.empty())
                .refusal()).contains(RefusalReason.ITEM_NOT_AVAILABLE);
    }

    @Test
    void refusesADuplicateHoldAndAHoldOnAnItemThePatronHas() {
        InMemoryLibrary library = library();
        library.placeHold("alice", HoldTarget.item("i1"), Optional.empty(), Optional.empty());

        assertThat(library.placeHold("alice", HoldTarget.item("i1"), Optional.empty(), Optional.empty()).refusal())
                .contains(RefusalReason.DUPLICATE_HOLD);
        assertThat(library.placeHold("carol", HoldTarget.item("t1"), Optional.empty(), Optional.empty()).refusal())
                .contains(RefusalReason.DUPLICATE_HOLD);
        assertThat(library.placeHold("carol", HoldTarget.title("Shared Title"), Optional.empty(), Optional.empty())
                .refusal()).contains(RefusalReason.DUPLICATE_HOLD);
    }

    @Test
    void refusesHoldsBeyondThePatronsLimitAndForBlockedPatrons() {
        InMemoryLibrary library = library(); // alice may have 2 holds
        library.placeHold("alice", HoldTarget.item("i1"), Optional.empty(), Optional.empty());
        library.placeHold("alice", HoldTarget.item("i2"), Optional.empty(), Optional.empty());

        assertThat(library.placeHold("alice", HoldTarget.item("i3"), Optional.empty(), Optional.empty()).refusal())
                .contains(RefusalReason.TOO_MANY_HOLDS);
        assertThat(library.patronSummary("alice").orElseThrow().statusFlags())
                .contains(PatronStatusFlag.HOLD_PRIVILEGES_DENIED);

        library.blockPatron("bob", "test");
        assertThat(library.placeHold("bob", HoldTarget.item("i3"), Optional.empty(), Optional.empty()).refusal())
                .contains(RefusalReason.PATRON_BLOCKED);
    }

    @Test
    void cancelsAHoldAndMovesTheOthersUp() {
        InMemoryLibrary library = library();
        library.placeHold("alice", HoldTarget.item("t1"), Optional.empty(), Optional.empty());
        library.placeHold("bob", HoldTarget.item("t1"), Optional.empty(), Optional.empty());

        HoldResult result = library.cancelHold("alice", HoldTarget.item("t1"));

        assertThat(result.ok()).isTrue();
        assertThat(result.queuePosition()).isZero();
        assertThat(library.item("t1").orElseThrow().queuePosition("bob")).isEqualTo(1);
        assertThat(library.cancelHold("alice", HoldTarget.item("t1")).refusal()).contains(RefusalReason.NO_SUCH_HOLD);
    }

    @Test
    void cancelsATitleHoldWhicheverCopyItIsOn() {
        InMemoryLibrary library = library();
        library.placeHold("alice", HoldTarget.title("Shared Title"), Optional.empty(), Optional.empty());

        HoldResult result = library.cancelHold("alice", HoldTarget.title("SHARED TITLE"));

        assertThat(result.ok()).isTrue();
        assertThat(library.item("t2").orElseThrow().holds()).isEmpty();
        assertThat(library.cancelHold("alice", HoldTarget.title("Shared Title")).refusal())
                .contains(RefusalReason.NO_SUCH_HOLD);
    }

    @Test
    void cancellingAHoldOnTheShelfPassesTheItemToTheNextPatron() {
        InMemoryLibrary library = library();
        library.placeHold("alice", HoldTarget.item("t1"), Optional.empty(), Optional.empty());
        library.placeHold("bob", HoldTarget.item("t1"), Optional.of(EAST), Optional.empty());
        library.checkin("t1", HOME);
        assertThat(library.item("t1").orElseThrow().status()).isEqualTo(CirculationStatus.WAITING_ON_HOLD_SHELF);

        library.cancelHold("alice", HoldTarget.item("t1"));

        Item item = library.item("t1").orElseThrow();
        assertThat(item.status()).isEqualTo(CirculationStatus.IN_TRANSIT);
        assertThat(item.transitDestination()).contains(EAST);
    }

    @Test
    void cancellingTheLastHoldOnTheShelfMakesTheItemAvailable() {
        InMemoryLibrary library = library();
        library.placeHold("alice", HoldTarget.item("t1"), Optional.empty(), Optional.empty());
        library.checkin("t1", HOME);

        library.cancelHold("alice", HoldTarget.item("t1"));

        Item item = library.item("t1").orElseThrow();
        assertThat(item.status()).isEqualTo(CirculationStatus.AVAILABLE);
        assertThat(item.holds()).isEmpty();
    }

    @Test
    void changesPickupLocationAndExpiryOfAHold() {
        InMemoryLibrary library = library();
        library.placeHold("alice", HoldTarget.item("t1"), Optional.empty(), Optional.empty());

        HoldResult result = library.changeHold("alice", HoldTarget.item("t1"), Optional.of(EAST),
                Optional.of(TODAY.plusDays(9)));

        assertThat(result.ok()).isTrue();
        assertThat(result.pickupLocation()).contains(EAST);
        assertThat(result.expiryDate()).contains(TODAY.plusDays(9));
        assertThat(result.queuePosition()).isEqualTo(1);
        assertThat(library.changeHold("bob", HoldTarget.item("t1"), Optional.empty(), Optional.empty()).refusal())
                .contains(RefusalReason.NO_SUCH_HOLD);
        assertThat(library.changeHold("alice", HoldTarget.item("t1"), Optional.of("NOWHERE"), Optional.empty())
                .refusal()).contains(RefusalReason.UNKNOWN_LOCATION);
    }

    @Test
    void changingThePickupLocationOfAHoldOnTheShelfSendsTheItemThere() {
        InMemoryLibrary library = library();
        library.placeHold("alice", HoldTarget.item("t1"), Optional.empty(), Optional.empty());
        library.checkin("t1", HOME);

        library.changeHold("alice", HoldTarget.item("t1"), Optional.of(EAST), Optional.empty());

        Item item = library.item("t1").orElseThrow();
        assertThat(item.status()).isEqualTo(CirculationStatus.IN_TRANSIT);
        assertThat(item.transitDestination()).contains(EAST);
        assertThat(item.holds().get(0).isReady()).isFalse();
    }

    @Test
    void holdsThatAreNotReadyAreDroppedAfterTheirExpiryDate() {
        InMemoryLibrary library = library();
        library.placeHold("alice", HoldTarget.item("t1"), Optional.empty(), Optional.of(TODAY.plusDays(2)));
        library.placeHold("bob", HoldTarget.item("t1"), Optional.empty(), Optional.empty());

        clock.advanceDays(2);
        assertThat(library.item("t1").orElseThrow().queuePosition("alice")).isEqualTo(1);
        clock.advanceDays(1);

        assertThat(library.item("t1").orElseThrow().holds()).extracting(Hold::patronId).containsExactly("bob");
        assertThat(library.patronSummary("alice").orElseThrow().unavailableHolds()).isEmpty();
    }
}
