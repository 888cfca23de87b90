package io.github.sip2kit.testkit.library;

import static io.github.sip2kit.testkit.library.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void circulationStatusCodesAreTheSpecsOneToThirteen() {
        assertThat(CirculationStatus.values()).hasSize(13);
        for (CirculationStatus status : CirculationStatus.values()) {
            assertThat(status.code()).isEqualTo(String.format("%02d", status.ordinal() + 1));
            assertThat(CirculationStatus.fromCode(status.code())).contains(status);
        }
        assertThat(CirculationStatus.fromCode("00")).isEmpty();
        assertThat(CirculationStatus.fromCode("14")).isEmpty();
        assertThat(CirculationStatus.CHARGED.isCharged()).isTrue();
        assertThat(CirculationStatus.RECALLED.isCharged()).isTrue();
        assertThat(CirculationStatus.IN_TRANSIT.isCharged()).isFalse();
    }

    @Test
    void feeAndHoldTypeCodesFollowTheSpec() {
        assertThat(FeeType.fromCode("04")).contains(FeeType.OVERDUE);
        assertThat(FeeType.fromCode("09")).contains(FeeType.HOLD_FEE);
        assertThat(FeeType.fromCode("10")).isEmpty();
        assertThat(HoldType.fromCode("2")).contains(HoldType.ANY_COPY_OF_TITLE);
        assertThat(HoldType.fromCode("5")).isEmpty();
        assertThat(CheckinAlert.HOLD_FOR_OTHER_LOCATION.code()).isEqualTo("02");
    }

    @Test
    void itemRejectsContradictoryState() {
        assertThatThrownBy(() -> Fixtures.book("x").chargedTo("alice").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chargedTo: alice (expected: absent when status is AVAILABLE)");
        assertThatThrownBy(() -> Fixtures.book("x").status(CirculationStatus.IN_TRANSIT).build())
                .hasMessage("transitDestination: absent (expected: present when status is IN_TRANSIT)");
        Hold ready = new Hold("bob", "A", TODAY, Optional.empty(), HoldType.OTHER, Optional.of(TODAY));
        assertThatThrownBy(() -> Fixtures.book("x").addHold(ready).build())
                .hasMessage("holds[0].pickupByDate: " + TODAY
                        + " (expected: only on the first hold of an item that is WAITING_ON_HOLD_SHELF)");
        Hold waiting = new Hold("bob", "A", TODAY, Optional.empty(), HoldType.OTHER, Optional.empty());
        assertThatThrownBy(() -> Fixtures.book("x").charged("bob", TODAY).addHold(waiting).build())
                .hasMessage("holds[0].patronId: bob (expected: not the patron who has the item checked out)");
        assertThatThrownBy(() -> Fixtures.book("x").mediaType("1").build())
                .hasMessage("mediaType: \"1\" (expected: 3 digits)");
    }

    @Test
    void amountsAreScaledToTwoDecimals() {
        FeeItem fee = new FeeItem("F", FeeType.OTHER, new BigDecimal("2.5"), "", Optional.empty(), TODAY);

        assertThat(fee.amount()).isEqualTo(new BigDecimal("2.50"));
        assertThatThrownBy(() -> fee.withAmount(new BigDecimal("0.001")))
                .hasMessage("amount: 0.001 (expected: at most 2 decimals)");
        assertThatThrownBy(() -> fee.withAmount(BigDecimal.ZERO))
                .hasMessage("amount: 0.00 (expected: more than 0)");
    }

    @Test
    void holdTargetNamesExactlyOneThing() {
        assertThat(HoldTarget.item("i1").itemId()).contains("i1");
        assertThat(HoldTarget.title("T").title()).contains("T");
        assertThatThrownBy(() -> new HoldTarget(Optional.of("i"), Optional.of("t")))
                .hasMessage("hold target: item and title (expected: exactly one)");
        assertThatThrownBy(() -> new HoldTarget(Optional.empty(), Optional.empty()))
                .hasMessage("hold target: neither item nor title (expected: exactly one)");
    }

    @Test
    void snapshotsAreImmutable() {
        Patron patron = Fixtures.alice().build();
        Item item = Fixtures.book("x").build();

        assertThatThrownBy(() -> patron.fees().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.holds().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Fixtures.library(Fixtures.clock()).patronSummary("alice").orElseThrow().statusFlags())
                .isUnmodifiable();
        assertThat(List.copyOf(item.holds())).isEmpty();
    }

    @Test
    void resultsRequireARefusalExactlyWhenRefused() {
        assertThatThrownBy(() -> new ItemResult(false, "x", Optional.empty(), Optional.empty()))
                .hasMessage("refusal: absent (expected: present when refused)");
        assertThatThrownBy(() -> new ItemResult(true, "x", Optional.of(RefusalReason.UNKNOWN_ITEM), Optional.empty()))
                .hasMessage("refusal: UNKNOWN_ITEM (expected: absent when ok)");
    }
}
