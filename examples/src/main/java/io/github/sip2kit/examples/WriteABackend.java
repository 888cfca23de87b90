package io.github.sip2kit.examples;

import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.field.CirculationStatus;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.server.Sip2Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a small SIP2 backend from scratch (a map of items and one of patrons, with checkout, checkin, patron status
 * and item information), serves it with the server kit on 127.0.0.1 and a free port, and drives it with the client
 * kit as a self-check kiosk would: log in, look up the patron and the item, check the item out and in again.
 */
public final class WriteABackend {

    private WriteABackend() {}

    /**
     * The backend: what an ILS vendor writes. One plain method per request it supports, each taking the request
     * record and the connection's session and returning the response record. The methods run on the server's worker
     * threads, concurrently for different kiosks, so the state is in concurrent maps and each change is one atomic
     * map operation.
     */
    static final class TinyLibrary {

        record Patron(String id, String name, String pin, boolean blocked) {}

        record Item(String id, String title) {}

        private final Map<String, Patron> patrons = new ConcurrentHashMap<>();
        private final Map<String, Item> items = new ConcurrentHashMap<>();
        private final Map<String, String> loans = new ConcurrentHashMap<>();            // item id -> patron id
        private final Map<String, LocalDateTime> dueDates = new ConcurrentHashMap<>(); // item id -> due

        TinyLibrary() {
            patrons.put("P100", new Patron("P100", "Ada Lovelace", "1815", false));
            patrons.put("P200", new Patron("P200", "Charles Babbage", "1791", true));
            items.put("I300", new Item("I300", "Sketch of the Analytical Engine"));
            items.put("I400", new Item("I400", "On the Economy of Machinery and Manufactures"));
        }

        PatronStatusResponse patronStatus(PatronStatusRequest request, Sip2Session session) {
            Patron patron = patrons.get(request.patronIdentifier());
            if (patron == null) {
                return Responses.patronStatus(request, session).validPatron(false).validPatronPassword(false)
                        .addScreenMessage("Unknown patron").build();
            }
            PatronStatusResponse.Builder response = Responses.patronStatus(request, session)
                    .personalName(patron.name())
                    .validPatron(true)
                    .validPatronPassword(patron.pin().equals(request.patronPassword().reveal()));
            if (patron.blocked()) {
                response.patronStatus(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED,
                        PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED);
            }
            return response.build();
        }

        ItemInformationResponse itemInformation(ItemInformationRequest request, Sip2Session session) {
            Item item = items.get(request.itemIdentifier());
            if (item == null) {
                return Responses.itemInformation(request, session).circulationStatus(CirculationStatus.OTHER)
                        .addScreenMessage("Unknown item").build();
            }
            LocalDateTime due = dueDates.get(item.id());
            ItemInformationResponse.Builder response = Responses.itemInformation(request, session)
                    .titleIdentifier(item.title())
                    .circulationStatus(due == null ? CirculationStatus.AVAILABLE : CirculationStatus.CHARGED);
            if (due != null) {
                response.dueDate(Sip2Timestamp.of(due).wire());
            }
            return response.build();
        }

        CheckoutResponse checkout(CheckoutRequest request, Sip2Session session) {
            Patron patron = patrons.get(request.patronIdentifier());
            Item item = items.get(request.itemIdentifier());
            if (patron == null || item == null) {
                return Responses.checkout(request, session)
                        .addScreenMessage(patron == null ? "Unknown patron" : "Unknown item").build();
            }
            if (patron.blocked()) {
                return Responses.checkout(request, session).titleIdentifier(item.title())
                        .addScreenMessage("Please see a librarian").build();
            }
            if (loans.putIfAbsent(item.id(), patron.id()) != null) {
                return Responses.checkout(request, session).titleIdentifier(item.title())
                        .addScreenMessage("Item is already checked out").build();
            }
            LocalDateTime due = LocalDateTime.now(session.clock()).plusWeeks(3).withHour(23).withMinute(59)
                    .withSecond(0).withNano(0);
            dueDates.put(item.id(), due);
            return Responses.checkout(request, session)
                    .ok(true)
                    .titleIdentifier(item.title())
                    .dueDate(Sip2Timestamp.of(due).wire())
                    .build();
        }

        CheckinResponse checkin(CheckinRequest request, Sip2Session session) {
            Item item = items.get(request.itemIdentifier());
            if (item == null) {
                return Responses.checkin(request, session).addScreenMessage("Unknown item").build();
            }
            boolean wasOnLoan = loans.remove(item.id()) != null;
            dueDates.remove(item.id());
            return Responses.checkin(request, session)
                    .ok(wasOnLoan)
                    .resensitize(wasOnLoan)
                    .titleIdentifier(item.title())
                    .permanentLocation(session.locationCode().orElse(""))
                    .build();
        }
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     * @throws IOException if the server cannot bind a loopback port
     */
    public static void main(String[] args) throws IOException {
        TinyLibrary library = new TinyLibrary();
        try (Sip2Server server = Sip2Server.builder()
                .policies(ClientPolicies.of(ClientPolicy.builder()
                        .address("127.0.0.1")
                        .login("kiosk1", Secret.of("kiosk1-pass"))
                        .institutionId("MAIN")
                        .locationCode("north")
                        .description("self-check by the entrance")
                        .build()))
                .onPatronStatus(library::patronStatus)
                .onItemInformation(library::itemInformation)
                .onCheckout(library::checkout)
                .onCheckin(library::checkin)
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .build()
                .start()) {
            InetSocketAddress address = server.localAddress();
            System.out.println("backend serving SIP2 on " + address);

            try (Sip2Client kiosk = Sip2Client.builder()
                    .address(address.getHostString(), address.getPort())
                    .credentials("kiosk1", Secret.of("kiosk1-pass"))
                    .locationCode("north")
                    .institutionId("MAIN")
                    .responseTimeout(Duration.ofSeconds(10))
                    .build()) {
                kiosk.connect(); // logs in (93 -> 941)

                PatronStatusResponse patron = kiosk.patronStatus(PatronStatusRequest.builder()
                        .transactionDate(Sip2Timestamp.now(Clock.systemDefaultZone()))
                        .institutionId("MAIN")
                        .patronIdentifier("P100")
                        .patronPassword(Secret.of("1815"))
                        .build());
                check(patron.validPatron().orElse(false) && patron.validPatronPassword().orElse(false),
                        "patron P100 with PIN 1815 is valid: " + patron);
                System.out.println("patron: " + patron.personalName());

                ItemInformationResponse before = kiosk.itemInformation("I300");
                check(before.circulationStatus().equals(CirculationStatus.AVAILABLE), "I300 available: " + before);

                CheckoutResponse checkout = kiosk.checkout("P100", "I300");
                check(checkout.ok(), "checkout of I300 by P100 accepted: " + checkout.screenMessages());
                System.out.println("checked out \"" + checkout.titleIdentifier() + "\", due " + checkout.dueDate());

                ItemInformationResponse lent = kiosk.itemInformation("I300");
                check(lent.circulationStatus().equals(CirculationStatus.CHARGED)
                        && lent.dueDate().equals(Optional.of(checkout.dueDate())),
                        "I300 charged with the due date of the checkout: " + lent);

                CheckoutResponse blocked = kiosk.checkout("P200", "I400");
                check(!blocked.ok() && blocked.screenMessages().contains("Please see a librarian"),
                        "checkout by the blocked patron P200 refused: " + blocked);
                System.out.println("blocked patron refused: " + blocked.screenMessages());

                CheckinResponse checkin = kiosk.checkin("I300");
                check(checkin.ok() && checkin.resensitize(), "checkin of I300 accepted: " + checkin);
                System.out.println("checked in \"" + checkin.titleIdentifier().orElse("") + "\"");

                ItemInformationResponse after = kiosk.itemInformation("I300");
                check(after.circulationStatus().equals(CirculationStatus.AVAILABLE), "I300 available: " + after);
            }
        }
        System.out.println("server shut down");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("expected " + what);
        }
    }
}
