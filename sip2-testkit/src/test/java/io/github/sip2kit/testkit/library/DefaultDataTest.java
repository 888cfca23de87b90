package io.github.sip2kit.testkit.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled demo data set matches what docs/demo-data.md promises testers. */
class DefaultDataTest {

    private final MutableClock clock = Fixtures.clock();
    private final InMemoryLibrary library = InMemoryLibrary.defaultData(clock);

    private PatronSummary summary(String id) {
        return library.patronSummary(id).orElseThrow();
    }

    @Test
    void hasTwoInstitutionsFourLocationsSevenPatronsAndTwelveItems() {
        assertThat(library.institutions()).extracting(Institution::id).containsExactly("MAIN", "EAST");
        assertThat(library.locations()).extracting(Location::code)
                .containsExactly("MAIN-ADULT", "MAIN-KIDS", "EAST-LEND", "EAST-LOCAL");
        assertThat(library.patrons()).extracting(Patron::id).containsExactly(
                "PAT-0001", "PAT-0002", "PAT-0003", "PAT-0004", "PAT-0005", "PAT-0006", "PAT-0007");
        assertThat(library.items()).hasSize(12);
        assertThat(library.policy()).isEqualTo(LibraryPolicy.defaults());
    }

    @Test
    void everyPatronHasTheDocumentedPin() {
        for (int n = 1; n <= 7; n++) {
            String pin = String.valueOf(n).repeat(4);
            assertThat(library.checkPin("PAT-000" + n, pin)).as("PAT-000%d", n).isEqualTo(PinCheck.VALID);
        }
    }

    @Test
    void aliceIsInGoodStandingWithALoanAReadyHoldAndAWaitingHold() {
        PatronSummary alice = summary("PAT-0001");

        assertThat(alice.statusFlags()).isEmpty();
        assertThat(alice.chargedItems()).extracting(Item::id).containsExactly("ITM-0002");
        assertThat(alice.availableHolds()).extracting(h -> h.item().id()).containsExactly("ITM-0003");
        assertThat(alice.unavailableHolds()).extracting(h -> h.item().id()).containsExactly("ITM-0012");
        assertThat(library.checkout("PAT-0001", "ITM-0001", false, false).ok()).isTrue();
        assertThat(library.checkout("PAT-0001", "ITM-0003", false, false).ok()).isTrue();
    }

    @Test
    void theProblemPatronsAreRefusedForTheDocumentedReasons() {
        assertThat(library.checkout("PAT-0002", "ITM-0001", false, false).refusal())
                .contains(RefusalReason.PATRON_BLOCKED);
        assertThat(library.patron("PAT-0002").orElseThrow().blockReason()).isPresent();
        assertThat(library.checkout("PAT-0003", "ITM-0001", false, false).refusal())
                .contains(RefusalReason.EXCESSIVE_FEES);
        assertThat(summary("PAT-0003").totalFees()).isEqualTo(new BigDecimal("14.50"));
        assertThat(library.checkout("PAT-0004", "ITM-0001", false, false).refusal())
                .contains(RefusalReason.TOO_MANY_ITEMS_OVERDUE);
        assertThat(summary("PAT-0004").overdueItems()).extracting(Item::id)
                .containsExactly("ITM-0004", "ITM-0005", "ITM-0006");
        assertThat(summary("PAT-0004").recallItems()).extracting(Item::id).containsExactly("ITM-0006");
        assertThat(library.checkout("PAT-0005", "ITM-0001", false, false).refusal())
                .contains(RefusalReason.CARD_LOST);
        assertThat(library.checkout("PAT-0007", "ITM-0001", false, false).refusal())
                .contains(RefusalReason.PATRON_EXPIRED);
    }

    @Test
    void fatimaBelongsToTheEastBranchAndWaitsForTwoItems() {
        Patron fatima = library.patron("PAT-0006").orElseThrow();

        assertThat(fatima.institutionId()).isEqualTo("EAST");
        assertThat(fatima.language()).isEqualTo("008");
        assertThat(summary("PAT-0006").unavailableHolds()).extracting(h -> h.item().id())
                .containsExactly("ITM-0003", "ITM-0006", "ITM-0008");
        assertThat(library.renew("PAT-0006", "ITM-0012").refusal())
                .contains(RefusalReason.ON_HOLD_FOR_ANOTHER_PATRON);
    }

    @Test
    void theItemsHaveTheDocumentedStates() {
        assertThat(library.items()).extracting(Item::status).containsExactly(
                CirculationStatus.AVAILABLE, CirculationStatus.CHARGED, CirculationStatus.WAITING_ON_HOLD_SHELF,
                CirculationStatus.CHARGED, CirculationStatus.CHARGED, CirculationStatus.RECALLED,
                CirculationStatus.AVAILABLE, CirculationStatus.IN_TRANSIT, CirculationStatus.LOST,
                CirculationStatus.AVAILABLE, CirculationStatus.AVAILABLE, CirculationStatus.CHARGED);
        assertThat(library.item("ITM-0007").orElseThrow().title()).isEqualTo("Müller: Über Café-Kultur");
        assertThat(library.item("ITM-0008").orElseThrow().title()).isEqualTo("Mañana, ¿qué?");
        assertThat(library.item("ITM-0011").orElseThrow().rentalFee()).contains(new BigDecimal("1.50"));
        assertThat(library.item("ITM-0011").orElseThrow().mediaType()).isEqualTo("006");
    }

    @Test
    void theInTransitItemLandsOnTheHoldShelfAtItsDestination() {
        CheckinResult result = library.checkin("ITM-0008", "EAST-LEND");

        assertThat(result.alert()).contains(CheckinAlert.HOLD_FOR_THIS_LOCATION);
        assertThat(result.holdPatronId()).contains("PAT-0006");
    }

    @Test
    void returningDmitrisOldestLoanCostsTheCappedFineAndGoesToFatima() {
        CheckinResult result = library.checkin("ITM-0006", "MAIN-ADULT");

        assertThat(result.overdueFine().orElseThrow().amount()).isEqualTo(new BigDecimal("7.50"));
        assertThat(result.alert()).contains(CheckinAlert.HOLD_FOR_OTHER_LOCATION);
        assertThat(result.destinationLocation()).contains("EAST-LEND");
    }

    @Test
    void theRentalCdNeedsTheFeeAcknowledged() {
        assertThat(library.checkout("PAT-0006", "ITM-0011", false, false).refusal())
                .contains(RefusalReason.FEE_NOT_ACKNOWLEDGED);
        assertThat(library.checkout("PAT-0006", "ITM-0011", false, true).ok()).isTrue();
    }

    @Test
    void datesFollowTheClock() {
        assertThat(library.item("ITM-0002").orElseThrow().dueDate()).contains(Fixtures.TODAY.plusDays(14));
        assertThat(library.patron("PAT-0007").orElseThrow().expiryDate()).contains(Fixtures.TODAY.minusDays(30));
        assertThat(InMemoryLibrary.defaultData().patron("PAT-0001")).isPresent();
        assertThat(library.payFee("PAT-0003", new BigDecimal("4.50"), Optional.of("FEE-0301"), "00",
                Optional.empty()).accepted()).isTrue();
    }

    @Test
    void theDocumentedTryOutsBehaveAsDescribed() {
        assertThat(library.placeHold("PAT-0001", HoldTarget.item("ITM-0001"), Optional.empty(), Optional.empty())
                .available()).isTrue();
        assertThat(library.checkout("PAT-0002", "ITM-0003", false, false).ok()).isFalse();
        library.cancelHold("PAT-0001", HoldTarget.item("ITM-0003"));
        assertThat(library.item("ITM-0003").orElseThrow().transitDestination()).contains("EAST-LEND");
        assertThat(library.checkin("ITM-0004", "MAIN-ADULT").overdueFine().orElseThrow().amount())
                .isEqualTo(new BigDecimal("2.50"));
        assertThat(library.renew("PAT-0004", "ITM-0005").overdueFine().orElseThrow().amount())
                .isEqualTo(new BigDecimal("0.75"));
        assertThat(library.checkout("PAT-0001", "ITM-0009", false, false).refusal())
                .contains(RefusalReason.ITEM_NOT_AVAILABLE);
        assertThat(library.checkin("ITM-0009", "MAIN-ADULT").item().orElseThrow().status())
                .isEqualTo(CirculationStatus.AVAILABLE);
        assertThat(library.checkin("ITM-0010", "MAIN-ADULT").alert()).contains(CheckinAlert.SEND_TO_OTHER_LOCATION);
        assertThat(library.checkin("ITM-0012", "EAST-LOCAL").destinationLocation()).contains("MAIN-ADULT");
        assertThat(library.payFee("PAT-0003", new BigDecimal("14.51"), Optional.empty(), "00", Optional.empty())
                .refusal()).contains(RefusalReason.OVERPAYMENT);
        library.payFee("PAT-0003", new BigDecimal("4.50"), Optional.empty(), "00", Optional.empty());
        assertThat(library.checkout("PAT-0003", "ITM-0007", false, false).refusal()).isEmpty();
    }
}
