package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.PatronEnableResponse;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RenewAllResponse;
import io.github.sip2kit.core.RenewResponse;
import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.core.field.AlertType;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.Sip2Session;
import io.github.sip2kit.server.internal.ProtocolEngine;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import io.github.sip2kit.testkit.library.Institution;
import io.github.sip2kit.testkit.library.Item;
import io.github.sip2kit.testkit.library.Location;
import io.github.sip2kit.testkit.library.Patron;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The backend behind the real protocol engine, driven with wire strings against the demo data set on a fixed day
 * (2026-03-10, 10:30:00 UTC): every request type, with the exact fixed part of each response and its key fields.
 */
class InMemoryLibraryBackendTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:30:00Z"), ZoneOffset.UTC);
    /** The transaction date of every response: the session clock's time. */
    private static final String NOW = "20260310    103000";
    /** The transaction date requests carry; the backend never uses it. */
    private static final String DATE = "20260309    080000";
    private static final String BLANK = " ".repeat(18);
    private static final String NO_FLAGS = " ".repeat(14);
    private static final String UNKNOWN_PATRON_FLAGS = "YYYY" + " ".repeat(10);

    private final InMemoryLibrary library = InMemoryLibrary.defaultData(CLOCK);
    private final InMemoryLibraryBackend backend = new InMemoryLibraryBackend(library);
    private final ProtocolEngine engine = Terminal.engine(backend, DemoAccounts.policies(), CLOCK);
    /** Logged in as kiosk1: institution MAIN, location MAIN-ADULT. */
    private final Terminal kiosk =
            Terminal.loggedIn(engine, DemoAccounts.MAIN_KIOSK_LOGIN, DemoAccounts.MAIN_KIOSK_PASSWORD);

    /** {@return a 14-position patron status with Y at the given 0-based positions} */
    private static String flags(int... positions) {
        char[] field = NO_FLAGS.toCharArray();
        for (int position : positions) {
            field[position] = 'Y';
        }
        return new String(field);
    }

    private static String checkout(String patron, String pin, String item) {
        return "11YN" + DATE + BLANK + "AOMAIN|AA" + patron + "|AB" + item + "|AC|AD" + pin + "|";
    }

    private static String renew(String patron, String pin, String item) {
        return "29NN" + DATE + BLANK + "AOMAIN|AA" + patron + "|AD" + pin + "|AB" + item + "|";
    }

    private static String checkin(String location, String item) {
        return "09N" + DATE + BLANK + "AP" + location + "|AOMAIN|AB" + item + "|AC|";
    }

    private static String patronStatus(String patron, String pin) {
        return "23001" + DATE + "AOMAIN|AA" + patron + "|AC|AD" + pin + "|";
    }

    private static String patronInformation(String summary, String patron, String extra) {
        return "63001" + DATE + summary + "AOMAIN|AA" + patron + "|" + extra;
    }

    private static String itemInformation(String item) {
        return "17" + DATE + "AOMAIN|AB" + item + "|";
    }

    private Item item(String id) {
        return library.item(id).orElseThrow();
    }

    private Patron patron(String id) {
        return library.patron(id).orElseThrow();
    }

    @Test
    void answersEveryRequestTheServerKitDispatches() {
        assertThat(Terminal.handlers(backend).types()).hasSize(13);
        assertThat(Terminal.handlers(backend).supportedMessages()).containsExactlyInAnyOrder(SupportedMessage.values());
    }

    @Nested
    class Checkout {

        @Test
        void lendsAnAvailableItemWithDueDateAndDesensitize() {
            String reply = kiosk.send(checkout("PAT-0001", "1111", "ITM-0001"));

            assertThat(reply).startsWith("121NNY" + NOW + "AOMAIN|AAPAT-0001|ABITM-0001|AJThe Example Handbook|"
                    + "AH20260331    235900|");
            CheckoutResponse response = Sip2Codec.defaults().decode(reply, CheckoutResponse.class);
            assertThat(response.mediaType()).hasValue(MediaType.BOOK);
            assertThat(response.feeType()).isEmpty();
            assertThat(response.feeAmount()).isEmpty();
            assertThat(response.screenMessages()).containsExactly("Checked out: The Example Handbook. Due 2026-03-31.");
            assertThat(item("ITM-0001").chargedTo()).hasValue("PAT-0001");
        }

        @Test
        void refusesAWrongPinWithoutTouchingTheLibrary() {
            CheckoutResponse response = kiosk.request(checkout("PAT-0001", "9999", "ITM-0001"), CheckoutResponse.class);

            assertThat(kiosk.send(checkout("PAT-0001", "9998", "ITM-0001"))).startsWith("120NNN" + NOW);
            assertThat(response.ok()).isFalse();
            assertThat(response.dueDate()).isEmpty();
            assertThat(response.screenMessages()).containsExactly(InMemoryLibraryBackend.WRONG_PIN);
            assertThat(item("ITM-0001").isCharged()).isFalse();
        }

        @Test
        void refusesAnUnknownPatronAsUnknownWhateverThePin() {
            CheckoutResponse response = kiosk.request(checkout("NOPE", "1111", "ITM-0001"), CheckoutResponse.class);

            assertThat(response.ok()).isFalse();
            assertThat(response.screenMessages()).containsExactly("Unknown patron.");
        }

        @Test
        void doesNotCheckAnEmptyPin() {
            String reply = kiosk.send("11YN" + DATE + BLANK + "AOMAIN|AAPAT-0001|ABITM-0001|AC|AD|");

            assertThat(reply).startsWith("121NNY" + NOW);
        }

        @Test
        void refusesABlockedPatron() {
            CheckoutResponse response = kiosk.request(checkout("PAT-0002", "2222", "ITM-0001"), CheckoutResponse.class);

            assertThat(response.ok()).isFalse();
            assertThat(response.desensitize().code()).isEqualTo("N");
            assertThat(response.titleIdentifier()).isEqualTo("The Example Handbook");
            assertThat(response.screenMessages()).containsExactly("Your card is blocked. Please see library staff.");
        }

        @Test
        void refusesAnItemOnHoldForAnotherPatron() {
            String reply = kiosk.send(checkout("PAT-0006", "6666", "ITM-0003"));

            assertThat(reply).startsWith("120NNN" + NOW + "AOMAIN|AAPAT-0006|ABITM-0003|AJCooking for Test Suites|AH|")
                    .contains("AFCooking for Test Suites is on hold for another patron.|");
        }

        @Test
        void answersAnUnknownItemWithEmptyTitleAndDueDate() {
            String reply = kiosk.send(checkout("PAT-0001", "1111", "NOPE"));

            assertThat(reply).isEqualTo("120NUN" + NOW + "AOMAIN|AAPAT-0001|ABNOPE|AJ|AH|AFUnknown item.|");
        }

        @Test
        void reportsARentalFeeUntilThePatronAcknowledgesIt() {
            CheckoutResponse refused = kiosk.request(checkout("PAT-0001", "1111", "ITM-0011"), CheckoutResponse.class);
            String accepted = kiosk.send(checkout("PAT-0001", "1111", "ITM-0011") + "BOY|");

            assertThat(refused.ok()).isFalse();
            assertThat(refused.feeType()).hasValue(FeeType.RENTAL);
            assertThat(refused.currencyType()).hasValue(CurrencyType.USD);
            assertThat(refused.feeAmount()).hasValue("1.50");
            assertThat(refused.mediaType()).hasValue(MediaType.CD_OR_CD_ROM);
            String feeId = patron("PAT-0001").fees().get(0).id();
            assertThat(accepted).startsWith("121NNY" + NOW + "AOMAIN|AAPAT-0001|ABITM-0011|AJSample Sounds|"
                    + "AH20260317    235900|BT06|BHUSD|BV1.50|CK006|BK" + feeId + "|");
        }

        @Test
        void renewsAnItemThePatronHasWhenTheScRenewsButRefusesOtherwise() {
            String refused = kiosk.send("11NN" + DATE + BLANK + "AOMAIN|AAPAT-0001|ABITM-0002|AC|");
            String renewed = kiosk.send(checkout("PAT-0001", "1111", "ITM-0002"));

            assertThat(refused).startsWith("120YNN" + NOW)
                    .endsWith("AFA Field Guide to Imaginary Birds is already checked out to you.|");
            assertThat(renewed).startsWith("121YNY" + NOW + "AOMAIN|AAPAT-0001|ABITM-0002|"
                    + "AJA Field Guide to Imaginary Birds|AH20260331    235900|");
        }
    }

    @Nested
    class Checkin {

        @Test
        void alertsForAHoldAtAnotherLocationWithDestinationAndHoldPatron() {
            String reply = kiosk.send(checkin("MAIN-ADULT", "ITM-0006"));

            assertThat(reply).startsWith("101YNY" + NOW + "AOMAIN|ABITM-0006|AQMAIN-ADULT|AJRecall Protocol|"
                    + "AAPAT-0004|CK001|");
            CheckinResponse response = Sip2Codec.defaults().decode(reply, CheckinResponse.class);
            assertThat(response.alertType()).hasValue(AlertType.HOLD_FOR_OTHER_BRANCH);
            assertThat(response.destinationLocation()).hasValue("EAST-LEND");
            assertThat(response.holdPatronId()).hasValue("PAT-0006");
            assertThat(response.holdPatronName()).hasValue("Fatima Eastside");
            assertThat(response.callNumber()).hasValue("FIC CAL");
            assertThat(response.collectionCode()).hasValue("ADULT-FIC");
            assertThat(response.screenMessages()).singleElement().asString()
                    .startsWith("Checked in: Recall Protocol. Send to ");
            assertThat(patron("PAT-0004").totalFees()).isEqualByComparingTo("7.50");
        }

        @Test
        void putsAHoldOnTheShelfOfTheSessionsLocationWhenTheRequestNamesNone() {
            Terminal east = Terminal.loggedIn(engine, DemoAccounts.EAST_KIOSK_LOGIN, DemoAccounts.EAST_KIOSK_PASSWORD);

            CheckinResponse response = east.request(checkin("", "ITM-0008"), CheckinResponse.class);

            assertThat(response.ok()).isTrue();
            assertThat(response.alert()).isTrue();
            assertThat(response.alertType()).hasValue(AlertType.HOLD_FOR_THIS_LIBRARY);
            assertThat(response.destinationLocation()).hasValue("EAST-LEND");
            assertThat(response.holdPatronId()).hasValue("PAT-0006");
            assertThat(response.patronIdentifier()).isEmpty();
            assertThat(item("ITM-0008").currentLocation()).isEqualTo("EAST-LEND");
        }

        @Test
        void returnsAnItemThatWasNotCheckedOutWithoutAlert() {
            String reply = kiosk.send(checkin("MAIN-ADULT", "ITM-0001"));

            assertThat(reply).startsWith("101YNN" + NOW + "AOMAIN|ABITM-0001|AQMAIN-ADULT|AJThe Example Handbook|")
                    .doesNotContain("CV").doesNotContain("CT")
                    .endsWith("AFItem was not checked out: The Example Handbook.|");
        }

        @Test
        void refusesAnUnknownItemWithAlertAndNoAlertType() {
            String reply = kiosk.send(checkin("MAIN-ADULT", "NOPE"));

            assertThat(reply).isEqualTo("100NUY" + NOW + "AOMAIN|ABNOPE|AQ|AFUnknown item.|");
        }
    }

    @Nested
    class Renew {

        @Test
        void renewsALoanWithANewDueDate() {
            String reply = kiosk.send(renew("PAT-0001", "1111", "ITM-0002"));

            assertThat(reply).startsWith("301YNY" + NOW + "AOMAIN|AAPAT-0001|ABITM-0002|"
                    + "AJA Field Guide to Imaginary Birds|AH20260331    235900|");
        }

        @Test
        void findsTheItemByTitleWhenTheRequestHasNoItemIdentifier() {
            RenewResponse response = kiosk.request("29NN" + DATE + BLANK
                    + "AOMAIN|AAPAT-0001|AJa field guide to imaginary birds|", RenewResponse.class);

            assertThat(response.ok()).isTrue();
            assertThat(response.itemIdentifier()).isEqualTo("ITM-0002");
        }

        @Test
        void reportsTheOverdueFineARenewalCharges() {
            RenewResponse response = kiosk.request(renew("PAT-0004", "4444", "ITM-0005"), RenewResponse.class);

            assertThat(response.ok()).isTrue();
            assertThat(response.feeType()).hasValue(FeeType.OVERDUE);
            assertThat(response.currencyType()).hasValue(CurrencyType.USD);
            assertThat(response.feeAmount()).hasValue("0.75");
            assertThat(response.transactionId()).isPresent();
            assertThat(patron("PAT-0004").fees()).extracting(fee -> fee.id())
                    .contains(response.transactionId().get());
        }

        @Test
        void refusesARenewalBeyondTheLimit() {
            kiosk.send(checkout("PAT-0001", "1111", "ITM-0011") + "BOY|");
            String first = kiosk.send(renew("PAT-0001", "1111", "ITM-0011"));
            String second = kiosk.send(renew("PAT-0001", "1111", "ITM-0011"));

            assertThat(first).startsWith("301YNY" + NOW);
            assertThat(second).startsWith("300YNN" + NOW + "AOMAIN|AAPAT-0001|ABITM-0011|AJSample Sounds|AH|")
                    .endsWith("AFSample Sounds cannot be renewed again.|");
        }

        @Test
        void refusesAnItemSomeoneWaitsFor() {
            RenewResponse response = kiosk.request(renew("PAT-0006", "6666", "ITM-0012"), RenewResponse.class);

            assertThat(response.ok()).isFalse();
            assertThat(response.renewalOk()).isTrue();
            assertThat(response.screenMessages())
                    .containsExactly("History of the East Branch is on hold for another patron.");
        }

        @Test
        void refusesAWrongPin() {
            String reply = kiosk.send(renew("PAT-0001", "0000", "ITM-0002"));

            assertThat(reply).startsWith("300NNN" + NOW).endsWith("AF" + InMemoryLibraryBackend.WRONG_PIN + "|");
            assertThat(item("ITM-0002").renewals()).isZero();
        }
    }

    @Nested
    class RenewAll {

        @Test
        void listsRenewedAndUnrenewedItems() {
            String reply = kiosk.send("65" + DATE + "AOMAIN|AAPAT-0004|AD4444|");

            assertThat(reply).startsWith("66100020001" + NOW + "AOMAIN|BMITM-0004|BMITM-0005|BNITM-0006|")
                    .endsWith("AFRenewed 2 items; 1 could not be renewed.|");
        }

        @Test
        void answersAnUnknownPatronWithZeroCounts() {
            RenewAllResponse response = kiosk.request("65" + DATE + "AOMAIN|AANOPE|", RenewAllResponse.class);

            assertThat(kiosk.send("65" + DATE + "AOMAIN|AANOPE|")).startsWith("66000000000" + NOW);
            assertThat(response.renewedCount()).hasValue(0);
            assertThat(response.screenMessages()).containsExactly("Unknown patron.");
        }
    }

    @Nested
    class Hold {

        @Test
        void placesAHoldWithQueuePositionPickupLocationAndExpiry() {
            String reply = kiosk.send("15+" + DATE + "BW20260601    000000|AOMAIN|AAPAT-0001|AD1111|ABITM-0001|");

            assertThat(reply).startsWith("161Y" + NOW + "BW20260601    235900|BR1|BSMAIN-ADULT|AOMAIN|AAPAT-0001|"
                    + "ABITM-0001|AJThe Example Handbook|");
            assertThat(item("ITM-0001").queuePosition("PAT-0001")).isEqualTo(1);
        }

        @Test
        void cancelsAHoldAndSendsTheItemOnToTheNextPatron() {
            HoldResponse response = kiosk.request("15-" + DATE + "AOMAIN|AAPAT-0001|ABITM-0003|", HoldResponse.class);

            assertThat(response.ok()).isTrue();
            assertThat(response.available()).isFalse();
            assertThat(response.queuePosition()).isEmpty();
            assertThat(item("ITM-0003").transitDestination()).hasValue("EAST-LEND");
        }

        @Test
        void changesThePickupLocation() {
            HoldResponse response = kiosk.request(
                    "15*" + DATE + "BSMAIN-ADULT|AOEAST|AAPAT-0006|AD6666|ABITM-0008|", HoldResponse.class);

            assertThat(response.ok()).isTrue();
            assertThat(response.pickupLocation()).hasValue("MAIN-ADULT");
            assertThat(response.queuePosition()).hasValue("1");
        }

        @Test
        void refusesAnExpiredCard() {
            String reply = kiosk.send("15+" + DATE + "AOMAIN|AAPAT-0007|ABITM-0001|");

            assertThat(reply).isEqualTo("160N" + NOW + "AOMAIN|AAPAT-0007|ABITM-0001|"
                    + "AFYour card has expired. Please see library staff to renew it.|");
        }

        @Test
        void refusesAWrongPin() {
            HoldResponse response =
                    kiosk.request("15+" + DATE + "AOMAIN|AAPAT-0001|AD1|ABITM-0001|", HoldResponse.class);

            assertThat(response.ok()).isFalse();
            assertThat(response.screenMessages()).containsExactly(InMemoryLibraryBackend.WRONG_PIN);
            assertThat(item("ITM-0001").holds()).isEmpty();
        }
    }

    @Nested
    class ItemInformation {

        @Test
        void describesAnItemOnTheHoldShelf() {
            String reply = kiosk.send(itemInformation("ITM-0003"));

            assertThat(reply).isEqualTo("18080201" + NOW + "CF2|CM20260315    235900|ABITM-0003|"
                    + "AJCooking for Test Suites|BGMAIN|CK001|AQMAIN-ADULT|APMAIN-ADULT|CRADULT-NF|CS641.5 FIX|");
        }

        @Test
        void givesTheDueDateOfACheckedOutItem() {
            ItemInformationResponse response =
                    kiosk.request(itemInformation("ITM-0002"), ItemInformationResponse.class);

            assertThat(response.circulationStatus().code()).isEqualTo("04");
            assertThat(response.dueDate()).hasValue("20260324    235900");
            assertThat(response.holdQueueLength()).hasValue("0");
        }

        @Test
        void givesTheRentalFeeSecurityMarkerAndOwner() {
            String reply = kiosk.send(itemInformation("ITM-0011"));

            assertThat(reply).startsWith("18030306" + NOW + "CF0|ABITM-0011|AJSample Sounds|BGEAST|BHUSD|BV1.50|"
                    + "CK006|");
        }

        @Test
        void givesTheTransitDestination() {
            ItemInformationResponse response =
                    kiosk.request(itemInformation("ITM-0008"), ItemInformationResponse.class);

            assertThat(response.circulationStatus().code()).isEqualTo("10");
            assertThat(response.destinationLocation()).hasValue("EAST-LEND");
            assertThat(response.currentLocation()).hasValue("MAIN-ADULT");
        }

        @Test
        void answersAnUnknownItemWithOtherCodesAndAnEmptyTitle() {
            String reply = kiosk.send(itemInformation("NOPE"));

            assertThat(reply).isEqualTo("18010101" + NOW + "ABNOPE|AJ|AFUnknown item.|");
        }
    }

    @Nested
    class ItemStatusUpdate {

        @Test
        void storesTheItemProperties() {
            String reply = kiosk.send("19" + DATE + "AOMAIN|ABITM-0007|CHSprache: Deutsch; Band 2|");

            assertThat(reply).isEqualTo("201" + NOW + "ABITM-0007|AJMüller: Über Café-Kultur|"
                    + "CHSprache: Deutsch; Band 2|AFItem properties updated.|");
            assertThat(item("ITM-0007").properties()).isEqualTo("Sprache: Deutsch; Band 2");
        }

        @Test
        void refusesAnUnknownItem() {
            String reply = kiosk.send("19" + DATE + "AOMAIN|ABNOPE|CHx|");

            assertThat(reply).isEqualTo("200" + NOW + "ABNOPE|AFUnknown item.|");
        }
    }

    @Nested
    class PatronStatus {

        @Test
        void reportsAPatronInGoodStanding() {
            String reply = kiosk.send(patronStatus("PAT-0001", "1111"));

            assertThat(reply).isEqualTo("24" + NO_FLAGS + "001" + NOW + "AOMAIN|AAPAT-0001|AEAlice Example|BLY|CQY|"
                    + "BHUSD|BV0.00|BD1 Example Street, Springfield|BEalice@example.org|BF555-0101|");
        }

        @Test
        void reportsALostCardInThePatronsLanguage() {
            PatronStatusResponse lost =
                    kiosk.request(patronStatus("PAT-0005", "5555"), PatronStatusResponse.class);
            String russian = kiosk.send(patronStatus("PAT-0004", "4444"));

            assertThat(kiosk.send(patronStatus("PAT-0005", "5555"))).startsWith("24" + flags(0, 1, 2, 3, 4) + "001" + NOW);
            assertThat(lost.validPatronPassword()).hasValue(true);
            assertThat(russian).startsWith("24" + flags(0, 6, 12) + "015" + NOW);
        }

        @Test
        void answersAWrongPinWithCqNo() {
            PatronStatusResponse response =
                    kiosk.request(patronStatus("PAT-0001", "0000"), PatronStatusResponse.class);

            assertThat(response.validPatron()).hasValue(true);
            assertThat(response.validPatronPassword()).hasValue(false);
            assertThat(response.screenMessages()).containsExactly(InMemoryLibraryBackend.WRONG_PIN);
        }

        @Test
        void sendsNoCqWithoutAPin() {
            PatronStatusResponse response = kiosk.request(patronStatus("PAT-0001", ""), PatronStatusResponse.class);

            assertThat(response.validPatronPassword()).isEmpty();
        }

        @Test
        void answersAnUnknownPatronWithDeniedPrivilegesAndBlNo() {
            String reply = kiosk.send(patronStatus("NOPE", ""));

            assertThat(reply).isEqualTo("24" + UNKNOWN_PATRON_FLAGS + "001" + NOW + "AOMAIN|AANOPE|AE|BLN|"
                    + "AFUnknown patron.|");
        }
    }

    @Nested
    class BlockPatron {

        @Test
        void blocksTheCardThenReportsItsStatus() {
            String reply = kiosk.send("01Y" + DATE + "AOMAIN|ALCard left in the machine|AAPAT-0001|AC|");

            assertThat(reply).startsWith("24" + UNKNOWN_PATRON_FLAGS + "001" + NOW + "AOMAIN|AAPAT-0001|"
                    + "AEAlice Example|BLY|BHUSD|BV0.00|")
                    .endsWith("AFCard left in the machine|AFCard blocked. Please see library staff.|");
            assertThat(patron("PAT-0001").blocked()).isTrue();
            assertThat(kiosk.send(checkout("PAT-0001", "1111", "ITM-0001"))).startsWith("120NNN");
        }

        @Test
        void answersAnUnknownPatronInLanguageUnknown() {
            PatronStatusResponse response =
                    kiosk.request("01N" + DATE + "AOMAIN|ALx|AANOPE|AC|", PatronStatusResponse.class);

            assertThat(kiosk.send("01N" + DATE + "AOMAIN|ALx|AANOPE|AC|"))
                    .startsWith("24" + UNKNOWN_PATRON_FLAGS + "000" + NOW + "AOMAIN|AANOPE|AE|BLN|");
            assertThat(response.language()).isEqualTo(Language.UNKNOWN);
        }
    }

    @Nested
    class PatronEnable {

        @Test
        void liftsABlockSoThePatronCanBorrowAgain() {
            String reply = kiosk.send("25" + DATE + "AOMAIN|AAPAT-0002|AD2222|");

            assertThat(reply).isEqualTo("26" + NO_FLAGS + "001" + NOW + "AOMAIN|AAPAT-0002|AEBruno Blocked|BLY|CQY|"
                    + "AFCard enabled.|");
            assertThat(kiosk.send(checkout("PAT-0002", "2222", "ITM-0001"))).startsWith("121NNY");
        }

        @Test
        void refusesAWrongPin() {
            PatronEnableResponse response =
                    kiosk.request("25" + DATE + "AOMAIN|AAPAT-0002|AD1|", PatronEnableResponse.class);

            assertThat(response.validPatronPassword()).hasValue(false);
            assertThat(response.patronStatus()).hasSize(4);
            assertThat(patron("PAT-0002").blocked()).isTrue();
        }

        @Test
        void answersAnUnknownPatron() {
            String reply = kiosk.send("25" + DATE + "AOMAIN|AANOPE|");

            assertThat(reply).isEqualTo("26" + UNKNOWN_PATRON_FLAGS + "000" + NOW + "AOMAIN|AANOPE|AE|BLN|"
                    + "AFUnknown patron.|");
        }
    }

    @Nested
    class EndPatronSession {

        @Test
        void endsTheSessionOfAKnownPatron() {
            assertThat(kiosk.send("35" + DATE + "AOMAIN|AAPAT-0001|"))
                    .isEqualTo("36Y" + NOW + "AOMAIN|AAPAT-0001|AFThank you for using the library.|");
        }

        @Test
        void saysNoForAnUnknownPatron() {
            EndSessionResponse response = kiosk.request("35" + DATE + "AOMAIN|AANOPE|", EndSessionResponse.class);

            assertThat(response.endSession()).isFalse();
        }
    }

    @Nested
    class FeePaid {

        private String payment(String currency, String amount, String extra) {
            return "37" + DATE + "0400" + currency + "BV" + amount + "|AOMAIN|AAPAT-0003|" + extra;
        }

        @Test
        void reducesTheBalanceSoThePatronCanBorrowAgain() {
            String reply = kiosk.send(payment("USD", "4.50", "AD3333|"));

            assertThat(reply).isEqualTo("38Y" + NOW + "AOMAIN|AAPAT-0003|BKTX-000001|"
                    + "AFPayment of 4.50 USD accepted. Balance: 10.00 USD.|");
            PatronStatusResponse status = kiosk.request(patronStatus("PAT-0003", "3333"), PatronStatusResponse.class);
            assertThat(status.feeAmount()).hasValue("10.00");
            assertThat(kiosk.send(checkout("PAT-0003", "3333", "ITM-0001"))).startsWith("121NNY");
        }

        @Test
        void paysTheNamedFeeAndEchoesTheDevicesTransactionId() {
            FeePaidResponse response =
                    kiosk.request(payment("USD", "10.00", "CGFEE-0302|BKPOS-77|"), FeePaidResponse.class);

            assertThat(response.paymentAccepted()).isTrue();
            assertThat(response.transactionId()).hasValue("POS-77");
            assertThat(patron("PAT-0003").fees()).extracting(fee -> fee.id()).containsExactly("FEE-0301");
        }

        @Test
        void refusesAnOverpaymentAnotherCurrencyAndAWrongPin() {
            FeePaidResponse overpaid = kiosk.request(payment("USD", "20.00", ""), FeePaidResponse.class);
            FeePaidResponse euros = kiosk.request(payment("EUR", "1.00", ""), FeePaidResponse.class);
            FeePaidResponse wrongPin = kiosk.request(payment("USD", "1.00", "AD0|"), FeePaidResponse.class);

            assertThat(kiosk.send(payment("USD", "abc", ""))).startsWith("38N" + NOW);
            assertThat(overpaid.paymentAccepted()).isFalse();
            assertThat(euros.paymentAccepted()).isFalse();
            assertThat(euros.screenMessages()).containsExactly("Payments are accepted in USD only.");
            assertThat(wrongPin.paymentAccepted()).isFalse();
            assertThat(patron("PAT-0003").totalFees()).isEqualByComparingTo("14.50");
        }
    }

    @Nested
    class PatronInformation {

        @Test
        void givesAllSixCountsLimitsFeesAndTheSelectedList() {
            String reply = kiosk.send(patronInformation("Y         ", "PAT-0001", "AD1111|"));

            assertThat(reply).isEqualTo("64" + NO_FLAGS + "001" + NOW + "0001" + "0000" + "0001" + "0000" + "0000"
                    + "0001" + "AOMAIN|AAPAT-0001|AEAlice Example|BZ0005|CA0002|CB0010|BLY|CQY|BHUSD|BV0.00|"
                    + "CC10.00|ASITM-0003|BD1 Example Street, Springfield|BEalice@example.org|BF555-0101|PCadult|");
        }

        @Test
        void listsOnlyTheLeftMostSelectedList() {
            PatronInformationResponse response =
                    kiosk.request(patronInformation("  Y  Y    ", "PAT-0001", ""), PatronInformationResponse.class);

            assertThat(response.chargedItems()).containsExactly("ITM-0002");
            assertThat(response.unavailableHoldItems()).isEmpty();
            assertThat(response.holdItems()).isEmpty();
            assertThat(response.validPatronPassword()).isEmpty();
        }

        @Test
        void listsNothingWithABlankSummary() {
            PatronInformationResponse response =
                    kiosk.request(patronInformation(" ".repeat(10), "PAT-0004", ""), PatronInformationResponse.class);

            assertThat(response.chargedItemsCount()).hasValue(3);
            assertThat(response.chargedItems()).isEmpty();
            assertThat(response.overdueItems()).isEmpty();
        }

        @Test
        void pagesThroughTheListOneBasedAndInclusive() {
            String all = "     Y    ";
            PatronInformationResponse whole =
                    kiosk.request(patronInformation(all, "PAT-0006", ""), PatronInformationResponse.class);
            PatronInformationResponse middle = kiosk.request(
                    patronInformation(all, "PAT-0006", "BP2|BQ3|"), PatronInformationResponse.class);
            PatronInformationResponse padded = kiosk.request(
                    patronInformation(all, "PAT-0006", "BP00003|BQ00009|"), PatronInformationResponse.class);
            PatronInformationResponse beyond = kiosk.request(
                    patronInformation(all, "PAT-0006", "BP5|BQ9|"), PatronInformationResponse.class);
            PatronInformationResponse first = kiosk.request(
                    patronInformation(all, "PAT-0006", "BQ1|"), PatronInformationResponse.class);

            assertThat(whole.unavailableHoldItems()).containsExactly("ITM-0003", "ITM-0006", "ITM-0008");
            assertThat(whole.unavailableHoldsCount()).hasValue(3);
            assertThat(middle.unavailableHoldItems()).containsExactly("ITM-0006", "ITM-0008");
            assertThat(padded.unavailableHoldItems()).containsExactly("ITM-0008");
            assertThat(beyond.unavailableHoldItems()).isEmpty();
            assertThat(beyond.unavailableHoldsCount()).hasValue(3);
            assertThat(first.unavailableHoldItems()).containsExactly("ITM-0003");
        }

        @Test
        void listsOverdueAndRecalledItemsWithTheirFlags() {
            String overdue = kiosk.send(patronInformation(" Y        ", "PAT-0004", ""));
            PatronInformationResponse recalled =
                    kiosk.request(patronInformation("    Y     ", "PAT-0004", ""), PatronInformationResponse.class);

            assertThat(overdue).startsWith("64" + flags(0, 6, 12) + "015" + NOW + "0000" + "0003" + "0003" + "0000" + "0001"
                    + "0000" + "AOMAIN|AAPAT-0004|AEDmitri Overdue|")
                    .contains("|ATITM-0004|ATITM-0005|ATITM-0006|");
            assertThat(recalled.recallItems()).containsExactly("ITM-0006");
        }

        @Test
        void listsFinesWithIdCurrencyAmountAndDescription() {
            PatronInformationResponse response =
                    kiosk.request(patronInformation("   Y      ", "PAT-0003", ""), PatronInformationResponse.class);

            assertThat(response.fineItems()).containsExactly(
                    "FEE-0301 USD 4.50 Overdue: Overdue Matters (18 days late)",
                    "FEE-0302 USD 10.00 Water damage: The Example Handbook");
            assertThat(response.fineItemsCount()).hasValue(2);
            assertThat(response.feeAmount()).hasValue("14.50");
            assertThat(kiosk.send(patronInformation("   Y      ", "PAT-0003", ""))).startsWith("64" + flags(0, 11) + "001");
        }

        @Test
        void answersAnUnknownPatronWithZeroCountsAndBlNo() {
            String reply = kiosk.send(patronInformation(" ".repeat(10), "NOPE", "AD1|"));

            assertThat(reply).isEqualTo("64" + UNKNOWN_PATRON_FLAGS + "001" + NOW + "0000".repeat(6)
                    + "AOMAIN|AANOPE|AE|BLN|CQN|AFUnknown patron.|");
        }
    }

    @Nested
    class Charsets {

        private static final String TITLE = "Müller: Über Café-Kultur";

        /** {@return the bytes one character each, so that byte sequences can be searched as text} */
        private String octets(byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"IBM850", "UTF-8"})
        void carriesTheNonAsciiTitleBothWays(String charsetName) {
            Charset charset = Charset.forName(charsetName);
            VendorProfile profile = VendorProfile.builder("demo-" + charsetName, "demo data in " + charsetName)
                    .codec(Sip2Codec.defaults().toBuilder().charset(charset).build())
                    .build();
            ClientPolicies policies =
                    ClientPolicies.of(DemoAccounts.mainKiosk().toBuilder().profileName(profile.name()).build());
            Terminal terminal = Terminal.loggedIn(Terminal.engine(backend, policies, CLOCK, profile),
                    DemoAccounts.MAIN_KIOSK_LOGIN, DemoAccounts.MAIN_KIOSK_PASSWORD);

            ItemInformationResponse information =
                    terminal.request(itemInformation("ITM-0007"), ItemInformationResponse.class);
            byte[] informationBytes = terminal.lastReply();
            HoldResponse hold = terminal.request(
                    "15+" + DATE + "AOMAIN|AAPAT-0001|AJ" + TITLE.toUpperCase(Locale.ROOT) + "|",
                    HoldResponse.class);

            assertThat(information.titleIdentifier()).isEqualTo(TITLE);
            Charset other = charset.equals(StandardCharsets.UTF_8) ? Charset.forName("IBM850") : StandardCharsets.UTF_8;
            assertThat(octets(informationBytes)).contains(octets(("AJ" + TITLE + "|").getBytes(charset)))
                    .doesNotContain(octets(TITLE.getBytes(other)));
            assertThat(hold.ok()).isTrue();
            assertThat(hold.itemIdentifier()).hasValue("ITM-0007");
            assertThat(hold.titleIdentifier()).hasValue(TITLE);
        }
    }

    @ParameterizedTest
    @CsvSource({"004, Y", "005, Y", "010, Y", "001, N", "006, N", "009, N"})
    void flagsMagneticMediaByMediaType(String mediaType, String magnetic) {
        InMemoryLibrary small = InMemoryLibrary.builder()
                .clock(CLOCK)
                .institution(new Institution("MAIN", "Central Library"))
                .location(new Location("MAIN", "Central Library", "MAIN"))
                .patron(Patron.builder("p1", "1234", "Pat Example").build())
                .item(Item.builder("i1", "Tape or not").mediaType(mediaType).build())
                .build();
        InMemoryLibraryBackend direct = new InMemoryLibraryBackend(small);
        Sip2Session session = Sip2Session.builder().clock(CLOCK).institutionId("MAIN").build();

        CheckoutResponse checkout = direct.checkout(Sip2Codec.defaults().decode(
                "11YN" + DATE + BLANK + "AO|AAp1|ABi1|AC|", CheckoutRequest.class), session);
        CheckinResponse checkin = direct.checkin(Sip2Codec.defaults().decode(
                "09N" + DATE + BLANK + "APMAIN|AO|ABi1|AC|", CheckinRequest.class), session);

        assertThat(checkout.ok()).isTrue();
        assertThat(checkout.magneticMedia().code()).isEqualTo(magnetic);
        assertThat(checkout.desensitize().code()).isEqualTo("Y");
        assertThat(checkin.magneticMedia().code()).isEqualTo(magnetic);
        assertThat(checkin.institutionId()).isEqualTo("MAIN");
    }

    @Test
    void takesTransactionDatesFromTheSessionClock() {
        Clock later = Clock.fixed(Instant.parse("2027-01-02T03:04:05Z"), ZoneOffset.UTC);
        Terminal terminal = Terminal.loggedIn(Terminal.engine(backend, DemoAccounts.policies(), later),
                DemoAccounts.MAIN_KIOSK_LOGIN, DemoAccounts.MAIN_KIOSK_PASSWORD);

        EndSessionResponse response = terminal.request("35" + DATE + "AOMAIN|AAPAT-0001|", EndSessionResponse.class);

        assertThat(response.transactionDate())
                .isEqualTo(Sip2Timestamp.of(LocalDateTime.of(2027, 1, 2, 3, 4, 5)));
    }

    @Test
    void echoesTheSessionsInstitutionWhenTheRequestsIsBlank() {
        CheckoutResponse response = kiosk.request(
                "11YN" + DATE + BLANK + "AO|AAPAT-0001|ABITM-0001|AC|", CheckoutResponse.class);

        assertThat(response.institutionId()).isEqualTo("MAIN");
        assertThat(response.ok()).isTrue();
    }
}
