package io.github.sip2kit.testkit;

import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.ItemStatusUpdateResponse;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronEnableResponse;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewAllResponse;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.RenewResponse;
import io.github.sip2kit.core.field.AlertType;
import io.github.sip2kit.core.field.CirculationStatus;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.SecurityMarker;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import io.github.sip2kit.core.field.YesNoUnknown;
import io.github.sip2kit.server.Responses;
import io.github.sip2kit.server.Sip2Session;
import io.github.sip2kit.testkit.library.CheckinResult;
import io.github.sip2kit.testkit.library.FeeCharge;
import io.github.sip2kit.testkit.library.FeeItem;
import io.github.sip2kit.testkit.library.FeePaymentResult;
import io.github.sip2kit.testkit.library.HoldResult;
import io.github.sip2kit.testkit.library.HoldTarget;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import io.github.sip2kit.testkit.library.Item;
import io.github.sip2kit.testkit.library.ItemResult;
import io.github.sip2kit.testkit.library.LoanResult;
import io.github.sip2kit.testkit.library.Patron;
import io.github.sip2kit.testkit.library.PatronHold;
import io.github.sip2kit.testkit.library.PatronResult;
import io.github.sip2kit.testkit.library.PatronSummary;
import io.github.sip2kit.testkit.library.PinCheck;
import io.github.sip2kit.testkit.library.RenewAllResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A complete SIP2 backend over an {@link InMemoryLibrary}: one public method per SC request, each with exactly the
 * signature of its handler interface in {@code io.github.sip2kit.server.spi}, so a server registers it by method
 * reference:
 * <pre>{@code
 * InMemoryLibraryBackend backend = new InMemoryLibraryBackend(InMemoryLibrary.defaultData());
 * CheckoutHandler checkout = backend::checkout;
 * CheckinHandler checkin = backend::checkin;
 * }</pre>
 *
 * <p>Each method calls the library and maps its result to the response, field by field; the library decides, the
 * backend only translates. Responses start from the {@link Responses} pre-filled builders, so the transaction date
 * comes from the session's clock ({@link Sip2Session#clock()}) and AO/AA/AB are echoed. The rules of the mapping:
 * <ul>
 *   <li><b>Patron password (AD).</b> A request that changes a patron's account (checkout, renew, renew all, hold,
 *       fee paid, patron enable) and carries a non-empty AD is refused when the AD is not the patron's PIN. An
 *       absent or empty AD is not checked: SIP2 sends {@code AD|} when the SC does not use patron passwords, and
 *       the SC is trusted through its login. Valid patron password (CQ) is sent exactly when a non-empty AD was
 *       sent; a wrong one gives CQ {@code N} and a screen message, and patron status and information are still
 *       answered in full, the SC deciding what to show.</li>
 *   <li><b>Unknown patron.</b> Patron status ({@code 24}, also for Block Patron), Patron Enable ({@code 26}) and
 *       Patron Information ({@code 64}) answer with patron status {@code YYYY} and ten blanks, an empty personal
 *       name (AE), valid patron (BL) {@code N} and, in 64, six counts of {@code 0000}.</li>
 *   <li><b>Unknown item.</b> Item Information answers {@code 010101} (circulation status other, security marker
 *       none, fee type other) with an empty title (AJ); Checkout and Renew answer ok {@code 0}, magnetic media
 *       {@code U}, desensitize {@code N}, empty AJ and AH.</li>
 *   <li><b>Dates.</b> Due dates (AH) are sent as {@code YYYYMMDD    235900}; hold expiry (BW) and hold pickup dates
 *       (CM) as 18-character dates at 23:59:00 local time.</li>
 *   <li><b>Items.</b> Magnetic media is {@code Y} for the media types audio tape ({@code 004}), video tape
 *       ({@code 005}) and book with audio tape ({@code 010}), else {@code N}. Desensitize is {@code Y} exactly when
 *       a checkout or renewal succeeds; resensitize exactly when a checkin succeeds. A checkin sets alert when the
 *       library routes the item to a hold shelf or another location (with CV alert type, CT destination, CY/DA hold
 *       patron) and when it refuses the checkin (then without CV, which SCs read as "other").</li>
 *   <li><b>Fees.</b> Checkout and Renew report fee type, currency, amount and transaction id (BT, BH, BV, BK) when a
 *       fee applies: a rental fee (also when a checkout is refused because the fee was not acknowledged with BO),
 *       else an overdue fine charged by the renewal; BK is the library's fee id.</li>
 *   <li><b>Locations.</b> A checkin happens at the current location (AP) when it names a library location, else at
 *       the session's location (the policy's, or the Login's CP).</li>
 *   <li><b>Patron Information.</b> The left-most {@code Y} among the six defined summary positions selects one list;
 *       start and end item (BP, BQ) page through it, 1-based and inclusive. Hold, overdue, charged, recall and
 *       unavailable hold items are listed by item identifier; fine items as fee id, currency, amount and
 *       description ({@code FEE-0301 USD 4.50 Overdue: …}).</li>
 * </ul>
 *
 * <p>Thread-safe: the backend holds no state of its own, and every library operation is atomic.
 */
public final class InMemoryLibraryBackend {

    /** Screen message of a request refused because its patron password (AD) is wrong. */
    public static final String WRONG_PIN = "Invalid PIN. Please try again.";

    /** Screen message of a patron request naming no patron the library knows. */
    public static final String UNKNOWN_PATRON = "Unknown patron.";

    private static final String DUE_TIME = "    235900";
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    private static final Set<String> MAGNETIC_MEDIA = Set.of(
            MediaType.AUDIO_TAPE.code(), MediaType.VIDEO_TAPE.code(), MediaType.BOOK_WITH_AUDIO_TAPE.code());
    private static final Set<PatronStatusFlag> UNKNOWN_PATRON_STATUS = Set.of(
            PatronStatusFlag.CHARGE_PRIVILEGES_DENIED,
            PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED,
            PatronStatusFlag.RECALL_PRIVILEGES_DENIED,
            PatronStatusFlag.HOLD_PRIVILEGES_DENIED);
    private static final List<SummaryItem> LISTS = List.of(
            SummaryItem.HOLD_ITEMS,
            SummaryItem.OVERDUE_ITEMS,
            SummaryItem.CHARGED_ITEMS,
            SummaryItem.FINE_ITEMS,
            SummaryItem.RECALL_ITEMS,
            SummaryItem.UNAVAILABLE_HOLDS);
    private static final int MAX_COUNT = 9999;

    private final InMemoryLibrary library;

    /**
     * Creates a backend serving a library.
     *
     * @param library the library; the backend changes it as requests arrive
     */
    public InMemoryLibraryBackend(InMemoryLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    /** {@return the library this backend serves} */
    public InMemoryLibrary library() {
        return library;
    }

    // ---------------------------------------------------------------- patrons

    /**
     * Answers Block Patron (01): blocks the card with the blocked card message (AL) as the reason, then reports the
     * patron's status.
     *
     * @param request the request
     * @param session the session it came on
     * @return a Patron Status Response (24)
     */
    public PatronStatusResponse blockPatron(BlockPatron request, Sip2Session session) {
        PatronStatusResponse.Builder response = Responses.blockPatron(request, session);
        PatronResult result = library.blockPatron(request.patronIdentifier(), request.blockedCardMessage());
        if (result.summary().isEmpty()) {
            return response.patronStatus(UNKNOWN_PATRON_STATUS).validPatron(false)
                    .addScreenMessage(result.screenMessage()).build();
        }
        fillPatronStatus(response, result.summary().get(), Optional.empty());
        return response.addScreenMessage(result.screenMessage()).build();
    }

    /**
     * Answers Patron Status Request (23).
     *
     * @param request the request
     * @param session the session it came on
     * @return a Patron Status Response (24)
     */
    public PatronStatusResponse patronStatus(PatronStatusRequest request, Sip2Session session) {
        PatronStatusResponse.Builder response = Responses.patronStatus(request, session);
        Optional<Secret> password = Optional.of(request.patronPassword());
        Optional<PatronSummary> summary = library.patronSummary(request.patronIdentifier());
        if (summary.isEmpty()) {
            response.patronStatus(UNKNOWN_PATRON_STATUS).validPatron(false);
            validPassword(request.patronIdentifier(), password).ifPresent(response::validPatronPassword);
            return response.addScreenMessage(UNKNOWN_PATRON).build();
        }
        fillPatronStatus(response, summary.get(), password);
        return response.build();
    }

    /**
     * Answers Patron Enable (25): lifts a block from the card (a lost or expired card stays so).
     *
     * @param request the request
     * @param session the session it came on
     * @return a Patron Enable Response (26)
     */
    public PatronEnableResponse patronEnable(PatronEnableRequest request, Sip2Session session) {
        PatronEnableResponse.Builder response = Responses.patronEnable(request, session);
        String patronId = request.patronIdentifier();
        Optional<Boolean> validPassword = validPassword(patronId, request.patronPassword());
        Optional<PatronSummary> summary;
        String message;
        if (validPassword.isPresent() && !validPassword.get()) {
            summary = library.patronSummary(patronId);
            message = WRONG_PIN;
        } else {
            PatronResult result = library.enablePatron(patronId);
            summary = result.summary();
            message = result.screenMessage();
        }
        if (summary.isEmpty()) {
            response.patronStatus(UNKNOWN_PATRON_STATUS).validPatron(false);
        } else {
            Patron patron = summary.get().patron();
            response.patronStatus(statusFlags(summary.get()))
                    .language(Language.of(patron.language()))
                    .personalName(patron.personalName())
                    .validPatron(true);
        }
        validPassword.ifPresent(response::validPatronPassword);
        return response.addScreenMessage(message).build();
    }

    /**
     * Answers End Patron Session (35); end session is {@code Y} for a known patron.
     *
     * @param request the request
     * @param session the session it came on
     * @return an End Session Response (36)
     */
    public EndSessionResponse endPatronSession(EndPatronSessionRequest request, Sip2Session session) {
        PatronResult result = library.endSession(request.patronIdentifier());
        return Responses.endPatronSession(request, session)
                .endSession(result.ok())
                .addScreenMessage(result.screenMessage())
                .build();
    }

    /**
     * Answers Patron Information (63) with the patron's status, the six counts, limits, fees and contact details,
     * and the one item list the summary selects, paged by BP/BQ.
     *
     * @param request the request
     * @param session the session it came on
     * @return a Patron Information Response (64)
     */
    public PatronInformationResponse patronInformation(PatronInformationRequest request, Sip2Session session) {
        PatronInformationResponse.Builder response = Responses.patronInformation(request, session);
        String patronId = request.patronIdentifier();
        Optional<Boolean> validPassword = validPassword(patronId, request.patronPassword());
        validPassword.ifPresent(response::validPatronPassword);
        Optional<PatronSummary> found = library.patronSummary(patronId);
        if (found.isEmpty()) {
            return response.patronStatus(UNKNOWN_PATRON_STATUS)
                    .holdItemsCount(0).overdueItemsCount(0).chargedItemsCount(0)
                    .fineItemsCount(0).recallItemsCount(0).unavailableHoldsCount(0)
                    .validPatron(false)
                    .addScreenMessage(UNKNOWN_PATRON)
                    .build();
        }
        PatronSummary summary = found.get();
        Patron patron = summary.patron();
        CurrencyType currency = CurrencyType.of(patron.currency());
        response.patronStatus(statusFlags(summary))
                .language(Language.of(patron.language()))
                .holdItemsCount(count(summary.availableHolds().size()))
                .overdueItemsCount(count(summary.overdueItems().size()))
                .chargedItemsCount(count(summary.chargedItems().size()))
                .fineItemsCount(count(summary.fineItems().size()))
                .recallItemsCount(count(summary.recallItems().size()))
                .unavailableHoldsCount(count(summary.unavailableHolds().size()))
                .personalName(patron.personalName())
                .holdItemsLimit(count(patron.limits().maxHolds()))
                .overdueItemsLimit(count(patron.limits().maxOverdue()))
                .chargedItemsLimit(count(patron.limits().maxCharged()))
                .validPatron(true)
                .currencyType(currency)
                .feeAmount(money(summary.totalFees()))
                .feeLimit(money(summary.feeLimit()))
                .homeAddress(patron.address())
                .emailAddress(patron.email())
                .homePhoneNumber(patron.phone());
        if (!patron.patronClass().isEmpty()) {
            response.patronClass(patron.patronClass());
        }
        Optional<SummaryItem> selected = LISTS.stream().filter(request.summary()::contains).findFirst();
        if (selected.isPresent()) {
            List<String> page = page(list(summary, selected.get()), request.startItem(), request.endItem());
            switch (selected.get()) {
                case HOLD_ITEMS:
                    response.holdItems(page);
                    break;
                case OVERDUE_ITEMS:
                    response.overdueItems(page);
                    break;
                case CHARGED_ITEMS:
                    response.chargedItems(page);
                    break;
                case FINE_ITEMS:
                    response.fineItems(page);
                    break;
                case RECALL_ITEMS:
                    response.recallItems(page);
                    break;
                default:
                    response.unavailableHoldItems(page);
                    break;
            }
        }
        patron.blockReason().ifPresent(response::addScreenMessage);
        if (validPassword.isPresent() && !validPassword.get()) {
            response.addScreenMessage(WRONG_PIN);
        }
        return response.build();
    }

    /**
     * Answers Fee Paid (37): applies the payment to the fee named by CG, or to the patron's fees oldest first. A
     * payment in another currency than the patron's, an amount that is not a positive decimal with at most two
     * decimals, or a payment type that is not two digits is refused.
     *
     * @param request the request
     * @param session the session it came on
     * @return a Fee Paid Response (38)
     */
    public FeePaidResponse feePaid(FeePaidRequest request, Sip2Session session) {
        FeePaidResponse.Builder response = Responses.feePaid(request, session);
        String patronId = request.patronIdentifier();
        if (wrongPassword(patronId, request.patronPassword())) {
            return response.paymentAccepted(false).addScreenMessage(WRONG_PIN).build();
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(request.feeAmount().strip());
        } catch (NumberFormatException e) {
            return response.paymentAccepted(false)
                    .addScreenMessage("Invalid amount " + request.feeAmount() + ".")
                    .build();
        }
        String paymentType = request.paymentType().code();
        if (!paymentType.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return response.paymentAccepted(false)
                    .addScreenMessage("Unknown payment type " + paymentType + ".")
                    .build();
        }
        Optional<Patron> patron = library.patron(patronId);
        String currency = request.currencyType().code();
        if (patron.isPresent() && !patron.get().currency().equals(currency)) {
            return response.paymentAccepted(false)
                    .addScreenMessage("Payments are accepted in " + patron.get().currency() + " only.")
                    .build();
        }
        FeePaymentResult result = library.payFee(patronId, amount, nonBlank(request.feeIdentifier()), paymentType,
                nonBlank(request.transactionId()));
        response.paymentAccepted(result.accepted());
        result.transactionId().ifPresent(response::transactionId);
        return response.addScreenMessage(result.screenMessage()).build();
    }

    // ---------------------------------------------------------------- circulation

    /**
     * Answers Checkout (11). An item the patron already has is renewed, unless the SC renewal policy is {@code N};
     * a no-block checkout, and a checkout cancelling a failed checkin (BI {@code Y}), is never refused for the
     * patron's or the item's state.
     *
     * @param request the request
     * @param session the session it came on
     * @return a Checkout Response (12)
     */
    public CheckoutResponse checkout(CheckoutRequest request, Sip2Session session) {
        CheckoutResponse.Builder response = Responses.checkout(request, session)
                .magneticMedia(YesNoUnknown.UNKNOWN)
                .desensitize(YesNoUnknown.NO);
        String patronId = request.patronIdentifier();
        String itemId = request.itemIdentifier();
        if (wrongPassword(patronId, request.patronPassword())) {
            library.item(itemId).ifPresent(item -> describe(response, item));
            return response.addScreenMessage(WRONG_PIN).build();
        }
        boolean cancel = request.cancel().orElse(false);
        Optional<Item> before = library.item(itemId);
        if (!request.scRenewalPolicy() && !cancel && !request.noBlock()
                && before.flatMap(Item::chargedTo).filter(patronId::equals).isPresent()) {
            describe(response, before.get());
            return response.renewalOk(true)
                    .addScreenMessage(before.get().title() + " is already checked out to you.")
                    .build();
        }
        LoanResult result = library.checkout(
                patronId, itemId, request.noBlock() || cancel, request.feeAcknowledged().orElse(false));
        response.ok(result.ok())
                .renewalOk(result.renewal())
                .desensitize(YesNoUnknown.of(result.ok()));
        result.item().ifPresent(item -> describe(response, item));
        result.dueDate().ifPresent(date -> response.dueDate(dueDate(date)));
        fee(result).ifPresent(fee -> response.feeType(fee.type)
                .currencyType(fee.currency)
                .feeAmount(fee.amount)
                .transactionId(fee.transactionId));
        return response.addScreenMessage(result.screenMessage()).build();
    }

    /**
     * Answers Checkin (09), at the location described in the class comment, on the return date when the request
     * has one.
     *
     * @param request the request
     * @param session the session it came on
     * @return a Checkin Response (10)
     */
    public CheckinResponse checkin(CheckinRequest request, Sip2Session session) {
        String location = request.currentLocation();
        if (library.location(location).isEmpty()) {
            location = session.locationCode().orElse(location);
        }
        Optional<LocalDate> returned = request.returnDate().localDateTime().map(LocalDateTime::toLocalDate);
        CheckinResult result = library.checkin(request.itemIdentifier(), location, returned);
        CheckinResponse.Builder response = Responses.checkin(request, session)
                .ok(result.ok())
                .resensitize(result.ok())
                .magneticMedia(magneticMedia(result.item()))
                .alert(!result.ok() || result.alert().isPresent());
        result.item().ifPresent(item -> {
            response.permanentLocation(item.permanentLocation())
                    .titleIdentifier(item.title())
                    .mediaType(MediaType.of(item.mediaType()))
                    .itemProperties(nonEmpty(item.properties()))
                    .collectionCode(nonEmpty(item.collectionCode()))
                    .callNumber(nonEmpty(item.callNumber()));
        });
        response.patronIdentifier(result.previousPatronId())
                .destinationLocation(result.destinationLocation())
                .alertType(result.alert().map(alert -> AlertType.of(alert.code())))
                .holdPatronId(result.holdPatronId())
                .holdPatronName(result.holdPatronId().flatMap(library::patron).map(Patron::personalName));
        return response.addScreenMessage(result.screenMessage()).build();
    }

    /**
     * Answers Renew (29). The item is named by AB, or by a title (AJ) of an item the patron has checked out.
     *
     * @param request the request
     * @param session the session it came on
     * @return a Renew Response (30)
     */
    public RenewResponse renew(RenewRequest request, Sip2Session session) {
        RenewResponse.Builder response = Responses.renew(request, session)
                .magneticMedia(YesNoUnknown.UNKNOWN)
                .desensitize(YesNoUnknown.NO);
        String patronId = request.patronIdentifier();
        Optional<String> itemId = nonBlank(request.itemIdentifier());
        Optional<String> title = nonBlank(request.titleIdentifier());
        if (itemId.isEmpty() && title.isPresent()) {
            itemId = library.patronSummary(patronId).stream()
                    .flatMap(summary -> summary.chargedItems().stream())
                    .filter(item -> item.title().strip().equalsIgnoreCase(title.get().strip()))
                    .map(Item::id)
                    .findFirst();
        }
        if (wrongPassword(patronId, request.patronPassword())) {
            itemId.flatMap(library::item).ifPresent(item -> describe(response, item));
            return response.addScreenMessage(WRONG_PIN).build();
        }
        if (itemId.isEmpty()) {
            return response.addScreenMessage(title.isPresent()
                    ? title.get() + " is not checked out to you."
                    : "Please name the item to renew.").build();
        }
        LoanResult result = library.renew(patronId, itemId.get());
        response.ok(result.ok())
                .renewalOk(result.renewal())
                .desensitize(YesNoUnknown.of(result.ok()));
        result.item().ifPresent(item -> describe(response, item));
        result.dueDate().ifPresent(date -> response.dueDate(dueDate(date)));
        fee(result).ifPresent(fee -> response.feeType(fee.type)
                .currencyType(fee.currency)
                .feeAmount(fee.amount)
                .transactionId(fee.transactionId));
        return response.addScreenMessage(result.screenMessage()).build();
    }

    /**
     * Answers Renew All (65): renewed items (BM) and items not renewed (BN) by item identifier.
     *
     * @param request the request
     * @param session the session it came on
     * @return a Renew All Response (66)
     */
    public RenewAllResponse renewAll(RenewAllRequest request, Sip2Session session) {
        RenewAllResponse.Builder response = Responses.renewAll(request, session).renewedCount(0).unrenewedCount(0);
        String patronId = request.patronIdentifier();
        if (wrongPassword(patronId, request.patronPassword())) {
            return response.addScreenMessage(WRONG_PIN).build();
        }
        RenewAllResult result = library.renewAll(patronId);
        response.ok(result.ok())
                .renewedCount(count(result.renewed().size()))
                .unrenewedCount(count(result.unrenewed().size()));
        result.renewed().forEach(renewed -> response.addRenewedItem(renewed.itemId()));
        result.unrenewed().forEach(unrenewed -> response.addUnrenewedItem(unrenewed.itemId()));
        return response.addScreenMessage(result.screenMessage()).build();
    }

    /**
     * Answers Hold (15): hold mode {@code +} places a hold, {@code -} cancels it, {@code *} changes its pickup
     * location (BS) or expiry date (BW). The hold is on the item AB, else on any copy of the title AJ; the hold
     * type (BY) is the library's choice (a specific copy for AB, any copy for AJ).
     *
     * @param request the request
     * @param session the session it came on
     * @return a Hold Response (16)
     */
    public HoldResponse hold(HoldRequest request, Sip2Session session) {
        HoldResponse.Builder response = Responses.hold(request, session);
        String patronId = request.patronIdentifier();
        if (wrongPassword(patronId, request.patronPassword())) {
            return response.addScreenMessage(WRONG_PIN).build();
        }
        Optional<String> itemId = nonBlank(request.itemIdentifier());
        Optional<String> title = nonBlank(request.titleIdentifier());
        if (itemId.isEmpty() && title.isEmpty()) {
            return response.addScreenMessage("Please name an item or a title.").build();
        }
        HoldTarget target = itemId.isPresent() ? HoldTarget.item(itemId.get()) : HoldTarget.title(title.get());
        Optional<String> pickup = nonBlank(request.pickupLocation());
        Optional<LocalDate> expiry = request.expirationDate()
                .flatMap(Sip2Timestamp::localDateTime)
                .map(LocalDateTime::toLocalDate);
        HoldMode mode = request.holdMode();
        HoldResult result;
        if (mode.equals(HoldMode.ADD)) {
            result = library.placeHold(patronId, target, pickup, expiry);
        } else if (mode.equals(HoldMode.DELETE)) {
            result = library.cancelHold(patronId, target);
        } else if (mode.equals(HoldMode.CHANGE)) {
            result = library.changeHold(patronId, target, pickup, expiry);
        } else {
            return response.addScreenMessage("Unknown hold mode " + mode.code() + ".").build();
        }
        response.ok(result.ok()).available(result.available());
        result.expiryDate().ifPresent(date -> response.expirationDate(endOfDay(date)));
        if (result.queuePosition() > 0) {
            response.queuePosition(Integer.toString(result.queuePosition()));
        }
        response.pickupLocation(result.pickupLocation());
        result.item().ifPresent(item -> response.itemIdentifier(item.id()).titleIdentifier(item.title()));
        return response.addScreenMessage(result.screenMessage()).build();
    }

    // ---------------------------------------------------------------- items

    /**
     * Answers Item Information (17).
     *
     * @param request the request
     * @param session the session it came on
     * @return an Item Information Response (18)
     */
    public ItemInformationResponse itemInformation(ItemInformationRequest request, Sip2Session session) {
        ItemInformationResponse.Builder response = Responses.itemInformation(request, session);
        Optional<Item> found = library.item(request.itemIdentifier());
        if (found.isEmpty()) {
            return response.circulationStatus(CirculationStatus.OTHER)
                    .securityMarker(SecurityMarker.NONE)
                    .feeType(FeeType.OTHER_UNKNOWN)
                    .titleIdentifier("")
                    .addScreenMessage("Unknown item.")
                    .build();
        }
        Item item = found.get();
        response.circulationStatus(CirculationStatus.of(item.status().code()))
                .securityMarker(SecurityMarker.of(item.securityMarker()))
                .feeType(FeeType.of(item.feeType().code()))
                .holdQueueLength(Integer.toString(item.holds().size()))
                .dueDate(item.dueDate().map(InMemoryLibraryBackend::dueDate))
                .titleIdentifier(item.title())
                .owner(item.ownerInstitutionId())
                .mediaType(MediaType.of(item.mediaType()))
                .permanentLocation(item.permanentLocation())
                .currentLocation(item.currentLocation())
                .itemProperties(nonEmpty(item.properties()))
                .collectionCode(nonEmpty(item.collectionCode()))
                .callNumber(nonEmpty(item.callNumber()))
                .destinationLocation(item.transitDestination());
        if (!item.holds().isEmpty()) {
            item.holds().get(0).pickupByDate().ifPresent(date -> response.holdPickupDate(endOfDay(date)));
        }
        item.rentalFee().ifPresent(fee -> response.currencyType(CurrencyType.of(library.policy().currency()))
                .feeAmount(money(fee)));
        return response.build();
    }

    /**
     * Answers Item Status Update (19): stores the item properties (CH).
     *
     * @param request the request
     * @param session the session it came on
     * @return an Item Status Update Response (20)
     */
    public ItemStatusUpdateResponse itemStatusUpdate(ItemStatusUpdateRequest request, Sip2Session session) {
        ItemResult result = library.updateItemProperties(request.itemIdentifier(), request.itemProperties());
        ItemStatusUpdateResponse.Builder response = Responses.itemStatusUpdate(request, session)
                .itemPropertiesOk(result.ok());
        result.item().ifPresent(item -> response.titleIdentifier(item.title())
                .itemProperties(nonEmpty(item.properties())));
        return response.addScreenMessage(result.screenMessage()).build();
    }

    // ---------------------------------------------------------------- mapping helpers

    private void fillPatronStatus(
            PatronStatusResponse.Builder response, PatronSummary summary, Optional<Secret> password) {
        Patron patron = summary.patron();
        response.patronStatus(statusFlags(summary))
                .language(Language.of(patron.language()))
                .personalName(patron.personalName())
                .validPatron(true)
                .currencyType(CurrencyType.of(patron.currency()))
                .feeAmount(money(summary.totalFees()))
                .homeAddress(patron.address())
                .emailAddress(patron.email())
                .homePhoneNumber(patron.phone());
        Optional<Boolean> validPassword = validPassword(patron.id(), password);
        validPassword.ifPresent(response::validPatronPassword);
        patron.blockReason().ifPresent(response::addScreenMessage);
        if (validPassword.isPresent() && !validPassword.get()) {
            response.addScreenMessage(WRONG_PIN);
        }
    }

    private static Set<PatronStatusFlag> statusFlags(PatronSummary summary) {
        Set<PatronStatusFlag> flags = EnumSet.noneOf(PatronStatusFlag.class);
        for (var flag : summary.statusFlags()) {
            flags.add(PatronStatusFlag.valueOf(flag.name()));
        }
        return flags;
    }

    /**
     * {@return whether the request carries a non-empty patron password that is not the PIN of a known patron} An
     * unknown patron is left to the library, which refuses it as such.
     */
    private boolean wrongPassword(String patronId, Optional<Secret> password) {
        return pinCheck(patronId, password).filter(check -> check == PinCheck.INVALID).isPresent();
    }

    /** {@return the valid patron password (CQ) answer: empty when no non-empty password was sent} */
    private Optional<Boolean> validPassword(String patronId, Optional<Secret> password) {
        return pinCheck(patronId, password).map(PinCheck::pinValid);
    }

    private Optional<PinCheck> pinCheck(String patronId, Optional<Secret> password) {
        if (password.isEmpty() || password.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(library.checkPin(patronId, password.get().reveal()));
    }

    private static void describe(CheckoutResponse.Builder response, Item item) {
        response.titleIdentifier(item.title())
                .magneticMedia(magneticMedia(Optional.of(item)))
                .mediaType(MediaType.of(item.mediaType()))
                .itemProperties(nonEmpty(item.properties()));
    }

    private static void describe(RenewResponse.Builder response, Item item) {
        response.itemIdentifier(item.id())
                .titleIdentifier(item.title())
                .magneticMedia(magneticMedia(Optional.of(item)))
                .mediaType(MediaType.of(item.mediaType()))
                .itemProperties(nonEmpty(item.properties()));
    }

    private static YesNoUnknown magneticMedia(Optional<Item> item) {
        return item.map(i -> YesNoUnknown.of(MAGNETIC_MEDIA.contains(i.mediaType()))).orElse(YesNoUnknown.UNKNOWN);
    }

    /** The fee fields of a checkout or renew response. */
    private static final class Fee {
        final FeeType type;
        final CurrencyType currency;
        final String amount;
        final Optional<String> transactionId;

        Fee(String type, String currency, BigDecimal amount, Optional<String> transactionId) {
            this.type = FeeType.of(type);
            this.currency = CurrencyType.of(currency);
            this.amount = money(amount);
            this.transactionId = transactionId;
        }
    }

    private Optional<Fee> fee(LoanResult result) {
        if (result.fee().isPresent()) {
            FeeCharge charge = result.fee().get();
            return Optional.of(new Fee(charge.type().code(), charge.currency(), charge.amount(), charge.feeId()));
        }
        if (result.overdueFine().isPresent()) {
            FeeItem fine = result.overdueFine().get();
            String currency = result.patron().map(Patron::currency).orElse(library.policy().currency());
            return Optional.of(new Fee(fine.type().code(), currency, fine.amount(), Optional.of(fine.id())));
        }
        return Optional.empty();
    }

    private static List<String> list(PatronSummary summary, SummaryItem selected) {
        List<String> entries = new ArrayList<>();
        switch (selected) {
            case HOLD_ITEMS:
                summary.availableHolds().forEach(hold -> entries.add(hold.item().id()));
                break;
            case OVERDUE_ITEMS:
                summary.overdueItems().forEach(item -> entries.add(item.id()));
                break;
            case CHARGED_ITEMS:
                summary.chargedItems().forEach(item -> entries.add(item.id()));
                break;
            case FINE_ITEMS:
                String currency = summary.patron().currency();
                summary.fineItems().forEach(fee -> entries.add(
                        fee.id() + " " + currency + " " + money(fee.amount()) + " " + fee.description()));
                break;
            case RECALL_ITEMS:
                summary.recallItems().forEach(item -> entries.add(item.id()));
                break;
            default:
                for (PatronHold hold : summary.unavailableHolds()) {
                    entries.add(hold.item().id());
                }
                break;
        }
        return entries;
    }

    /** Pages a list by start and end item (BP, BQ): 1-based, inclusive, clamped to the list. */
    private static List<String> page(List<String> entries, Optional<String> start, Optional<String> end) {
        int from = position(start).orElse(1);
        int to = position(end).orElse(entries.size());
        from = Math.max(from, 1);
        to = Math.min(to, entries.size());
        return from > to ? List.of() : entries.subList(from - 1, to);
    }

    private static OptionalInt position(Optional<String> text) {
        String digits = text.map(String::strip).orElse("");
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }

    private static int count(int value) {
        return Math.min(value, MAX_COUNT);
    }

    private static String dueDate(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE) + DUE_TIME;
    }

    private static Sip2Timestamp endOfDay(LocalDate date) {
        return Sip2Timestamp.of(date.atTime(END_OF_DAY));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Optional<String> nonEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return text.filter(value -> !value.isBlank());
    }
}
