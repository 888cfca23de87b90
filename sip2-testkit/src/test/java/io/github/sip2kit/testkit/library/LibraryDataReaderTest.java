package io.github.sip2kit.testkit.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryDataReaderTest {

    private final MutableClock clock = Fixtures.clock();

    /** A valid document; tests replace parts of it with String.replace. */
    private static final String VALID = """
            {
              "institutions": [ { "id": "MAIN", "name": "Central" } ],
              "locations": [
                { "code": "A", "name": "Adult", "institutionId": "MAIN" },
                { "code": "B", "name": "Branch", "institutionId": "MAIN" }
              ],
              "patrons": [
                { "id": "p1", "pin": "1", "personalName": "One" },
                { "id": "p2", "pin": "2", "personalName": "Two", "institutionId": "MAIN" }
              ],
              "items": [
                { "id": "i1", "title": "T1", "permanentLocation": "A" }
              ]
            }
            """;

    private InMemoryLibrary load(String json) {
        return InMemoryLibrary.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), clock);
    }

    private LibraryDataException failure(String json) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load(json));
        assertThat(thrown).isInstanceOf(LibraryDataException.class);
        return (LibraryDataException) thrown;
    }

    @Test
    void readsEveryKeyOfTheFormat() {
        String json = """
                {
                  "description": "test data",
                  "policy": { "currency": "EUR", "feeLimit": 5, "overdueFinePerDay": "0.10",
                              "maxOverdueFine": 3.5, "holdShelfDays": 4 },
                  "institutions": [ { "id": "MAIN", "name": "Central" } ],
                  "locations": [ { "code": "A", "name": "Adult", "institutionId": "MAIN" },
                                 { "code": "B", "name": "Branch", "institutionId": "MAIN" } ],
                  "patrons": [ {
                    "id": "p1", "pin": "0042", "personalName": "Ana Example", "institutionId": "MAIN",
                    "email": "ana@example.org", "phone": "555", "address": "1 Road", "language": "002",
                    "patronClass": "staff", "blocked": true, "blockReason": "test", "cardLost": true,
                    "expiryDate": "2030-01-31", "limits": { "maxCharged": 7, "maxOverdue": 0, "maxHolds": 1 },
                    "currency": "CHF",
                    "fees": [ { "id": "F1", "type": "OVERDUE", "amount": "1.20", "description": "late",
                                "itemId": "i1", "createdDate": "today-2" },
                              { "id": "F2", "type": "07", "amount": 30 } ]
                  }, { "id": "p2", "pin": "", "personalName": "Ben" } ],
                  "items": [ {
                    "id": "i1", "title": "T1", "author": "Au", "ownerInstitutionId": "MAIN",
                    "permanentLocation": "A", "currentLocation": "B", "mediaType": "006", "callNumber": "CD 1",
                    "collectionCode": "MUSIC", "status": "07", "securityMarker": "03", "properties": "box",
                    "chargedTo": "p1", "dueDate": "today+3", "renewals": 1, "maxRenewals": 4,
                    "loanPeriodDays": 7, "rentalFee": "0.50",
                    "holds": [ { "patronId": "p2", "pickupLocation": "B", "placedDate": "2026-03-01",
                                 "expiryDate": "today+10", "type": "2" } ]
                  } ]
                }
                """;

        InMemoryLibrary library = load(json);

        assertThat(library.policy()).isEqualTo(new LibraryPolicy("EUR", new BigDecimal("5.00"),
                new BigDecimal("0.10"), new BigDecimal("3.50"), 4));
        assertThat(library.institutions()).containsExactly(new Institution("MAIN", "Central"));
        assertThat(library.locations()).extracting(Location::code).containsExactly("A", "B");
        Patron p1 = library.patron("p1").orElseThrow();
        assertThat(p1).isEqualTo(Patron.builder("p1", "0042", "Ana Example")
                .institutionId("MAIN").email("ana@example.org").phone("555").address("1 Road").language("002")
                .patronClass("staff").blocked("test").cardLost(true).expiryDate(LocalDate.of(2030, 1, 31))
                .limits(new PatronLimits(7, 0, 1)).currency("CHF")
                .addFee(new FeeItem("F1", FeeType.OVERDUE, new BigDecimal("1.20"), "late", Optional.of("i1"),
                        Fixtures.TODAY.minusDays(2)))
                .addFee(new FeeItem("F2", FeeType.REPLACEMENT, new BigDecimal("30"), "", Optional.empty(),
                        Fixtures.TODAY))
                .build());
        assertThat(library.patron("p2").orElseThrow().currency()).isEqualTo("EUR");
        Item i1 = library.item("i1").orElseThrow();
        assertThat(i1).isEqualTo(Item.builder("i1", "T1").author("Au").ownerInstitutionId("MAIN")
                .permanentLocation("A").currentLocation("B").mediaType("006").callNumber("CD 1")
                .collectionCode("MUSIC").status(CirculationStatus.RECALLED).securityMarker("03").properties("box")
                .chargedTo("p1").dueDate(Fixtures.TODAY.plusDays(3)).renewals(1).maxRenewals(4).loanPeriodDays(7)
                .rentalFee(new BigDecimal("0.50"))
                .addHold(new Hold("p2", "B", LocalDate.of(2026, 3, 1), Optional.of(Fixtures.TODAY.plusDays(10)),
                        HoldType.ANY_COPY_OF_TITLE, Optional.empty()))
                .build());
    }

    @Test
    void appliesDefaultsForOptionalKeys() {
        InMemoryLibrary library = load(VALID);

        assertThat(library.policy()).isEqualTo(LibraryPolicy.defaults());
        Patron p1 = library.patron("p1").orElseThrow();
        assertThat(p1.institutionId()).isEqualTo("MAIN");
        assertThat(p1.language()).isEqualTo("000");
        assertThat(p1.limits()).isEqualTo(PatronLimits.DEFAULT);
        assertThat(p1.currency()).isEqualTo("USD");
        assertThat(p1.email()).isEmpty();
        Item i1 = library.item("i1").orElseThrow();
        assertThat(i1.ownerInstitutionId()).isEqualTo("MAIN");
        assertThat(i1.currentLocation()).isEqualTo("A");
        assertThat(i1.status()).isEqualTo(CirculationStatus.AVAILABLE);
        assertThat(i1.mediaType()).isEqualTo("001");
        assertThat(i1.securityMarker()).isEqualTo("02");
        assertThat(i1.loanPeriodDays()).isEqualTo(21);
        assertThat(i1.maxRenewals()).isEqualTo(3);
    }

    @Test
    void impliesTheStatusFromBorrowerTransitOrReadyHold() {
        String json = VALID.replace("""
                { "id": "i1", "title": "T1", "permanentLocation": "A" }""", """
                { "id": "i1", "title": "T1", "permanentLocation": "A", "chargedTo": "p1", "dueDate": "today" },
                { "id": "i2", "title": "T2", "permanentLocation": "A", "transitDestination": "B" },
                { "id": "i3", "title": "T3", "permanentLocation": "A",
                  "holds": [ { "patronId": "p1", "pickupByDate": "today+3" } ] }""");

        InMemoryLibrary library = load(json);

        assertThat(library.item("i1").orElseThrow().status()).isEqualTo(CirculationStatus.CHARGED);
        assertThat(library.item("i2").orElseThrow().status()).isEqualTo(CirculationStatus.IN_TRANSIT);
        assertThat(library.item("i3").orElseThrow().status()).isEqualTo(CirculationStatus.WAITING_ON_HOLD_SHELF);
        assertThat(library.item("i3").orElseThrow().holds().get(0).pickupLocation()).isEqualTo("A");
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("library.json");
        Files.writeString(file, VALID);

        assertThat(InMemoryLibrary.load(file, clock).patrons()).hasSize(2);
        assertThat(InMemoryLibrary.load(file).items()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing pin | "pin": "1", | | patrons[0].pin | missing (expected: a string)
            pin of wrong type | "pin": "1" | "pin": 1 | patrons[0].pin | 1 (expected: a string)
            unknown patron key | "pin": "2", | "pin": "2", "colour": "red", | patrons[1].colour | unknown key (expected one of: id, pin, personalName, institutionId, email, phone, address, language, patronClass, blocked, blockReason, cardLost, expiryDate, currency, limits, fees)
            unknown top-level key | "institutions" | "colour": 1, "institutions" | colour | unknown key (expected one of: description, policy, institutions, locations, patrons, items)
            missing institutions | "institutions": [ { "id": "MAIN", "name": "Central" } ], | | institutions | missing (expected: an array of objects)
            patron not an object | { "id": "p1", "pin": "1", "personalName": "One" } | 7 | patrons[0] | 7 (expected: an object)
            duplicate patron id | "id": "p2" | "id": "p1" | patrons[1].id | "p1" (expected: unique; already used at patrons[0].id)
            duplicate location code | "code": "B" | "code": "A" | locations[1].code | "A" (expected: unique; already used at locations[0].code)
            unknown institution | "institutionId": "MAIN" }, | "institutionId": "WEST" }, | locations[0].institutionId | "WEST" (expected: an institution id defined in the data)
            bad language | "personalName": "One" | "personalName": "One", "language": "12" | patrons[0].language | "12" (expected: 3 digits)
            bad currency | "personalName": "One" | "personalName": "One", "currency": "usd" | patrons[0].currency | "usd" (expected: 3 upper-case letters, an ISO 4217 code)
            bad date | "personalName": "One" | "personalName": "One", "expiryDate": "tomorrow" | patrons[0].expiryDate | "tomorrow" (expected: a date as YYYY-MM-DD, or today, today+N or today-N)
            bad boolean | "personalName": "One" | "personalName": "One", "blocked": "yes" | patrons[0].blocked | "yes" (expected: true or false)
            block reason without block | "personalName": "One" | "personalName": "One", "blockReason": "x" | patrons[0].blockReason | "x" (expected: absent unless blocked is true)
            bad limit | "personalName": "One" | "personalName": "One", "limits": { "maxHolds": -1 } | patrons[0].limits.maxHolds | -1 (expected: at least 0)
            fractional limit | "personalName": "One" | "personalName": "One", "limits": { "maxHolds": 1.5 } | patrons[0].limits.maxHolds | 1.5 (expected: a whole number)
            fee without amount | "personalName": "One" | "personalName": "One", "fees": [ { "id": "F", "type": "01" } ] | patrons[0].fees[0].amount | missing (expected: an amount such as 2.50 or "2.50", at most 2 decimals)
            fee with 3 decimals | "personalName": "One" | "personalName": "One", "fees": [ { "id": "F", "type": "01", "amount": "1.005" } ] | patrons[0].fees[0].amount | "1.005" (expected: an amount such as 2.50 or "2.50", at most 2 decimals)
            zero fee | "personalName": "One" | "personalName": "One", "fees": [ { "id": "F", "type": "01", "amount": 0 } ] | patrons[0].fees[0].amount | 0.00 (expected: more than 0)
            unknown fee type | "personalName": "One" | "personalName": "One", "fees": [ { "id": "F", "type": "10", "amount": 1 } ] | patrons[0].fees[0].type | "10" (expected: a fee type code 01 to 09 or name such as OVERDUE)
            duplicate fee id | "personalName": "Two" | "personalName": "Two", "fees": [ { "id": "F", "type": "01", "amount": 1 }, { "id": "F", "type": "01", "amount": 2 } ] | patrons[1].fees | duplicate fee id F (expected: unique ids)
            unknown status | "permanentLocation": "A" } | "permanentLocation": "A", "status": "BORROWED" } | items[0].status | "BORROWED" (expected: a circulation status name such as AVAILABLE, or a code 01 to 13)
            unknown location | "permanentLocation": "A" } | "permanentLocation": "Z" } | items[0].permanentLocation | "Z" (expected: a location code defined in the data)
            unknown current location | "permanentLocation": "A" } | "permanentLocation": "A", "currentLocation": "Z" } | items[0].currentLocation | "Z" (expected: a location code defined in the data)
            unknown borrower | "permanentLocation": "A" } | "permanentLocation": "A", "chargedTo": "p9", "dueDate": "today" } | items[0].chargedTo | "p9" (expected: a patron id defined in the data)
            charged without due date | "permanentLocation": "A" } | "permanentLocation": "A", "chargedTo": "p1" } | items[0].dueDate | absent (expected: present when status is CHARGED)
            charged status without borrower | "permanentLocation": "A" } | "permanentLocation": "A", "status": "CHARGED" } | items[0].chargedTo | absent (expected: present when status is CHARGED)
            transit without destination | "permanentLocation": "A" } | "permanentLocation": "A", "status": "IN_TRANSIT" } | items[0].transitDestination | absent (expected: present when status is IN_TRANSIT)
            hold shelf without ready hold | "permanentLocation": "A" } | "permanentLocation": "A", "status": "08" } | items[0].holds | empty (expected: a first hold with a pickupByDate when status is WAITING_ON_HOLD_SHELF)
            hold by unknown patron | "permanentLocation": "A" } | "permanentLocation": "A", "holds": [ { "patronId": "p9" } ] } | items[0].holds[0].patronId | "p9" (expected: a patron id defined in the data)
            hold missing patron | "permanentLocation": "A" } | "permanentLocation": "A", "holds": [ { "pickupLocation": "A" } ] } | items[0].holds[0].patronId | missing (expected: a string)
            same patron twice in queue | "permanentLocation": "A" } | "permanentLocation": "A", "holds": [ { "patronId": "p1" }, { "patronId": "p1" } ] } | items[0].holds[1].patronId | p1 (expected: each patron at most once in the queue)
            unknown hold key | "permanentLocation": "A" } | "permanentLocation": "A", "holds": [ { "patronId": "p1", "when": 1 } ] } | items[0].holds[0].when | unknown key (expected one of: patronId, pickupLocation, placedDate, expiryDate, type, pickupByDate)
            bad policy | "institutions" | "policy": { "holdShelfDays": 0 }, "institutions" | policy.holdShelfDays | 0 (expected: at least 1)
            blank title | "title": "T1" | "title": " " | items[0].title | " " (expected: not blank)
            """)
    void reportsProblemsWithTheirJsonPath(String name, String find, String replace, String path, String problem) {
        String json = VALID.replace(find, replace == null ? "" : replace);
        assertThat(json).as("test data for %s", name).isNotEqualTo(VALID);

        LibraryDataException e = failure(json);

        assertThat(e.path()).as(name).isEqualTo(path);
        assertThat(e.problem()).as(name).isEqualTo(problem);
        assertThat(e.getMessage()).isEqualTo(path + ": " + e.problem());
    }

    @Test
    void reportsDuplicateKeysWithTheirPathAndLine() {
        LibraryDataException e = failure(VALID.replace("\"pin\": \"2\",", "\"pin\": \"2\", \"pin\": \"3\","));

        assertThat(e.path()).isEqualTo("patrons[1].pin");
        assertThat(e.problem()).startsWith("malformed JSON at line 9, column").contains("Duplicate field 'pin'");
    }

    @Test
    void reportsMalformedJsonWithItsLine() {
        LibraryDataException e = failure(VALID.replace("\"T1\",", "\"T1\""));

        assertThat(e.problem()).startsWith("malformed JSON at line 12");
    }

    @Test
    void rejectsEmptyDocumentsTrailingContentAndNonObjects() {
        assertThat(failure("").problem()).isEqualTo("empty document (expected: a JSON object)");
        assertThat(failure("[]").problem()).isEqualTo("[] (expected: a JSON object)");
        assertThat(failure(VALID + " {}").problem()).startsWith("malformed JSON");
    }

    @Test
    void resolvesRelativeDatesAgainstTheClock() {
        InMemoryLibrary library = load(VALID.replace("\"personalName\": \"One\"",
                "\"personalName\": \"One\", \"expiryDate\": \"TODAY-7\""));

        assertThat(library.patron("p1").orElseThrow().expiryDate()).contains(Fixtures.TODAY.minusDays(7));
    }

    @Test
    void builderReportsReferencesInAddOrder() {
        assertThatThrownBy(() -> Fixtures.base(clock)
                        .patron(Fixtures.alice().build())
                        .item(Fixtures.book("i1").build())
                        .item(Fixtures.book("i2").permanentLocation("NOPE").build())
                        .build())
                .isInstanceOf(LibraryDataException.class)
                .hasMessage("items[1].permanentLocation: \"NOPE\" (expected: a location code defined in the data)");
    }
}
