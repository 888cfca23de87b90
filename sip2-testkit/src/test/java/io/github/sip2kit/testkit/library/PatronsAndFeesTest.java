package io.github.sip2kit.testkit.library;

import static io.github.sip2kit.testkit.library.Fixtures.HOME;
import static io.github.sip2kit.testkit.library.Fixtures.TODAY;
import static io.github.sip2kit.testkit.library.Fixtures.alice;
import static io.github.sip2kit.testkit.library.Fixtures.base;
import static io.github.sip2kit.testkit.library.Fixtures.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatronsAndFeesTest {

    private final MutableClock clock = Fixtures.clock();

    private static FeeItem fee(String id, FeeType type, String amount) {
        return new FeeItem(id, type, new BigDecimal(amount), id, Optional.empty(), TODAY.minusDays(3));
    }

    private InMemoryLibrary withFees() {
        return base(clock).patron(alice()
                        .addFee(fee("F1", FeeType.OVERDUE, "2.00"))
                        .addFee(fee("F2", FeeType.DAMAGE, "3.50"))
                        .build())
                .build();
    }

    @Test
    void checksPins() {
        InMemoryLibrary library = Fixtures.library(clock);

        assertThat(library.checkPin("alice", "1234")).isEqualTo(PinCheck.VALID);
        assertThat(library.checkPin("alice", "12345")).isEqualTo(PinCheck.INVALID);
        assertThat(library.checkPin("alice", "")).isEqualTo(PinCheck.INVALID);
        assertThat(library.checkPin("nobody", "1234")).isEqualTo(PinCheck.UNKNOWN_PATRON);
        assertThat(PinCheck.INVALID.patronKnown()).isTrue();
        assertThat(PinCheck.INVALID.pinValid()).isFalse();
    }

    @Test
    void patronToStringHidesThePin() {
        Patron patron = alice().pin("98765").build();

        assertThat(patron.toString()).doesNotContain("98765").contains("pin=****").contains("Alice Example");
    }

    @Test
    void summarisesLoansHoldsFeesAndLimits() {
        InMemoryLibrary library = base(clock)
                .patron(alice().addFee(fee("F1", FeeType.OVERDUE, "2.00")).build())
                .patron(Fixtures.bob().build())
                .item(book("out").charged("alice", TODAY.plusDays(3)).build())
                .item(book("late").charged("alice", TODAY.minusDays(3)).build())
                .item(book("recalled").charged("alice", TODAY.minusDays(1)).status(CirculationStatus.RECALLED)
                        .build())
                .item(book("wanted").charged("bob", TODAY.plusDays(3)).build())
                .build();
        library.placeHold("alice", HoldTarget.item("wanted"), Optional.empty(), Optional.empty());

        PatronSummary summary = library.patronSummary("alice").orElseThrow();

        assertThat(summary.chargedItems()).extracting(Item::id).containsExactly("out", "late", "recalled");
        assertThat(summary.overdueItems()).extracting(Item::id).containsExactly("late", "recalled");
        assertThat(summary.recallItems()).extracting(Item::id).containsExactly("recalled");
        assertThat(summary.unavailableHolds()).extracting(h -> h.item().id()).containsExactly("wanted");
        assertThat(summary.availableHolds()).isEmpty();
        assertThat(summary.fineItems()).extracting(FeeItem::id).containsExactly("F1");
        assertThat(summary.totalFees()).isEqualTo(new BigDecimal("2.00"));
        assertThat(summary.feeLimit()).isEqualTo(new BigDecimal("10.00"));
        // alice: 3 charged (limit 3), 2 overdue (limit 1)
        assertThat(summary.statusFlags()).containsExactlyInAnyOrder(
                PatronStatusFlag.CHARGE_PRIVILEGES_DENIED,
                PatronStatusFlag.TOO_MANY_ITEMS_CHARGED,
                PatronStatusFlag.TOO_MANY_ITEMS_OVERDUE,
                PatronStatusFlag.RECALL_OVERDUE);
        assertThat(library.patronSummary("nobody")).isEmpty();
    }

    @Test
    void aPatronInGoodStandingHasNoStatusFlags() {
        assertThat(Fixtures.library(clock).patronSummary("alice").orElseThrow().statusFlags()).isEmpty();
    }

    @Test
    void excessiveOverdueFinesSetTheFinesFlag() {
        InMemoryLibrary library = base(clock)
                .patron(alice().addFee(fee("F1", FeeType.OVERDUE, "10.01")).build()).build();

        assertThat(library.patronSummary("alice").orElseThrow().statusFlags()).contains(
                PatronStatusFlag.EXCESSIVE_OUTSTANDING_FINES, PatronStatusFlag.EXCESSIVE_OUTSTANDING_FEES);
    }

    @Test
    void patronStatusFlagPositionsFollowTheSpec() {
        assertThat(PatronStatusFlag.values()).hasSize(14);
        for (PatronStatusFlag flag : PatronStatusFlag.values()) {
            assertThat(flag.position()).isEqualTo(flag.ordinal());
        }
        assertThat(PatronStatusFlag.CARD_REPORTED_LOST.position()).isEqualTo(4);
        assertThat(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FEES.position()).isEqualTo(11);
    }

    @Test
    void blocksAndEnablesAPatron() {
        InMemoryLibrary library = Fixtures.library(clock);

        PatronResult blocked = library.blockPatron("alice", "Card retained by machine");

        assertThat(blocked.ok()).isTrue();
        Patron patron = blocked.summary().orElseThrow().patron();
        assertThat(patron.blocked()).isTrue();
        assertThat(patron.blockReason()).contains("Card retained by machine");
        assertThat(blocked.summary().orElseThrow().statusFlags()).contains(
                PatronStatusFlag.CHARGE_PRIVILEGES_DENIED, PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED,
                PatronStatusFlag.RECALL_PRIVILEGES_DENIED, PatronStatusFlag.HOLD_PRIVILEGES_DENIED);
        assertThat(library.checkout("alice", "i1", false, false).refusal()).contains(RefusalReason.PATRON_BLOCKED);

        PatronResult enabled = library.enablePatron("alice");

        assertThat(enabled.ok()).isTrue();
        assertThat(enabled.summary().orElseThrow().patron().blocked()).isFalse();
        assertThat(enabled.summary().orElseThrow().patron().blockReason()).isEmpty();
        assertThat(enabled.summary().orElseThrow().statusFlags()).isEmpty();
        assertThat(library.checkout("alice", "i1", false, false).ok()).isTrue();
    }

    @Test
    void blockingWithABlankReasonStoresNoReason() {
        InMemoryLibrary library = Fixtures.library(clock);

        Patron patron = library.blockPatron("alice", " ").summary().orElseThrow().patron();

        assertThat(patron.blocked()).isTrue();
        assertThat(patron.blockReason()).isEmpty();
    }

    @Test
    void enablingDoesNotRepairALostCard() {
        InMemoryLibrary library = base(clock).patron(alice().cardLost(true).build()).build();

        PatronResult result = library.enablePatron("alice");

        assertThat(result.summary().orElseThrow().statusFlags()).contains(PatronStatusFlag.CARD_REPORTED_LOST);
    }

    @Test
    void patronOperationsRefuseUnknownPatrons() {
        InMemoryLibrary library = Fixtures.library(clock);

        assertThat(library.blockPatron("nobody", "x").refusal()).contains(RefusalReason.UNKNOWN_PATRON);
        assertThat(library.enablePatron("nobody").refusal()).contains(RefusalReason.UNKNOWN_PATRON);
        assertThat(library.endSession("nobody").refusal()).contains(RefusalReason.UNKNOWN_PATRON);
        assertThat(library.endSession("nobody").summary()).isEmpty();
    }

    @Test
    void endsASession() {
        PatronResult result = Fixtures.library(clock).endSession("alice");

        assertThat(result.ok()).isTrue();
        assertThat(result.screenMessage()).isNotBlank();
        assertThat(result.summary().orElseThrow().patron().id()).isEqualTo("alice");
    }

    @Test
    void updatesItemProperties() {
        InMemoryLibrary library = Fixtures.library(clock);

        ItemResult result = library.updateItemProperties("i1", "spine label replaced");

        assertThat(result.ok()).isTrue();
        assertThat(library.item("i1").orElseThrow().properties()).isEqualTo("spine label replaced");
        assertThat(library.updateItemProperties("zzz", "x").refusal()).contains(RefusalReason.UNKNOWN_ITEM);
    }

    @Test
    void paysFeesOldestFirstWithPartialPayments() {
        InMemoryLibrary library = withFees();

        FeePaymentResult result = library.payFee("alice", new BigDecimal("3"), Optional.empty(), "00",
                Optional.empty());

        assertThat(result.accepted()).isTrue();
        assertThat(result.amount()).isEqualTo(new BigDecimal("3.00"));
        assertThat(result.applied()).containsExactly(
                new FeePaymentResult.Applied("F1", FeeType.OVERDUE, new BigDecimal("2.00"), new BigDecimal("0.00")),
                new FeePaymentResult.Applied("F2", FeeType.DAMAGE, new BigDecimal("1.00"), new BigDecimal("2.50")));
        assertThat(result.balance()).isEqualTo(new BigDecimal("2.50"));
        assertThat(result.currency()).contains("USD");
        assertThat(result.transactionId()).hasValueSatisfying(tx -> assertThat(tx).isNotBlank());
        assertThat(library.patron("alice").orElseThrow().fees()).containsExactly(
                fee("F2", FeeType.DAMAGE, "2.50"));
        assertThat(library.payments()).containsExactly(result);
    }

    @Test
    void paysANamedFeeAndKeepsTheCallersTransactionId() {
        InMemoryLibrary library = withFees();

        FeePaymentResult result = library.payFee("alice", new BigDecimal("3.50"), Optional.of("F2"), "02",
                Optional.of("POS-77"));

        assertThat(result.accepted()).isTrue();
        assertThat(result.transactionId()).contains("POS-77");
        assertThat(result.paymentType()).isEqualTo("02");
        assertThat(library.patron("alice").orElseThrow().fees()).extracting(FeeItem::id).containsExactly("F1");
    }

    @Test
    void refusesOverpaymentOfTheTotalOrOfANamedFee() {
        InMemoryLibrary library = withFees();

        FeePaymentResult total = library.payFee("alice", new BigDecimal("5.51"), Optional.empty(), "00",
                Optional.empty());
        FeePaymentResult named = library.payFee("alice", new BigDecimal("2.01"), Optional.of("F1"), "00",
                Optional.empty());

        assertThat(total.refusal()).contains(RefusalReason.OVERPAYMENT);
        assertThat(named.refusal()).contains(RefusalReason.OVERPAYMENT);
        assertThat(total.balance()).isEqualTo(new BigDecimal("5.50"));
        assertThat(total.transactionId()).isEmpty();
        assertThat(total.applied()).isEmpty();
        assertThat(library.patron("alice").orElseThrow().totalFees()).isEqualTo(new BigDecimal("5.50"));
        assertThat(library.payments()).isEmpty();
        assertThat(library.payFee("alice", new BigDecimal("5.50"), Optional.empty(), "00", Optional.empty())
                .accepted()).isTrue();
        assertThat(library.patron("alice").orElseThrow().fees()).isEmpty();
    }

    @Test
    void refusesPaymentsOfUnknownFeesInvalidAmountsAndUnknownPatrons() {
        InMemoryLibrary library = withFees();

        assertThat(library.payFee("alice", BigDecimal.ONE, Optional.of("F9"), "00", Optional.empty()).refusal())
                .contains(RefusalReason.UNKNOWN_FEE);
        assertThat(library.payFee("alice", BigDecimal.ZERO, Optional.empty(), "00", Optional.empty()).refusal())
                .contains(RefusalReason.INVALID_AMOUNT);
        assertThat(library.payFee("alice", new BigDecimal("-1"), Optional.empty(), "00", Optional.empty())
                .refusal()).contains(RefusalReason.INVALID_AMOUNT);
        assertThat(library.payFee("alice", new BigDecimal("0.001"), Optional.empty(), "00", Optional.empty())
                .refusal()).contains(RefusalReason.INVALID_AMOUNT);
        assertThat(library.payFee("nobody", BigDecimal.ONE, Optional.empty(), "00", Optional.empty()).refusal())
                .contains(RefusalReason.UNKNOWN_PATRON);
        assertThat(library.patron("alice").orElseThrow().totalFees()).isEqualTo(new BigDecimal("5.50"));
    }

    @Test
    void rejectsAPaymentTypeThatIsNotTwoDigits() {
        InMemoryLibrary library = withFees();

        assertThatThrownBy(() -> library.payFee("alice", BigDecimal.ONE, Optional.empty(), "cash", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paymentType: \"cash\" (expected: 2 digits)");
    }

    @Test
    void payingOffFeesLiftsTheFeeBlock() {
        InMemoryLibrary library = base(clock)
                .patron(alice().addFee(fee("F1", FeeType.REPLACEMENT, "25.00")).build())
                .item(book("i1").build()).build();
        assertThat(library.checkout("alice", "i1", false, false).refusal()).contains(RefusalReason.EXCESSIVE_FEES);

        library.payFee("alice", new BigDecimal("15.00"), Optional.empty(), "01", Optional.empty());

        assertThat(library.checkout("alice", "i1", false, false).ok()).isTrue();
    }

    @Test
    void generatedFeeIdsDoNotClashWithLoadedOnes() {
        InMemoryLibrary library = base(clock)
                .patron(alice().addFee(fee("FEE-00001", FeeType.OTHER, "1.00")).build())
                .item(book("i1").charged("alice", TODAY.minusDays(1)).build()).build();

        FeeItem fine = library.checkin("i1", HOME).overdueFine().orElseThrow();

        assertThat(fine.id()).isNotEqualTo("FEE-00001");
        assertThat(library.patron("alice").orElseThrow().fees()).extracting(FeeItem::id).doesNotHaveDuplicates();
    }
}
