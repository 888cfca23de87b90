package io.github.sip2kit.testkit.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/** A small library for tests: two institutions, three locations, two patrons, five items. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final String HOME = "MAIN-A";
    static final String OTHER = "MAIN-B";
    static final String EAST = "EAST-A";

    private Fixtures() {}

    static MutableClock clock() {
        return new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    }

    static Patron.Builder alice() {
        return Patron.builder("alice", "1234", "Alice Example").limits(new PatronLimits(3, 1, 2));
    }

    static Patron.Builder bob() {
        return Patron.builder("bob", "0000", "Bob Example");
    }

    static Item.Builder book(String id) {
        return Item.builder(id, "Book " + id).permanentLocation(HOME).loanPeriodDays(14).maxRenewals(2);
    }

    static InMemoryLibrary.Builder base(MutableClock clock) {
        return InMemoryLibrary.builder()
                .clock(clock)
                .institution(new Institution("MAIN", "Central Library"))
                .institution(new Institution("EAST", "East Branch"))
                .location(new Location(HOME, "Central A", "MAIN"))
                .location(new Location(OTHER, "Central B", "MAIN"))
                .location(new Location(EAST, "East A", "EAST"));
    }

    /** The base library with alice, bob and the available books i1 to i5, changed by the customizer. */
    static InMemoryLibrary library(MutableClock clock, Consumer<InMemoryLibrary.Builder> extra) {
        InMemoryLibrary.Builder builder = base(clock).patron(alice().build()).patron(bob().build());
        for (int i = 1; i <= 5; i++) {
            builder.item(book("i" + i).build());
        }
        extra.accept(builder);
        return builder.build();
    }

    static InMemoryLibrary library(MutableClock clock) {
        return library(clock, b -> { });
    }
}
