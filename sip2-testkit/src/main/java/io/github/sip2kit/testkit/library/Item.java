package io.github.sip2kit.testkit.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of an item (one physical copy). The library hands out snapshots; changing the library never
 * changes a snapshot already returned.
 *
 * <p>The components are consistent with each other: an item has a borrower and a due date exactly when its
 * status {@linkplain CirculationStatus#isCharged() is a charged one}, a transit destination exactly when it is
 * {@link CirculationStatus#IN_TRANSIT}, and a first hold that is {@linkplain Hold#isReady() ready} exactly
 * when it is {@link CirculationStatus#WAITING_ON_HOLD_SHELF}.
 *
 * @param id the item identifier (barcode), SIP2's {@code AB}; not blank
 * @param title the title, SIP2's {@code AJ}; not blank
 * @param author the author; may be empty
 * @param ownerInstitutionId the id of the institution owning the item, SIP2's owner ({@code BG}); not blank
 * @param permanentLocation the code of the location the item belongs to, SIP2's {@code AQ}; not blank
 * @param currentLocation the code of the location the item was last seen at, SIP2's {@code AP}; not blank
 * @param mediaType the SIP2 media type code, 3 digits ({@code "001"} book, {@code "006"} CD, ...)
 * @param callNumber the call number; may be empty
 * @param collectionCode the collection code; may be empty
 * @param status the circulation status
 * @param securityMarker the SIP2 security marker code, 2 digits ({@code "02"} Tattle-Tape, ...)
 * @param properties the free-text item properties, SIP2's {@code CH}; may be empty
 * @param chargedTo the identifier of the patron who has the item checked out; present exactly when charged
 * @param dueDate the day the item is due back; present exactly when charged
 * @param renewals how often the current loan has been renewed; at least 0
 * @param maxRenewals how often a loan may be renewed; at least 0
 * @param loanPeriodDays the length of a loan or renewal in days; at least 1
 * @param rentalFee the fee charged for each checkout, if the item is rented out; more than 0
 * @param transitDestination the code of the location the item travels to; present exactly when in transit
 * @param holds the hold queue, first patron first; no patron appears twice, nor the current borrower
 */
public record Item(
        String id,
        String title,
        String author,
        String ownerInstitutionId,
        String permanentLocation,
        String currentLocation,
        String mediaType,
        String callNumber,
        String collectionCode,
        CirculationStatus status,
        String securityMarker,
        String properties,
        Optional<String> chargedTo,
        Optional<LocalDate> dueDate,
        int renewals,
        int maxRenewals,
        int loanPeriodDays,
        Optional<BigDecimal> rentalFee,
        Optional<String> transitDestination,
        List<Hold> holds) {

    /**
     * Checks the components and their consistency, copies the hold queue and scales the rental fee to two
     * decimals.
     *
     * @param id the item identifier (barcode), SIP2's {@code AB}; not blank
     * @param title the title, SIP2's {@code AJ}; not blank
     * @param author the author; may be empty
     * @param ownerInstitutionId the id of the institution owning the item, SIP2's owner ({@code BG}); not blank
     * @param permanentLocation the code of the location the item belongs to, SIP2's {@code AQ}; not blank
     * @param currentLocation the code of the location the item was last seen at, SIP2's {@code AP}; not blank
     * @param mediaType the SIP2 media type code, 3 digits ({@code "001"} book, {@code "006"} CD, ...)
     * @param callNumber the call number; may be empty
     * @param collectionCode the collection code; may be empty
     * @param status the circulation status
     * @param securityMarker the SIP2 security marker code, 2 digits ({@code "02"} Tattle-Tape, ...)
     * @param properties the free-text item properties, SIP2's {@code CH}; may be empty
     * @param chargedTo the identifier of the patron who has the item checked out; present exactly when charged
     * @param dueDate the day the item is due back; present exactly when charged
     * @param renewals how often the current loan has been renewed; at least 0
     * @param maxRenewals how often a loan may be renewed; at least 0
     * @param loanPeriodDays the length of a loan or renewal in days; at least 1
     * @param rentalFee the fee charged for each checkout, if the item is rented out; more than 0
     * @param transitDestination the code of the location the item travels to; present exactly when in transit
     * @param holds the hold queue, first patron first; no patron appears twice, nor the current borrower
     * @throws IllegalArgumentException if a component is out of range or the components contradict each other
     */
    public Item {
        Checks.notBlank(id, "id");
        Checks.notBlank(title, "title");
        Objects.requireNonNull(author, "author");
        Checks.notBlank(ownerInstitutionId, "ownerInstitutionId");
        Checks.notBlank(permanentLocation, "permanentLocation");
        Checks.notBlank(currentLocation, "currentLocation");
        Checks.digits(mediaType, 3, "mediaType");
        Objects.requireNonNull(callNumber, "callNumber");
        Objects.requireNonNull(collectionCode, "collectionCode");
        Objects.requireNonNull(status, "status");
        Checks.digits(securityMarker, 2, "securityMarker");
        Objects.requireNonNull(properties, "properties");
        Checks.optional(chargedTo, "chargedTo");
        Checks.optional(dueDate, "dueDate");
        Checks.atLeast(renewals, 0, "renewals");
        Checks.atLeast(maxRenewals, 0, "maxRenewals");
        Checks.atLeast(loanPeriodDays, 1, "loanPeriodDays");
        rentalFee = Checks.optional(rentalFee, "rentalFee").map(fee -> Checks.positiveMoney(fee, "rentalFee"));
        Checks.optional(transitDestination, "transitDestination");
        holds = List.copyOf(holds);

        String state = " when status is " + status;
        if (chargedTo.isPresent() != status.isCharged()) {
            throw new IllegalArgumentException("chargedTo: " + (chargedTo.isPresent() ? chargedTo.get() : "absent")
                    + " (expected: " + (status.isCharged() ? "present" : "absent") + state + ")");
        }
        if (dueDate.isPresent() != status.isCharged()) {
            throw new IllegalArgumentException("dueDate: " + (dueDate.isPresent() ? dueDate.get() : "absent")
                    + " (expected: " + (status.isCharged() ? "present" : "absent") + state + ")");
        }
        boolean inTransit = status == CirculationStatus.IN_TRANSIT;
        if (transitDestination.isPresent() != inTransit) {
            throw new IllegalArgumentException("transitDestination: "
                    + (transitDestination.isPresent() ? transitDestination.get() : "absent")
                    + " (expected: " + (inTransit ? "present" : "absent") + state + ")");
        }
        boolean onShelf = status == CirculationStatus.WAITING_ON_HOLD_SHELF;
        if (onShelf && (holds.isEmpty() || !holds.get(0).isReady())) {
            throw new IllegalArgumentException(
                    "holds: " + (holds.isEmpty() ? "empty" : "first hold has no pickupByDate")
                            + " (expected: a first hold with a pickupByDate" + state + ")");
        }
        Set<String> waiting = new HashSet<>();
        for (int i = 0; i < holds.size(); i++) {
            Hold hold = holds.get(i);
            if (hold.isReady() && (i > 0 || !onShelf)) {
                throw new IllegalArgumentException("holds[" + i + "].pickupByDate: " + hold.pickupByDate().get()
                        + " (expected: only on the first hold of an item that is WAITING_ON_HOLD_SHELF)");
            }
            if (!waiting.add(hold.patronId())) {
                throw new IllegalArgumentException("holds[" + i + "].patronId: " + hold.patronId()
                        + " (expected: each patron at most once in the queue)");
            }
            if (chargedTo.isPresent() && chargedTo.get().equals(hold.patronId())) {
                throw new IllegalArgumentException("holds[" + i + "].patronId: " + hold.patronId()
                        + " (expected: not the patron who has the item checked out)");
            }
        }
    }

    /** {@return true when the item is checked out} */
    public boolean isCharged() {
        return chargedTo.isPresent();
    }

    /**
     * {@return true when the item is checked out and its due date lies before the given day}
     *
     * @param today the current day
     */
    public boolean isOverdue(LocalDate today) {
        return dueDate.isPresent() && dueDate.get().isBefore(today);
    }

    /**
     * {@return the 1-based position of the patron in the hold queue, or 0 when the patron has no hold on it}
     *
     * @param patronId the patron identifier
     */
    public int queuePosition(String patronId) {
        for (int i = 0; i < holds.size(); i++) {
            if (holds.get(i).patronId().equals(patronId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * {@return the fee type SIP2's item information reports for this item: {@link FeeType#RENTAL} for an item with
     * a rental fee, else {@link FeeType#OTHER}}
     */
    public FeeType feeType() {
        return rentalFee.isPresent() ? FeeType.RENTAL : FeeType.OTHER;
    }

    /**
     * {@return a builder for an available item}
     *
     * <p>Defaults: author empty, owner {@code "MAIN"}, permanent and current location {@code "MAIN"} (current
     * follows permanent until set), media type {@code "001"} (book), empty call number, collection and properties,
     * {@link CirculationStatus#AVAILABLE}, security marker {@code "02"}, not charged, 0 of 3 renewals, a 21-day
     * loan, no rental fee, no holds.
     *
     * @param id the item identifier
     * @param title the title
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** {@return a builder holding this item's values} */
    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.author = author;
        b.ownerInstitutionId = ownerInstitutionId;
        b.permanentLocation = permanentLocation;
        b.currentLocation = currentLocation;
        b.mediaType = mediaType;
        b.callNumber = callNumber;
        b.collectionCode = collectionCode;
        b.status = status;
        b.securityMarker = securityMarker;
        b.properties = properties;
        b.chargedTo = chargedTo;
        b.dueDate = dueDate;
        b.renewals = renewals;
        b.maxRenewals = maxRenewals;
        b.loanPeriodDays = loanPeriodDays;
        b.rentalFee = rentalFee;
        b.transitDestination = transitDestination;
        b.holds = new ArrayList<>(holds);
        return b;
    }

    /** Builds {@link Item} values; not thread-safe. */
    public static final class Builder {
        private String id;
        private String title;
        private String author = "";
        private String ownerInstitutionId = "MAIN";
        private String permanentLocation = "MAIN";
        private String currentLocation;
        private String mediaType = "001";
        private String callNumber = "";
        private String collectionCode = "";
        private CirculationStatus status = CirculationStatus.AVAILABLE;
        private String securityMarker = "02";
        private String properties = "";
        private Optional<String> chargedTo = Optional.empty();
        private Optional<LocalDate> dueDate = Optional.empty();
        private int renewals;
        private int maxRenewals = 3;
        private int loanPeriodDays = 21;
        private Optional<BigDecimal> rentalFee = Optional.empty();
        private Optional<String> transitDestination = Optional.empty();
        private List<Hold> holds = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the item identifier.
         *
         * @param value the identifier
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the author.
         *
         * @param value the author, may be empty
         * @return this builder
         */
        public Builder author(String value) {
            this.author = value;
            return this;
        }

        /**
         * Sets the owning institution.
         *
         * @param value the institution id
         * @return this builder
         */
        public Builder ownerInstitutionId(String value) {
            this.ownerInstitutionId = value;
            return this;
        }

        /**
         * Sets the permanent location.
         *
         * @param value the location code
         * @return this builder
         */
        public Builder permanentLocation(String value) {
            this.permanentLocation = value;
            return this;
        }

        /**
         * Sets the current location; until this is called it follows the permanent location.
         *
         * @param value the location code
         * @return this builder
         */
        public Builder currentLocation(String value) {
            this.currentLocation = value;
            return this;
        }

        /**
         * Sets the media type.
         *
         * @param value 3 digits
         * @return this builder
         */
        public Builder mediaType(String value) {
            this.mediaType = value;
            return this;
        }

        /**
         * Sets the call number.
         *
         * @param value the call number, may be empty
         * @return this builder
         */
        public Builder callNumber(String value) {
            this.callNumber = value;
            return this;
        }

        /**
         * Sets the collection code.
         *
         * @param value the collection code, may be empty
         * @return this builder
         */
        public Builder collectionCode(String value) {
            this.collectionCode = value;
            return this;
        }

        /**
         * Sets the circulation status.
         *
         * @param value the status
         * @return this builder
         */
        public Builder status(CirculationStatus value) {
            this.status = value;
            return this;
        }

        /**
         * Sets the security marker.
         *
         * @param value 2 digits
         * @return this builder
         */
        public Builder securityMarker(String value) {
            this.securityMarker = value;
            return this;
        }

        /**
         * Sets the item properties.
         *
         * @param value free text, may be empty
         * @return this builder
         */
        public Builder properties(String value) {
            this.properties = value;
            return this;
        }

        /**
         * Marks the item checked out: sets the status to {@link CirculationStatus#CHARGED}, the borrower and the
         * due date.
         *
         * @param patronId the borrower
         * @param due the due date
         * @return this builder
         */
        public Builder charged(String patronId, LocalDate due) {
            this.status = CirculationStatus.CHARGED;
            this.chargedTo = Optional.of(patronId);
            this.dueDate = Optional.of(due);
            this.transitDestination = Optional.empty();
            return this;
        }

        /**
         * Sets the borrower.
         *
         * @param value the patron identifier, or {@code null} for none
         * @return this builder
         */
        public Builder chargedTo(String value) {
            this.chargedTo = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the due date.
         *
         * @param value the due date, or {@code null} for none
         * @return this builder
         */
        public Builder dueDate(LocalDate value) {
            this.dueDate = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets how often the current loan has been renewed.
         *
         * @param value the count
         * @return this builder
         */
        public Builder renewals(int value) {
            this.renewals = value;
            return this;
        }

        /**
         * Sets how often a loan may be renewed.
         *
         * @param value the limit
         * @return this builder
         */
        public Builder maxRenewals(int value) {
            this.maxRenewals = value;
            return this;
        }

        /**
         * Sets the loan period.
         *
         * @param value days
         * @return this builder
         */
        public Builder loanPeriodDays(int value) {
            this.loanPeriodDays = value;
            return this;
        }

        /**
         * Sets the rental fee.
         *
         * @param value the fee, or {@code null} for none
         * @return this builder
         */
        public Builder rentalFee(BigDecimal value) {
            this.rentalFee = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the transit destination.
         *
         * @param value the location code, or {@code null} for none
         * @return this builder
         */
        public Builder transitDestination(String value) {
            this.transitDestination = Optional.ofNullable(value);
            return this;
        }

        /**
         * Replaces the hold queue.
         *
         * @param value the holds, first patron first
         * @return this builder
         */
        public Builder holds(List<Hold> value) {
            this.holds = new ArrayList<>(value);
            return this;
        }

        /**
         * Adds a hold at the end of the queue.
         *
         * @param value the hold
         * @return this builder
         */
        public Builder addHold(Hold value) {
            this.holds.add(Objects.requireNonNull(value, "hold"));
            return this;
        }

        /**
         * {@return the item}
         *
         * @throws IllegalArgumentException if a value is out of range or the values contradict each other
         */
        public Item build() {
            return new Item(id, title, author, ownerInstitutionId, permanentLocation,
                    currentLocation == null ? permanentLocation : currentLocation, mediaType, callNumber,
                    collectionCode, status, securityMarker, properties, chargedTo, dueDate, renewals, maxRenewals,
                    loanPeriodDays, rentalFee, transitDestination, holds);
        }
    }
}
