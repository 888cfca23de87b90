package io.github.sip2kit.testkit.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A small integrated library system held in memory: institutions, locations, patrons, items, loans, holds and
 * fees, with the circulation rules a SIP2 server needs to answer every request. It knows nothing about the
 * SIP2 wire format; a SIP2 backend adapter calls its methods and turns the results into responses.
 *
 * <p>Create one from a JSON data file ({@link #load(Path)}, format in {@code docs/library-data-format.md}),
 * from the bundled demo data ({@link #defaultData()}) or with a {@link #builder()}. Every operation reads the
 * current day from the library's {@link Clock}; tests pass {@link Clock#fixed}. Operations never throw for
 * business refusals: they return a result with {@code ok == false}, a {@link RefusalReason} and a screen
 * message. Lookups return immutable snapshots.
 *
 * <h2>Circulation rules</h2>
 * <ul>
 *   <li>Checkout is refused for an unknown patron or item; unless {@code noBlock} is set, also for a blocked,
 *       lost or expired card, fees above {@link LibraryPolicy#feeLimit()}, more overdue items than
 *       {@link PatronLimits#maxOverdue()}, {@link PatronLimits#maxCharged()} items already out, an item
 *       checked out to someone else, an item that is lost, missing, claimed returned, on order or in process,
 *       an item whose hold queue starts with another patron, and a rental fee the patron has not
 *       acknowledged. With {@code noBlock} (a transaction the self-service machine already did offline) the
 *       checkout always happens: an item checked out to someone else is taken over.</li>
 *   <li>Checking out an item the patron already has is a renewal ({@link LoanResult#renewal()}).</li>
 *   <li>Renewal is refused for a blocked, lost or expired card, after {@link Item#maxRenewals()} renewals, and
 *       while anyone holds the item or it is recalled. A renewal gives a new due date of today plus the loan
 *       period.</li>
 *   <li>Checkin of an item that is not checked out succeeds and says so. A checkin puts the item back into
 *       circulation at the checkin location: on the hold shelf when the first hold is picked up there, in
 *       transit to the first hold's pickup location otherwise, in transit home when it was returned at another
 *       location, else available.</li>
 *   <li>An item returned (or renewed, or taken over) after its due date costs the borrower
 *       {@link LibraryPolicy#overdueFinePerDay()} for each day late, at most
 *       {@link LibraryPolicy#maxOverdueFine()}, as a new {@link FeeType#OVERDUE} fee.</li>
 *   <li>Holds that are not yet ready are dropped after their expiry date.</li>
 * </ul>
 *
 * <p>Thread-safe: one lock guards all state, so every operation is atomic.
 */
public final class InMemoryLibrary {

    private static final String DEFAULT_DATA = "default-library.json";

    private final Object lock = new Object();
    private final Clock clock;
    private final LibraryPolicy policy;
    private final Map<String, Institution> institutions;
    private final Map<String, Location> locations;
    /** Guarded by {@link #lock}. */
    private final Map<String, Patron> patrons;
    /** Guarded by {@link #lock}. */
    private final Map<String, Item> items;
    /** Every fee id ever used; guarded by {@link #lock}. */
    private final Set<String> usedFeeIds = new HashSet<>();
    /** Accepted payments, oldest first; guarded by {@link #lock}. */
    private final List<FeePaymentResult> payments = new ArrayList<>();
    private long feeSequence;
    private long transactionSequence;

    private InMemoryLibrary(Builder builder) {
        this.clock = builder.clock;
        this.policy = builder.policy;
        this.institutions = Collections.unmodifiableMap(new LinkedHashMap<>(builder.institutions));
        this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(builder.locations));
        this.patrons = new LinkedHashMap<>(builder.patrons);
        this.items = new LinkedHashMap<>(builder.items);
        for (Patron patron : patrons.values()) {
            for (FeeItem fee : patron.fees()) {
                usedFeeIds.add(fee.id());
            }
        }
    }

    // ---------------------------------------------------------------- creation

    /** {@return a builder for an empty library with {@link LibraryPolicy#defaults()} and the system clock} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads a library from a JSON data file, using the system clock.
     *
     * @param file the data file, UTF-8
     * @return the library
     * @throws LibraryDataException if the file is malformed or breaks a rule of the format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static InMemoryLibrary load(Path file) {
        return load(file, Clock.systemDefaultZone());
    }

    /**
     * Loads a library from a JSON data file.
     *
     * @param file the data file, UTF-8
     * @param clock the clock the library reads the current day from; relative dates in the file
     *     ({@code "today+14"}) are resolved against it once, while loading
     * @return the library
     * @throws LibraryDataException if the file is malformed or breaks a rule of the format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static InMemoryLibrary load(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library data file " + file, e);
        }
    }

    /**
     * Loads a library from a JSON document, using the system clock. The stream is read to its end and not
     * closed.
     *
     * @param in the JSON document, UTF-8
     * @return the library
     * @throws LibraryDataException if the document is malformed or breaks a rule of the format
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static InMemoryLibrary load(InputStream in) {
        return load(in, Clock.systemDefaultZone());
    }

    /**
     * Loads a library from a JSON document. The stream is read to its end and not closed.
     *
     * @param in the JSON document, UTF-8
     * @param clock the clock the library reads the current day from; relative dates in the document are resolved
     *     against it once, while loading
     * @return the library
     * @throws LibraryDataException if the document is malformed or breaks a rule of the format
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static InMemoryLibrary load(InputStream in, Clock clock) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(clock, "clock");
        return LibraryDataReader.read(in, clock);
    }

    /**
     * {@return a library holding the bundled demo data set (documented in {@code docs/demo-data.md}), using the
     * system clock}
     */
    public static InMemoryLibrary defaultData() {
        return defaultData(Clock.systemDefaultZone());
    }

    /**
     * {@return a library holding the bundled demo data set; its dates are relative to the clock's current day}
     *
     * @param clock the clock the library reads the current day from
     */
    public static InMemoryLibrary defaultData(Clock clock) {
        try (InputStream in = InMemoryLibrary.class.getResourceAsStream(DEFAULT_DATA)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + DEFAULT_DATA);
            }
            return load(in, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + DEFAULT_DATA, e);
        }
    }

    // ---------------------------------------------------------------- lookups

    /** {@return the clock the library reads the current day from} */
    public Clock clock() {
        return clock;
    }

    /** {@return the library's circulation policy} */
    public LibraryPolicy policy() {
        return policy;
    }

    /** {@return the current day, from the library's clock} */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@return all institutions, in data order} */
    public List<Institution> institutions() {
        return List.copyOf(institutions.values());
    }

    /**
     * {@return the institution with the given id, if any}
     *
     * @param id the institution id
     */
    public Optional<Institution> institution(String id) {
        return Optional.ofNullable(institutions.get(Objects.requireNonNull(id, "id")));
    }

    /** {@return all locations, in data order} */
    public List<Location> locations() {
        return List.copyOf(locations.values());
    }

    /**
     * {@return the location with the given code, if any}
     *
     * @param code the location code
     */
    public Optional<Location> location(String code) {
        return Optional.ofNullable(locations.get(Objects.requireNonNull(code, "code")));
    }

    /** {@return snapshots of all patrons, in data order} */
    public List<Patron> patrons() {
        synchronized (lock) {
            return List.copyOf(patrons.values());
        }
    }

    /**
     * {@return a snapshot of the patron with the given identifier, if any}
     *
     * @param patronId the patron identifier
     */
    public Optional<Patron> patron(String patronId) {
        Objects.requireNonNull(patronId, "patronId");
        synchronized (lock) {
            return Optional.ofNullable(patrons.get(patronId));
        }
    }

    /** {@return snapshots of all items, in data order} */
    public List<Item> items() {
        synchronized (lock) {
            LocalDate today = today();
            List<Item> all = new ArrayList<>(items.size());
            for (String id : List.copyOf(items.keySet())) {
                all.add(current(id, today));
            }
            return Collections.unmodifiableList(all);
        }
    }

    /**
     * {@return a snapshot of the item with the given identifier, if any}. This carries everything SIP2's item
     * information response (18) needs; fees on items are in {@link LibraryPolicy#currency()}.
     *
     * @param itemId the item identifier
     */
    public Optional<Item> item(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        synchronized (lock) {
            return Optional.ofNullable(current(itemId, today()));
        }
    }

    /** {@return the accepted fee payments, oldest first} */
    public List<FeePaymentResult> payments() {
        synchronized (lock) {
            return List.copyOf(payments);
        }
    }

    /**
     * Checks a patron's PIN.
     *
     * @param patronId the patron identifier
     * @param pin the PIN to check
     * @return whether the patron exists and the PIN matches
     */
    public PinCheck checkPin(String patronId, String pin) {
        Objects.requireNonNull(patronId, "patronId");
        Objects.requireNonNull(pin, "pin");
        synchronized (lock) {
            Patron patron = patrons.get(patronId);
            if (patron == null) {
                return PinCheck.UNKNOWN_PATRON;
            }
            return patron.pinMatches(pin) ? PinCheck.VALID : PinCheck.INVALID;
        }
    }

    /**
     * Summarises a patron: status flags, holds, loans, fees. This carries what SIP2's patron status (24) and
     * patron information (64) responses need.
     *
     * @param patronId the patron identifier
     * @return the summary, or empty when the patron is unknown
     */
    public Optional<PatronSummary> patronSummary(String patronId) {
        Objects.requireNonNull(patronId, "patronId");
        synchronized (lock) {
            return patrons.containsKey(patronId) ? Optional.of(summary(patronId, today())) : Optional.empty();
        }
    }

    // ---------------------------------------------------------------- circulation

    /**
     * Checks an item out to a patron, or renews it when the patron already has it.
     *
     * @param patronId the patron identifier
     * @param itemId the item identifier
     * @param noBlock true when the self-service machine already did the checkout offline, so that the library
     *     must not refuse it for any reason but an unknown patron or item
     * @param feeAcknowledged true when the patron has accepted the item's rental fee
     * @return the outcome
     */
    public LoanResult checkout(String patronId, String itemId, boolean noBlock, boolean feeAcknowledged) {
        Objects.requireNonNull(patronId, "patronId");
        Objects.requireNonNull(itemId, "itemId");
        synchronized (lock) {
            LocalDate today = today();
            Patron patron = patrons.get(patronId);
            Item item = current(itemId, today);
            if (patron == null) {
                return loanRefused(false, RefusalReason.UNKNOWN_PATRON, "Unknown patron.", item, null);
            }
            if (item == null) {
                return loanRefused(false, RefusalReason.UNKNOWN_ITEM, "Unknown item.", null, patron);
            }
            if (item.chargedTo().filter(patronId::equals).isPresent()) {
                return renewLoan(patron, item, today, noBlock);
            }
            if (!noBlock) {
                Optional<RefusalReason> refusal = checkoutRefusal(patron, item, today);
                if (refusal.isPresent()) {
                    return loanRefused(false, refusal.get(), message(refusal.get(), item), item, patron);
                }
                if (item.rentalFee().isPresent() && !feeAcknowledged) {
                    FeeCharge fee = new FeeCharge(
                            FeeType.RENTAL, item.rentalFee().get(), patron.currency(), Optional.empty());
                    return new LoanResult(false, false,
                            "This item has a rental fee of " + money(fee.amount(), fee.currency())
                                    + ". Please accept the fee to borrow it.",
                            Optional.of(RefusalReason.FEE_NOT_ACKNOWLEDGED), Optional.of(item), Optional.of(patron),
                            Optional.empty(), Optional.of(fee), Optional.empty());
                }
            }
            Optional<FeeItem> fine = Optional.empty();
            if (item.isCharged()) {
                fine = chargeOverdueFine(item.chargedTo().get(), item, today, today);
            }
            List<Hold> holds = new ArrayList<>();
            for (Hold hold : item.holds()) {
                if (!hold.patronId().equals(patronId)) {
                    holds.add(unready(hold));
                }
            }
            LocalDate due = today.plusDays(item.loanPeriodDays());
            Item charged = item.toBuilder()
                    .charged(patronId, due)
                    .renewals(0)
                    .holds(holds)
                    .build();
            items.put(itemId, charged);
            Optional<FeeCharge> fee = Optional.empty();
            if (item.rentalFee().isPresent()) {
                FeeItem rental = addFee(patronId, FeeType.RENTAL, item.rentalFee().get(),
                        "Rental: " + item.title(), itemId, today);
                fee = Optional.of(new FeeCharge(
                        FeeType.RENTAL, rental.amount(), patron.currency(), Optional.of(rental.id())));
            }
            Patron after = patrons.get(patronId);
            String text = "Checked out: " + item.title() + ". Due " + due + "."
                    + fee.map(f -> " Rental fee: " + money(f.amount(), f.currency()) + ".").orElse("");
            return new LoanResult(true, false, text, Optional.empty(), Optional.of(charged), Optional.of(after),
                    Optional.of(due), fee, fine);
        }
    }

    /**
     * Checks an item in at a location on the current day.
     *
     * @param itemId the item identifier
     * @param locationCode the code of the location where the item was returned
     * @return the outcome
     */
    public CheckinResult checkin(String itemId, String locationCode) {
        return checkin(itemId, locationCode, Optional.empty());
    }

    /**
     * Checks an item in at a location. The return date (SIP2's return date, which may lie before the transaction
     * date for items returned while the machine was offline) decides the overdue fine.
     *
     * @param itemId the item identifier
     * @param locationCode the code of the location where the item was returned
     * @param returnDate the day the item was returned; empty for today
     * @return the outcome
     */
    public CheckinResult checkin(String itemId, String locationCode, Optional<LocalDate> returnDate) {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(locationCode, "locationCode");
        Objects.requireNonNull(returnDate, "returnDate");
        synchronized (lock) {
            LocalDate today = today();
            Item item = current(itemId, today);
            if (item == null) {
                return checkinRefused(RefusalReason.UNKNOWN_ITEM, "Unknown item.", null);
            }
            Location here = locations.get(locationCode);
            if (here == null) {
                return checkinRefused(RefusalReason.UNKNOWN_LOCATION, "Unknown location " + locationCode + ".", item);
            }
            boolean wasCharged = item.isCharged();
            Optional<String> previous = item.chargedTo();
            Optional<FeeItem> fine = Optional.empty();
            if (wasCharged) {
                fine = chargeOverdueFine(previous.get(), item, returnDate.orElse(today), today);
            }
            Routing routing = route(item, locationCode, today);
            items.put(itemId, routing.item);
            StringBuilder text = new StringBuilder(wasCharged
                    ? "Checked in: " + item.title() + "."
                    : "Item was not checked out: " + item.title() + ".");
            routing.alert.ifPresent(alert -> text.append(switch (alert) {
                case HOLD_FOR_THIS_LOCATION -> " Place on the hold shelf.";
                case HOLD_FOR_OTHER_LOCATION, SEND_TO_OTHER_LOCATION ->
                    " Send to " + locations.get(routing.destination.get()).name() + ".";
            }));
            fine.ifPresent(f -> text.append(" Overdue fine: ")
                    .append(money(f.amount(), patrons.get(previous.get()).currency()))
                    .append('.'));
            return new CheckinResult(true, text.toString(), Optional.empty(), Optional.of(routing.item), wasCharged,
                    previous, routing.alert, routing.destination, routing.holdPatron, fine);
        }
    }

    /**
     * Renews a patron's loan of an item.
     *
     * @param patronId the patron identifier
     * @param itemId the item identifier
     * @return the outcome; {@link LoanResult#renewal()} is true when the patron had the item
     */
    public LoanResult renew(String patronId, String itemId) {
        Objects.requireNonNull(patronId, "patronId");
        Objects.requireNonNull(itemId, "itemId");
        synchronized (lock) {
            LocalDate today = today();
            Patron patron = patrons.get(patronId);
            Item item = current(itemId, today);
            if (patron == null) {
                return loanRefused(false, RefusalReason.UNKNOWN_PATRON, "Unknown patron.", item, null);
            }
            if (item == null) {
                return loanRefused(false, RefusalReason.UNKNOWN_ITEM, "Unknown item.", null, patron);
            }
            if (!item.chargedTo().filter(patronId::equals).isPresent()) {
                return loanRefused(false, RefusalReason.NOT_CHARGED_TO_PATRON,
                        message(RefusalReason.NOT_CHARGED_TO_PATRON, item), item, patron);
            }
            return renewLoan(patron, item, today, false);
        }
    }

    /**
     * Renews every item checked out to a patron that can be renewed.
     *
     * @param patronId the patron identifier
     * @return the outcome, listing renewed and unrenewed items
     */
    public RenewAllResult renewAll(String patronId) {
        Objects.requireNonNull(patronId, "patronId");
        synchronized (lock) {
            LocalDate today = today();
            Patron patron = patrons.get(patronId);
            if (patron == null) {
                return new RenewAllResult(false, "Unknown patron.", Optional.of(RefusalReason.UNKNOWN_PATRON),
                        List.of(), List.of(), List.of());
            }
            Optional<RefusalReason> denied = cardRefusal(patron, today);
            if (denied.isPresent()) {
                return new RenewAllResult(false, message(denied.get(), null), denied, List.of(), List.of(), List.of());
            }
            List<RenewAllResult.Renewed> renewed = new ArrayList<>();
            List<RenewAllResult.Unrenewed> unrenewed = new ArrayList<>();
            List<FeeItem> fines = new ArrayList<>();
            for (Item item : chargedTo(patronId, today)) {
                LoanResult result = renewLoan(patrons.get(patronId), item, today, false);
                if (result.ok()) {
                    renewed.add(new RenewAllResult.Renewed(item.id(), item.title(), result.dueDate().get()));
                    result.overdueFine().ifPresent(fines::add);
                } else {
                    unrenewed.add(new RenewAllResult.Unrenewed(
                            item.id(), item.title(), result.refusal().get(), result.screenMessage()));
                }
            }
            String text = "Renewed " + renewed.size() + (renewed.size() == 1 ? " item" : " items")
                    + (unrenewed.isEmpty() ? "." : "; " + unrenewed.size() + " could not be renewed.");
            return new RenewAllResult(true, text, Optional.empty(), renewed, unrenewed, fines);
        }
    }

    // ---------------------------------------------------------------- holds

    /**
     * Places a hold for a patron on a copy or on any copy of a title. For a title the library picks an available
     * copy with no queue, else the copy with the shortest queue. The hold type is
     * {@link HoldType#SPECIFIC_COPY} for a copy and {@link HoldType#ANY_COPY_OF_TITLE} for a title.
     *
     * @param patronId the patron identifier
     * @param target the copy or title
     * @param pickupLocation the pickup location's code; empty for the item's permanent location
     * @param expiryDate the last day the patron wants the item; empty for no expiry
     * @return the outcome, with the patron's queue position
     */
    public HoldResult placeHold(
            String patronId, HoldTarget target, Optional<String> pickupLocation, Optional<LocalDate> expiryDate) {
        Objects.requireNonNull(patronId, "patronId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(pickupLocation, "pickupLocation");
        Objects.requireNonNull(expiryDate, "expiryDate");
        synchronized (lock) {
            LocalDate today = today();
            Patron patron = patrons.get(patronId);
            if (patron == null) {
                return holdRefused(RefusalReason.UNKNOWN_PATRON, "Unknown patron.", null);
            }
            Optional<RefusalReason> denied = cardRefusal(patron, today);
            if (denied.isPresent()) {
                return holdRefused(denied.get(), message(denied.get(), null), null);
            }
            if (holdCount(patronId, today) >= patron.limits().maxHolds()) {
                return holdRefused(RefusalReason.TOO_MANY_HOLDS, message(RefusalReason.TOO_MANY_HOLDS, null), null);
            }
            if (pickupLocation.isPresent() && !locations.containsKey(pickupLocation.get())) {
                return holdRefused(RefusalReason.UNKNOWN_LOCATION,
                        "Unknown pickup location " + pickupLocation.get() + ".", null);
            }
            Item item;
            if (target.itemId().isPresent()) {
                item = current(target.itemId().get(), today);
                if (item == null) {
                    return holdRefused(RefusalReason.UNKNOWN_ITEM, "Unknown item.", null);
                }
            } else {
                List<Item> copies = copiesOf(target.title().get(), today);
                if (copies.isEmpty()) {
                    return holdRefused(RefusalReason.UNKNOWN_TITLE, "Unknown title.", null);
                }
                item = chooseCopy(copies, patronId);
            }
            if (item.chargedTo().filter(patronId::equals).isPresent() || item.queuePosition(patronId) > 0) {
                return holdRefused(RefusalReason.DUPLICATE_HOLD, message(RefusalReason.DUPLICATE_HOLD, item), item);
            }
            if (!isCirculating(item.status())) {
                return holdRefused(RefusalReason.ITEM_NOT_AVAILABLE,
                        message(RefusalReason.ITEM_NOT_AVAILABLE, item), item);
            }
            HoldType type = target.itemId().isPresent() ? HoldType.SPECIFIC_COPY : HoldType.ANY_COPY_OF_TITLE;
            Hold hold = new Hold(patronId, pickupLocation.orElse(item.permanentLocation()), today, expiryDate, type,
                    Optional.empty());
            Item held = item.toBuilder().addHold(hold).build();
            items.put(held.id(), held);
            int position = held.queuePosition(patronId);
            return holdOk("Hold placed on " + held.title() + ". Queue position " + position + ".", held, patronId);
        }
    }

    /**
     * Cancels a patron's hold on a copy, or on whichever copy of a title the patron holds. An item that waited on
     * the hold shelf for the patron goes to the next patron in the queue, or back into circulation.
     *
     * @param patronId the patron identifier
     * @param target the copy or title
     * @return the outcome
     */
    public HoldResult cancelHold(String patronId, HoldTarget target) {
        Objects.requireNonNull(patronId, "patronId");
        Objects.requireNonNull(target, "target");
        synchronized (lock) {
            LocalDate today = today();
            if (!patrons.containsKey(patronId)) {
                return holdRefused(RefusalReason.UNKNOWN_PATRON, "Unknown patron.", null);
            }
            HoldLookup lookup = findHold(patronId, target, today);
            if (lookup.refusal != null) {
                return holdRefused(lookup.refusal, message(lookup.refusal, lookup.item), lookup.item);
            }
            Item item = lookup.item;
            Hold cancelled = item.holds().get(item.queuePosition(patronId) - 1);
            List<Hold> holds = new ArrayList<>(item.holds());
            holds.remove(cancelled);
            Item after;
            if (cancelled.isReady()) {
                Item unshelved = item.toBuilder()
                        .status(CirculationStatus.AVAILABLE)
                        .holds(holds)
                        .build();
                after = route(unshelved, item.currentLocation(), today).item;
            } else {
                after = item.toBuilder().holds(holds).build();
            }
            items.put(after.id(), after);
            return holdOk("Hold cancelled: " + after.title() + ".", after, patronId);
        }
    }

    /**
     * Changes the pickup location or expiry date of a patron's hold on a copy, or on whichever copy of a title
     * the patron holds. When the item waits on the hold shelf and the pickup location changes, it is sent to
     * the new one.
     *
     * @param patronId the patron identifier
     * @param target the copy or title
     * @param pickupLocation the new pickup location's code; empty to keep the current one
     * @param expiryDate the new expiry date; empty to keep the current one
     * @return the outcome
     */
    public HoldResult changeHold(
            String patronId, HoldTarget target, Optional<String> pickupLocation, Optional<LocalDate> expiryDate) {
        Objects.requireNonNull(patronId, "patronId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(pickupLocation, "pickupLocation");
        Objects.requireNonNull(expiryDate, "expiryDate");
        synchronized (lock) {
            LocalDate today = today();
            if (!patrons.containsKey(patronId)) {
                return holdRefused(RefusalReason.UNKNOWN_PATRON, "Unknown patron.", null);
            }
            if (pickupLocation.isPresent() && !locations.containsKey(pickupLocation.get())) {
                return holdRefused(RefusalReason.UNKNOWN_LOCATION,
                        "Unknown pickup location " + pickupLocation.get() + ".", null);
            }
            HoldLookup lookup = findHold(patronId, target, today);
            if (lookup.refusal != null) {
                return holdRefused(lookup.refusal, message(lookup.refusal, lookup.item), lookup.item);
            }
            Item item = lookup.item;
            int index = item.queuePosition(patronId) - 1;
            Hold old = item.holds().get(index);
            String pickup = pickupLocation.orElse(old.pickupLocation());
            boolean moved = !pickup.equals(old.pickupLocation());
            Hold changed = new Hold(patronId, pickup, old.placedDate(), expiryDate.or(old::expiryDate), old.type(),
                    moved ? Optional.empty() : old.pickupByDate());
            List<Hold> holds = new ArrayList<>(item.holds());
            holds.set(index, changed);
            Item after;
            if (old.isReady() && moved) {
                Item unshelved = item.toBuilder()
                        .status(CirculationStatus.AVAILABLE)
                        .holds(holds)
                        .build();
                after = route(unshelved, item.currentLocation(), today).item;
            } else {
                after = item.toBuilder().holds(holds).build();
            }
            items.put(after.id(), after);
            return holdOk("Hold changed: " + after.title() + ".", after, patronId);
        }
    }

    // ---------------------------------------------------------------- fees and patrons

    /**
     * Records a payment. Without a fee id the amount pays the patron's fees oldest first; partial payments
     * lower a fee, and a fee paid in full is removed. A payment larger than what is owed (in total, or on the
     * named fee) is refused.
     *
     * @param patronId the patron identifier
     * @param amount the amount paid, more than 0 with at most two decimals
     * @param feeId the fee to pay; empty to pay fees oldest first
     * @param paymentType the SIP2 payment type code, 2 digits ({@code 00} cash, {@code 01} VISA, {@code 02}
     *     credit card, ...)
     * @param transactionId the payment device's transaction id; empty to have the library make one up
     * @return the outcome
     * @throws IllegalArgumentException if the payment type is not 2 digits
     */
    public FeePaymentResult payFee(
            String patronId, BigDecimal amount, Optional<String> feeId, String paymentType,
            Optional<String> transactionId) {
        Objects.requireNonNull(patronId, "patronId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(feeId, "feeId");
        Checks.digits(paymentType, 2, "paymentType");
        Objects.requireNonNull(transactionId, "transactionId");
        synchronized (lock) {
            LocalDate today = today();
            Patron patron = patrons.get(patronId);
            if (patron == null) {
                return paymentRefused(patronId, amount, null, paymentType, today, RefusalReason.UNKNOWN_PATRON,
                        "Unknown patron.");
            }
            if (amount.signum() <= 0 || Math.max(amount.stripTrailingZeros().scale(), 0) > 2) {
                return paymentRefused(patronId, amount, patron, paymentType, today, RefusalReason.INVALID_AMOUNT,
                        "Invalid amount " + amount.toPlainString() + ".");
            }
            BigDecimal paid = Checks.positiveMoney(amount, "amount");
            List<FeeItem> fees = new ArrayList<>(patron.fees());
            List<Integer> targets = new ArrayList<>();
            if (feeId.isPresent()) {
                for (int i = 0; i < fees.size(); i++) {
                    if (fees.get(i).id().equals(feeId.get())) {
                        targets.add(i);
                    }
                }
                if (targets.isEmpty()) {
                    return paymentRefused(patronId, amount, patron, paymentType, today, RefusalReason.UNKNOWN_FEE,
                            "Unknown fee " + feeId.get() + ".");
                }
                if (paid.compareTo(fees.get(targets.get(0)).amount()) > 0) {
                    return paymentRefused(patronId, amount, patron, paymentType, today, RefusalReason.OVERPAYMENT,
                            "The payment is more than the " + money(fees.get(targets.get(0)).amount(),
                                    patron.currency()) + " owed on this fee.");
                }
            } else {
                if (paid.compareTo(patron.totalFees()) > 0) {
                    return paymentRefused(patronId, amount, patron, paymentType, today, RefusalReason.OVERPAYMENT,
                            "The payment is more than the " + money(patron.totalFees(), patron.currency())
                                    + " owed.");
                }
                for (int i = 0; i < fees.size(); i++) {
                    targets.add(i);
                }
            }
            BigDecimal left = paid;
            List<FeePaymentResult.Applied> applied = new ArrayList<>();
            for (int index : targets) {
                if (left.signum() == 0) {
                    break;
                }
                FeeItem fee = fees.get(index);
                BigDecimal part = left.min(fee.amount());
                BigDecimal remaining = fee.amount().subtract(part);
                applied.add(new FeePaymentResult.Applied(fee.id(), fee.type(), part, remaining));
                fees.set(index, remaining.signum() == 0 ? null : fee.withAmount(remaining));
                left = left.subtract(part);
            }
            fees.removeIf(Objects::isNull);
            Patron after = patron.toBuilder().fees(fees).build();
            patrons.put(patronId, after);
            String tx = transactionId.orElseGet(() -> String.format(Locale.ROOT, "TX-%06d", ++transactionSequence));
            FeePaymentResult result = new FeePaymentResult(true,
                    "Payment of " + money(paid, after.currency()) + " accepted. Balance: "
                            + money(after.totalFees(), after.currency()) + ".",
                    Optional.empty(), patronId, Optional.of(tx), paid, Optional.of(after.currency()), paymentType,
                    today, applied, after.totalFees());
            payments.add(result);
            return result;
        }
    }

    /**
     * Blocks a patron's card, as SIP2's block patron message (01) asks.
     *
     * @param patronId the patron identifier
     * @param reason why the card is blocked; blank for no reason
     * @return the outcome, with the patron's summary
     */
    public PatronResult blockPatron(String patronId, String reason) {
        Objects.requireNonNull(patronId, "patronId");
        Objects.requireNonNull(reason, "reason");
        synchronized (lock) {
            Patron patron = patrons.get(patronId);
            if (patron == null) {
                return new PatronResult(
                        false, "Unknown patron.", Optional.of(RefusalReason.UNKNOWN_PATRON), Optional.empty());
            }
            Patron.Builder blocked = patron.toBuilder();
            if (reason.isBlank()) {
                blocked.blocked(true);
            } else {
                blocked.blocked(reason);
            }
            patrons.put(patronId, blocked.build());
            return new PatronResult(true, "Card blocked. Please see library staff.", Optional.empty(),
                    Optional.of(summary(patronId, today())));
        }
    }

    /**
     * Lifts a block from a patron's card, as SIP2's patron enable message (25) asks. A lost or expired card stays
     * so.
     *
     * @param patronId the patron identifier
     * @return the outcome, with the patron's summary
     */
    public PatronResult enablePatron(String patronId) {
        Objects.requireNonNull(patronId, "patronId");
        synchronized (lock) {
            Patron patron = patrons.get(patronId);
            if (patron == null) {
                return new PatronResult(
                        false, "Unknown patron.", Optional.of(RefusalReason.UNKNOWN_PATRON), Optional.empty());
            }
            patrons.put(patronId, patron.toBuilder().blocked(false).build());
            return new PatronResult(true, "Card enabled.", Optional.empty(), Optional.of(summary(patronId, today())));
        }
    }

    /**
     * Ends a patron's session at a self-service machine. The library keeps no session state, so this only checks
     * that the patron exists.
     *
     * @param patronId the patron identifier
     * @return the outcome, with the patron's summary
     */
    public PatronResult endSession(String patronId) {
        Objects.requireNonNull(patronId, "patronId");
        synchronized (lock) {
            if (!patrons.containsKey(patronId)) {
                return new PatronResult(
                        false, "Unknown patron.", Optional.of(RefusalReason.UNKNOWN_PATRON), Optional.empty());
            }
            return new PatronResult(true, "Thank you for using the library.", Optional.empty(),
                    Optional.of(summary(patronId, today())));
        }
    }

    /**
     * Replaces an item's free-text properties, as SIP2's item status update message (19) asks.
     *
     * @param itemId the item identifier
     * @param properties the new properties; may be empty
     * @return the outcome
     */
    public ItemResult updateItemProperties(String itemId, String properties) {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(properties, "properties");
        synchronized (lock) {
            Item item = current(itemId, today());
            if (item == null) {
                return new ItemResult(false, "Unknown item.", Optional.of(RefusalReason.UNKNOWN_ITEM), Optional.empty());
            }
            Item after = item.toBuilder().properties(properties).build();
            items.put(itemId, after);
            return new ItemResult(true, "Item properties updated.", Optional.empty(), Optional.of(after));
        }
    }

    // ---------------------------------------------------------------- internals (all called under the lock)

    /** Returns the item with expired holds dropped (and stores that), or null when unknown. */
    private Item current(String itemId, LocalDate today) {
        Item item = items.get(itemId);
        if (item == null || item.holds().stream().noneMatch(h -> h.isExpired(today))) {
            return item;
        }
        List<Hold> kept = new ArrayList<>();
        for (Hold hold : item.holds()) {
            if (!hold.isExpired(today)) {
                kept.add(hold);
            }
        }
        Item purged = item.toBuilder().holds(kept).build();
        items.put(itemId, purged);
        return purged;
    }

    private List<Item> chargedTo(String patronId, LocalDate today) {
        List<Item> charged = new ArrayList<>();
        for (String id : List.copyOf(items.keySet())) {
            Item item = current(id, today);
            if (item.chargedTo().filter(patronId::equals).isPresent()) {
                charged.add(item);
            }
        }
        return charged;
    }

    private int holdCount(String patronId, LocalDate today) {
        int count = 0;
        for (String id : List.copyOf(items.keySet())) {
            if (current(id, today).queuePosition(patronId) > 0) {
                count++;
            }
        }
        return count;
    }

    private Optional<RefusalReason> cardRefusal(Patron patron, LocalDate today) {
        if (patron.blocked()) {
            return Optional.of(RefusalReason.PATRON_BLOCKED);
        }
        if (patron.cardLost()) {
            return Optional.of(RefusalReason.CARD_LOST);
        }
        if (patron.isExpired(today)) {
            return Optional.of(RefusalReason.PATRON_EXPIRED);
        }
        return Optional.empty();
    }

    private Optional<RefusalReason> checkoutRefusal(Patron patron, Item item, LocalDate today) {
        Optional<RefusalReason> denied = cardRefusal(patron, today);
        if (denied.isPresent()) {
            return denied;
        }
        if (patron.totalFees().compareTo(policy.feeLimit()) > 0) {
            return Optional.of(RefusalReason.EXCESSIVE_FEES);
        }
        List<Item> charged = chargedTo(patron.id(), today);
        long overdue = charged.stream().filter(i -> i.isOverdue(today)).count();
        if (overdue > patron.limits().maxOverdue()) {
            return Optional.of(RefusalReason.TOO_MANY_ITEMS_OVERDUE);
        }
        if (charged.size() >= patron.limits().maxCharged()) {
            return Optional.of(RefusalReason.TOO_MANY_ITEMS_CHARGED);
        }
        if (item.isCharged()) {
            return Optional.of(RefusalReason.CHARGED_TO_ANOTHER_PATRON);
        }
        if (!isCirculating(item.status())) {
            return Optional.of(RefusalReason.ITEM_NOT_AVAILABLE);
        }
        if (!item.holds().isEmpty() && !item.holds().get(0).patronId().equals(patron.id())) {
            return Optional.of(RefusalReason.ON_HOLD_FOR_ANOTHER_PATRON);
        }
        return Optional.empty();
    }

    private static boolean isCirculating(CirculationStatus status) {
        switch (status) {
            case ON_ORDER:
            case IN_PROCESS:
            case CLAIMED_RETURNED:
            case LOST:
            case MISSING:
                return false;
            default:
                return true;
        }
    }

    /** Renews a loan the patron has; with noBlock nothing but an unknown patron or item refuses. */
    private LoanResult renewLoan(Patron patron, Item item, LocalDate today, boolean noBlock) {
        if (!noBlock) {
            Optional<RefusalReason> refusal = cardRefusal(patron, today);
            if (refusal.isEmpty() && item.renewals() >= item.maxRenewals()) {
                refusal = Optional.of(RefusalReason.RENEWAL_LIMIT_REACHED);
            }
            if (refusal.isEmpty() && (!item.holds().isEmpty() || item.status() == CirculationStatus.RECALLED)) {
                refusal = Optional.of(RefusalReason.ON_HOLD_FOR_ANOTHER_PATRON);
            }
            if (refusal.isPresent()) {
                return loanRefused(true, refusal.get(), message(refusal.get(), item), item, patron);
            }
        }
        Optional<FeeItem> fine = chargeOverdueFine(patron.id(), item, today, today);
        LocalDate due = today.plusDays(item.loanPeriodDays());
        Item renewed = item.toBuilder()
                .dueDate(due)
                .renewals(item.renewals() + 1)
                .build();
        items.put(item.id(), renewed);
        Patron after = patrons.get(patron.id());
        String text = "Renewed: " + item.title() + ". Due " + due + "."
                + fine.map(f -> " Overdue fine: " + money(f.amount(), after.currency()) + ".").orElse("");
        return new LoanResult(true, true, text, Optional.empty(), Optional.of(renewed), Optional.of(after),
                Optional.of(due), Optional.empty(), fine);
    }

    /** Charges the borrower a fine when the item comes back (or is renewed) after its due date. */
    private Optional<FeeItem> chargeOverdueFine(String patronId, Item item, LocalDate returned, LocalDate today) {
        if (item.dueDate().isEmpty() || !patrons.containsKey(patronId)) {
            return Optional.empty();
        }
        long daysLate = ChronoUnit.DAYS.between(item.dueDate().get(), returned);
        if (daysLate <= 0) {
            return Optional.empty();
        }
        BigDecimal fine = policy.overdueFinePerDay().multiply(BigDecimal.valueOf(daysLate)).min(policy.maxOverdueFine());
        if (fine.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(addFee(patronId, FeeType.OVERDUE, fine,
                "Overdue: " + item.title() + " (" + daysLate + (daysLate == 1 ? " day" : " days") + " late)",
                item.id(), today));
    }

    private FeeItem addFee(
            String patronId, FeeType type, BigDecimal amount, String description, String itemId, LocalDate today) {
        String id;
        do {
            id = String.format(Locale.ROOT, "FEE-%05d", ++feeSequence);
        } while (!usedFeeIds.add(id));
        FeeItem fee = new FeeItem(id, type, amount, description, Optional.of(itemId), today);
        patrons.put(patronId, patrons.get(patronId).toBuilder().addFee(fee).build());
        return fee;
    }

    /** Where an item goes after it arrives at a location: a hold shelf, a transit, or its shelf. */
    private static final class Routing {
        final Item item;
        final Optional<CheckinAlert> alert;
        final Optional<String> destination;
        final Optional<String> holdPatron;

        Routing(Item item, CheckinAlert alert, String destination, String holdPatron) {
            this.item = item;
            this.alert = Optional.ofNullable(alert);
            this.destination = Optional.ofNullable(destination);
            this.holdPatron = Optional.ofNullable(holdPatron);
        }
    }

    private Routing route(Item item, String here, LocalDate today) {
        Item.Builder b = item.toBuilder()
                .currentLocation(here)
                .chargedTo(null)
                .dueDate(null)
                .renewals(0)
                .transitDestination(null);
        List<Hold> holds = item.holds();
        if (!holds.isEmpty()) {
            Hold head = holds.get(0);
            List<Hold> queue = new ArrayList<>(holds);
            if (head.pickupLocation().equals(here)) {
                Hold ready = head.isReady()
                        ? head
                        : new Hold(head.patronId(), head.pickupLocation(), head.placedDate(), head.expiryDate(),
                                head.type(), Optional.of(today.plusDays(policy.holdShelfDays())));
                queue.set(0, ready);
                Item shelved = b.status(CirculationStatus.WAITING_ON_HOLD_SHELF).holds(queue).build();
                return new Routing(shelved, CheckinAlert.HOLD_FOR_THIS_LOCATION, here, head.patronId());
            }
            queue.set(0, unready(head));
            Item moving = b.status(CirculationStatus.IN_TRANSIT)
                    .transitDestination(head.pickupLocation())
                    .holds(queue)
                    .build();
            return new Routing(moving, CheckinAlert.HOLD_FOR_OTHER_LOCATION, head.pickupLocation(), head.patronId());
        }
        if (here.equals(item.permanentLocation())) {
            return new Routing(b.status(CirculationStatus.AVAILABLE).build(), null, null, null);
        }
        Item moving = b.status(CirculationStatus.IN_TRANSIT).transitDestination(item.permanentLocation()).build();
        return new Routing(moving, CheckinAlert.SEND_TO_OTHER_LOCATION, item.permanentLocation(), null);
    }

    private static Hold unready(Hold hold) {
        return hold.isReady()
                ? new Hold(hold.patronId(), hold.pickupLocation(), hold.placedDate(), hold.expiryDate(), hold.type(),
                        Optional.empty())
                : hold;
    }

    private List<Item> copiesOf(String title, LocalDate today) {
        String wanted = title.strip();
        List<Item> copies = new ArrayList<>();
        for (String id : List.copyOf(items.keySet())) {
            Item item = current(id, today);
            if (item.title().strip().equalsIgnoreCase(wanted)) {
                copies.add(item);
            }
        }
        return copies;
    }

    /** Picks the copy of a title to hold: one the patron already holds or has, else the best circulating one. */
    private static Item chooseCopy(List<Item> copies, String patronId) {
        for (Item copy : copies) {
            if (copy.queuePosition(patronId) > 0 || copy.chargedTo().filter(patronId::equals).isPresent()) {
                return copy;
            }
        }
        Item best = null;
        for (Item copy : copies) {
            if (!isCirculating(copy.status())) {
                continue;
            }
            if (copy.status() == CirculationStatus.AVAILABLE && copy.holds().isEmpty()) {
                return copy;
            }
            if (best == null || copy.holds().size() < best.holds().size()) {
                best = copy;
            }
        }
        return best == null ? copies.get(0) : best;
    }

    private static final class HoldLookup {
        final Item item;
        final RefusalReason refusal;

        HoldLookup(Item item, RefusalReason refusal) {
            this.item = item;
            this.refusal = refusal;
        }
    }

    private HoldLookup findHold(String patronId, HoldTarget target, LocalDate today) {
        if (target.itemId().isPresent()) {
            Item item = current(target.itemId().get(), today);
            if (item == null) {
                return new HoldLookup(null, RefusalReason.UNKNOWN_ITEM);
            }
            return new HoldLookup(item, item.queuePosition(patronId) > 0 ? null : RefusalReason.NO_SUCH_HOLD);
        }
        List<Item> copies = copiesOf(target.title().get(), today);
        if (copies.isEmpty()) {
            return new HoldLookup(null, RefusalReason.UNKNOWN_TITLE);
        }
        for (Item copy : copies) {
            if (copy.queuePosition(patronId) > 0) {
                return new HoldLookup(copy, null);
            }
        }
        return new HoldLookup(null, RefusalReason.NO_SUCH_HOLD);
    }

    private PatronSummary summary(String patronId, LocalDate today) {
        Patron patron = patrons.get(patronId);
        List<PatronHold> available = new ArrayList<>();
        List<PatronHold> unavailable = new ArrayList<>();
        List<Item> charged = new ArrayList<>();
        List<Item> overdue = new ArrayList<>();
        List<Item> recalled = new ArrayList<>();
        for (String id : List.copyOf(items.keySet())) {
            Item item = current(id, today);
            int position = item.queuePosition(patronId);
            if (position > 0) {
                Hold hold = item.holds().get(position - 1);
                (hold.isReady() ? available : unavailable).add(new PatronHold(item, hold, position));
            }
            if (item.chargedTo().filter(patronId::equals).isPresent()) {
                charged.add(item);
                if (item.isOverdue(today)) {
                    overdue.add(item);
                }
                if (item.status() == CirculationStatus.RECALLED) {
                    recalled.add(item);
                }
            }
        }
        BigDecimal total = patron.totalFees();
        BigDecimal fines = BigDecimal.ZERO;
        for (FeeItem fee : patron.fees()) {
            if (fee.type() == FeeType.OVERDUE) {
                fines = fines.add(fee.amount());
            }
        }
        PatronLimits limits = patron.limits();
        boolean cardInvalid = patron.blocked() || patron.cardLost() || patron.isExpired(today);
        boolean tooManyCharged = charged.size() >= limits.maxCharged();
        boolean tooManyOverdue = overdue.size() > limits.maxOverdue();
        boolean excessiveFees = total.compareTo(policy.feeLimit()) > 0;
        Set<PatronStatusFlag> flags = EnumSet.noneOf(PatronStatusFlag.class);
        if (cardInvalid || tooManyCharged || tooManyOverdue || excessiveFees) {
            flags.add(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
        }
        if (cardInvalid) {
            flags.add(PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED);
            flags.add(PatronStatusFlag.RECALL_PRIVILEGES_DENIED);
        }
        if (cardInvalid || available.size() + unavailable.size() >= limits.maxHolds()) {
            flags.add(PatronStatusFlag.HOLD_PRIVILEGES_DENIED);
        }
        if (patron.cardLost()) {
            flags.add(PatronStatusFlag.CARD_REPORTED_LOST);
        }
        if (tooManyCharged) {
            flags.add(PatronStatusFlag.TOO_MANY_ITEMS_CHARGED);
        }
        if (tooManyOverdue) {
            flags.add(PatronStatusFlag.TOO_MANY_ITEMS_OVERDUE);
        }
        if (fines.compareTo(policy.feeLimit()) > 0) {
            flags.add(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FINES);
        }
        if (excessiveFees) {
            flags.add(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FEES);
        }
        if (recalled.stream().anyMatch(i -> i.isOverdue(today))) {
            flags.add(PatronStatusFlag.RECALL_OVERDUE);
        }
        return new PatronSummary(
                patron, flags, available, unavailable, charged, overdue, recalled, total, policy.feeLimit());
    }

    // ---------------------------------------------------------------- result helpers

    private static LoanResult loanRefused(boolean renewal, RefusalReason reason, String text, Item item, Patron patron) {
        return new LoanResult(false, renewal, text, Optional.of(reason), Optional.ofNullable(item),
                Optional.ofNullable(patron), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static CheckinResult checkinRefused(RefusalReason reason, String text, Item item) {
        return new CheckinResult(false, text, Optional.of(reason), Optional.ofNullable(item),
                item != null && item.isCharged(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static HoldResult holdRefused(RefusalReason reason, String text, Item item) {
        return new HoldResult(false, text, Optional.of(reason), Optional.ofNullable(item), false, 0,
                Optional.empty(), Optional.empty());
    }

    private static HoldResult holdOk(String text, Item item, String patronId) {
        int position = item.queuePosition(patronId);
        Optional<Hold> hold = position > 0 ? Optional.of(item.holds().get(position - 1)) : Optional.empty();
        boolean available = item.status() == CirculationStatus.AVAILABLE && position <= 1
                && (position == 1 || item.holds().isEmpty());
        return new HoldResult(true, text, Optional.empty(), Optional.of(item), available, position,
                hold.map(Hold::pickupLocation), hold.flatMap(Hold::expiryDate));
    }

    private FeePaymentResult paymentRefused(String patronId, BigDecimal amount, Patron patron, String paymentType,
            LocalDate today, RefusalReason reason, String text) {
        BigDecimal shown = amount.scale() < 2 ? amount.setScale(2) : amount;
        return new FeePaymentResult(false, text, Optional.of(reason), patronId, Optional.empty(), shown,
                Optional.ofNullable(patron).map(Patron::currency), paymentType, today, List.of(),
                patron == null ? BigDecimal.ZERO.setScale(2) : patron.totalFees());
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.toPlainString() + " " + currency;
    }

    private static String message(RefusalReason reason, Item item) {
        String title = item == null ? "this item" : item.title();
        switch (reason) {
            case PATRON_BLOCKED:
                return "Your card is blocked. Please see library staff.";
            case CARD_LOST:
                return "This card was reported lost. Please see library staff.";
            case PATRON_EXPIRED:
                return "Your card has expired. Please see library staff to renew it.";
            case EXCESSIVE_FEES:
                return "You owe more than the library allows. Please pay your fees first.";
            case TOO_MANY_ITEMS_OVERDUE:
                return "You have too many overdue items. Please return them first.";
            case TOO_MANY_ITEMS_CHARGED:
                return "You have reached the limit of items you can borrow.";
            case TOO_MANY_HOLDS:
                return "You have reached the limit of holds.";
            case CHARGED_TO_ANOTHER_PATRON:
                return title + " is checked out to another patron. Please see library staff.";
            case NOT_CHARGED_TO_PATRON:
                return title + " is not checked out to you.";
            case ON_HOLD_FOR_ANOTHER_PATRON:
                return title + " is on hold for another patron.";
            case ITEM_NOT_AVAILABLE:
                return title + " cannot be borrowed. Please see library staff.";
            case RENEWAL_LIMIT_REACHED:
                return title + " cannot be renewed again.";
            case DUPLICATE_HOLD:
                return "You already have " + title + " or a hold on it.";
            case NO_SUCH_HOLD:
                return "You have no hold on " + title + ".";
            case UNKNOWN_ITEM:
                return "Unknown item.";
            case UNKNOWN_TITLE:
                return "Unknown title.";
            default:
                return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        }
    }

    // ---------------------------------------------------------------- builder

    /**
     * Builds an {@link InMemoryLibrary}; not thread-safe. {@link #build()} checks that every reference (an item's
     * locations, borrower and holds, a patron's institution, ...) names something that exists and that no id is
     * used twice. Its errors name the offending entry by its position in the order it was added, the way the
     * JSON data file's errors do: {@code items[3].permanentLocation: NOPE (expected: a known location code)}.
     */
    public static final class Builder {
        private Clock clock = Clock.systemDefaultZone();
        private LibraryPolicy policy = LibraryPolicy.defaults();
        private final List<Institution> institutionList = new ArrayList<>();
        private final List<Location> locationList = new ArrayList<>();
        private final List<Patron> patronList = new ArrayList<>();
        private final List<Item> itemList = new ArrayList<>();
        private final Map<String, Institution> institutions = new LinkedHashMap<>();
        private final Map<String, Location> locations = new LinkedHashMap<>();
        private final Map<String, Patron> patrons = new LinkedHashMap<>();
        private final Map<String, Item> items = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the clock the library reads the current day from.
         *
         * @param value the clock; tests use {@link Clock#fixed}
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the circulation policy.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(LibraryPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Adds an institution.
         *
         * @param value the institution
         * @return this builder
         */
        public Builder institution(Institution value) {
            institutionList.add(Objects.requireNonNull(value, "institution"));
            return this;
        }

        /**
         * Adds a location.
         *
         * @param value the location
         * @return this builder
         */
        public Builder location(Location value) {
            locationList.add(Objects.requireNonNull(value, "location"));
            return this;
        }

        /**
         * Adds a patron.
         *
         * @param value the patron
         * @return this builder
         */
        public Builder patron(Patron value) {
            patronList.add(Objects.requireNonNull(value, "patron"));
            return this;
        }

        /**
         * Adds an item.
         *
         * @param value the item
         * @return this builder
         */
        public Builder item(Item value) {
            itemList.add(Objects.requireNonNull(value, "item"));
            return this;
        }

        /**
         * {@return the library}
         *
         * @throws LibraryDataException if an id is used twice or a reference names nothing
         */
        public InMemoryLibrary build() {
            institutions.clear();
            locations.clear();
            patrons.clear();
            items.clear();
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < institutionList.size(); i++) {
                Institution institution = institutionList.get(i);
                unique(seen, "institution " + institution.id(), "institutions[" + i + "].id", institution.id());
                institutions.put(institution.id(), institution);
            }
            for (int i = 0; i < locationList.size(); i++) {
                Location location = locationList.get(i);
                String path = "locations[" + i + "]";
                unique(seen, "location " + location.code(), path + ".code", location.code());
                known(institutions, location.institutionId(), path + ".institutionId", "an institution id");
                locations.put(location.code(), location);
            }
            for (int i = 0; i < patronList.size(); i++) {
                Patron patron = patronList.get(i);
                String path = "patrons[" + i + "]";
                unique(seen, "patron " + patron.id(), path + ".id", patron.id());
                known(institutions, patron.institutionId(), path + ".institutionId", "an institution id");
                for (int f = 0; f < patron.fees().size(); f++) {
                    String feeId = patron.fees().get(f).id();
                    unique(seen, "fee " + feeId, path + ".fees[" + f + "].id", feeId);
                }
                patrons.put(patron.id(), patron);
            }
            for (int i = 0; i < itemList.size(); i++) {
                Item item = itemList.get(i);
                String path = "items[" + i + "]";
                unique(seen, "item " + item.id(), path + ".id", item.id());
                known(institutions, item.ownerInstitutionId(), path + ".ownerInstitutionId", "an institution id");
                known(locations, item.permanentLocation(), path + ".permanentLocation", "a location code");
                known(locations, item.currentLocation(), path + ".currentLocation", "a location code");
                if (item.transitDestination().isPresent()) {
                    known(locations, item.transitDestination().get(), path + ".transitDestination",
                            "a location code");
                }
                if (item.chargedTo().isPresent()) {
                    known(patrons, item.chargedTo().get(), path + ".chargedTo", "a patron id");
                }
                for (int h = 0; h < item.holds().size(); h++) {
                    Hold hold = item.holds().get(h);
                    known(patrons, hold.patronId(), path + ".holds[" + h + "].patronId", "a patron id");
                    known(locations, hold.pickupLocation(), path + ".holds[" + h + "].pickupLocation",
                            "a location code");
                }
                items.put(item.id(), item);
            }
            return new InMemoryLibrary(this);
        }

        private static void unique(Map<String, String> seen, String key, String path, String id) {
            String first = seen.putIfAbsent(key, path);
            if (first != null) {
                throw new LibraryDataException(path, quote(id) + " (expected: unique; already used at " + first + ")");
            }
        }

        private static void known(Map<String, ?> map, String id, String path, String what) {
            if (!map.containsKey(id)) {
                throw new LibraryDataException(path, quote(id) + " (expected: " + what + " defined in the data)");
            }
        }

        private static String quote(String value) {
            return "\"" + value + "\"";
        }
    }
}
