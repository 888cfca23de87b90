package io.github.sip2kit.testkit;

import io.github.sip2kit.core.AcsStatus;
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
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
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
import io.github.sip2kit.core.RequestAcsResend;
import io.github.sip2kit.core.RequestScResend;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.core.field.CirculationStatus;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.ScStatusCode;
import io.github.sip2kit.core.field.SecurityMarker;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.YesNoUnknown;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builders pre-filled with valid values, one for each of the 31 message types: a fixture built without further
 * arguments is a valid message that every codec, strict or lenient, encodes and decodes back to an equal record. Set
 * only what a test is about and keep the rest:
 *
 * <pre>{@code
 * CheckoutRequest request = Sip2Fixtures.checkoutRequest().itemIdentifier("ITM-0007").build();
 * Sip2Message any = Sip2Fixtures.of(MessageType.RENEW_RESPONSE);
 * }</pre>
 *
 * <p>The static methods always give the same values, taken from the demo data set of
 * {@link io.github.sip2kit.testkit.library.InMemoryLibrary#defaultData()}: institution {@value #INSTITUTION_ID},
 * patron {@value #PATRON_IDENTIFIER} with PIN {@value #PATRON_PASSWORD}, item {@value #ITEM_IDENTIFIER} ("{@value
 * #TITLE_IDENTIFIER}"), terminal account {@value #LOGIN_USER_ID}, an empty terminal password, and the transaction date
 * {@link #TRANSACTION_DATE}; the outcome flags say yes (ok, valid patron; a checkout is a new loan, so renewal ok is no) and dates are in local time. A
 * {@link #seeded(long) seeded} sequence varies the identifiers, names and dates instead, the same way for the same
 * seed. Fixtures hold only ASCII text, so every charset encodes them, and no unknown fields; for edge cases use
 * {@link Sip2Generators}.
 *
 * <p>The static methods are thread-safe; each call returns a new builder.
 */
public final class Sip2Fixtures {

    /** The transaction date of the default fixtures: 15 January 2024, 10:30:00 local time. */
    public static final Sip2Timestamp TRANSACTION_DATE = Sip2Timestamp.of(LocalDateTime.of(2024, 1, 15, 10, 30));

    /** The due date of the default fixtures (AH, as its 18-character text): 29 January 2024, 23:59:59. */
    public static final Sip2Timestamp DUE_DATE = Sip2Timestamp.of(LocalDateTime.of(2024, 1, 29, 23, 59, 59));

    /** The institution id (AO) of the default fixtures. */
    public static final String INSTITUTION_ID = "MAIN";

    /** The location of the default fixtures: current location (AP), permanent location (AQ), pickup location (BS). */
    public static final String LOCATION = "MAIN-ADULT";

    /** The patron identifier (AA) of the default fixtures. */
    public static final String PATRON_IDENTIFIER = "PAT-0001";

    /** The patron password (AD) of the default fixtures. */
    public static final String PATRON_PASSWORD = "1111";

    /** The patron's name (AE) of the default fixtures. */
    public static final String PERSONAL_NAME = "Alice Example";

    /** The item identifier (AB) of the default fixtures. */
    public static final String ITEM_IDENTIFIER = "ITM-0001";

    /** The title identifier (AJ) of the default fixtures. */
    public static final String TITLE_IDENTIFIER = "The Example Handbook";

    /** The login user id (CN) of the default Login (93) fixture. */
    public static final String LOGIN_USER_ID = "kiosk1";

    /** The login password (CO) of the default Login (93) fixture. */
    public static final String LOGIN_PASSWORD = "kiosk1-pass";

    private static final Seeded DEFAULTS = new Seeded(null);

    private Sip2Fixtures() {
    }

    /**
     * {@return a sequence of fixtures whose identifiers, names and dates are drawn from {@code seed}} The same seed
     * gives the same sequence of values on every run; each call on the sequence takes the next values.
     *
     * @param seed the seed
     */
    public static Seeded seeded(long seed) {
        return new Seeded(new SplittableRandom(seed));
    }

    /**
     * {@return the default fixture of the given type, built}
     *
     * @param type the message type
     */
    public static Sip2Message of(MessageType type) {
        return DEFAULTS.of(type);
    }

    /** {@return a Block Patron (01) builder with the default values} */
    public static BlockPatron.Builder blockPatron() {
        return DEFAULTS.blockPatron();
    }

    /** {@return a Checkin (09) builder with the default values} */
    public static CheckinRequest.Builder checkinRequest() {
        return DEFAULTS.checkinRequest();
    }

    /** {@return a Checkin Response (10) builder with the default values} */
    public static CheckinResponse.Builder checkinResponse() {
        return DEFAULTS.checkinResponse();
    }

    /** {@return a Checkout (11) builder with the default values} */
    public static CheckoutRequest.Builder checkoutRequest() {
        return DEFAULTS.checkoutRequest();
    }

    /** {@return a Checkout Response (12) builder with the default values} */
    public static CheckoutResponse.Builder checkoutResponse() {
        return DEFAULTS.checkoutResponse();
    }

    /** {@return a Hold (15) builder with the default values} */
    public static HoldRequest.Builder holdRequest() {
        return DEFAULTS.holdRequest();
    }

    /** {@return a Hold Response (16) builder with the default values} */
    public static HoldResponse.Builder holdResponse() {
        return DEFAULTS.holdResponse();
    }

    /** {@return a Item Information (17) builder with the default values} */
    public static ItemInformationRequest.Builder itemInformationRequest() {
        return DEFAULTS.itemInformationRequest();
    }

    /** {@return a Item Information Response (18) builder with the default values} */
    public static ItemInformationResponse.Builder itemInformationResponse() {
        return DEFAULTS.itemInformationResponse();
    }

    /** {@return a Item Status Update (19) builder with the default values} */
    public static ItemStatusUpdateRequest.Builder itemStatusUpdateRequest() {
        return DEFAULTS.itemStatusUpdateRequest();
    }

    /** {@return a Item Status Update Response (20) builder with the default values} */
    public static ItemStatusUpdateResponse.Builder itemStatusUpdateResponse() {
        return DEFAULTS.itemStatusUpdateResponse();
    }

    /** {@return a Patron Status Request (23) builder with the default values} */
    public static PatronStatusRequest.Builder patronStatusRequest() {
        return DEFAULTS.patronStatusRequest();
    }

    /** {@return a Patron Status Response (24) builder with the default values} */
    public static PatronStatusResponse.Builder patronStatusResponse() {
        return DEFAULTS.patronStatusResponse();
    }

    /** {@return a Patron Enable (25) builder with the default values} */
    public static PatronEnableRequest.Builder patronEnableRequest() {
        return DEFAULTS.patronEnableRequest();
    }

    /** {@return a Patron Enable Response (26) builder with the default values} */
    public static PatronEnableResponse.Builder patronEnableResponse() {
        return DEFAULTS.patronEnableResponse();
    }

    /** {@return a Renew (29) builder with the default values} */
    public static RenewRequest.Builder renewRequest() {
        return DEFAULTS.renewRequest();
    }

    /** {@return a Renew Response (30) builder with the default values} */
    public static RenewResponse.Builder renewResponse() {
        return DEFAULTS.renewResponse();
    }

    /** {@return a End Patron Session (35) builder with the default values} */
    public static EndPatronSessionRequest.Builder endPatronSessionRequest() {
        return DEFAULTS.endPatronSessionRequest();
    }

    /** {@return a End Session Response (36) builder with the default values} */
    public static EndSessionResponse.Builder endSessionResponse() {
        return DEFAULTS.endSessionResponse();
    }

    /** {@return a Fee Paid (37) builder with the default values} */
    public static FeePaidRequest.Builder feePaidRequest() {
        return DEFAULTS.feePaidRequest();
    }

    /** {@return a Fee Paid Response (38) builder with the default values} */
    public static FeePaidResponse.Builder feePaidResponse() {
        return DEFAULTS.feePaidResponse();
    }

    /** {@return a Patron Information (63) builder with the default values} */
    public static PatronInformationRequest.Builder patronInformationRequest() {
        return DEFAULTS.patronInformationRequest();
    }

    /** {@return a Patron Information Response (64) builder with the default values} */
    public static PatronInformationResponse.Builder patronInformationResponse() {
        return DEFAULTS.patronInformationResponse();
    }

    /** {@return a Renew All (65) builder with the default values} */
    public static RenewAllRequest.Builder renewAllRequest() {
        return DEFAULTS.renewAllRequest();
    }

    /** {@return a Renew All Response (66) builder with the default values} */
    public static RenewAllResponse.Builder renewAllResponse() {
        return DEFAULTS.renewAllResponse();
    }

    /** {@return a Login (93) builder with the default values} */
    public static LoginRequest.Builder loginRequest() {
        return DEFAULTS.loginRequest();
    }

    /** {@return a Login Response (94) builder with the default values} */
    public static LoginResponse.Builder loginResponse() {
        return DEFAULTS.loginResponse();
    }

    /** {@return a Request SC Resend (96) builder with the default values} */
    public static RequestScResend.Builder requestScResend() {
        return DEFAULTS.requestScResend();
    }

    /** {@return a Request ACS Resend (97) builder with the default values} */
    public static RequestAcsResend.Builder requestAcsResend() {
        return DEFAULTS.requestAcsResend();
    }

    /** {@return a ACS Status (98) builder with the default values} */
    public static AcsStatus.Builder acsStatus() {
        return DEFAULTS.acsStatus();
    }

    /** {@return a SC Status (99) builder with the default values} */
    public static ScStatus.Builder scStatus() {
        return DEFAULTS.scStatus();
    }

    /**
     * Fixtures whose values are drawn from a seed: each call takes the next identifiers, names and dates of the
     * sequence, which is the same for the same seed on every run. Not thread-safe: use one per thread.
     *
     * <pre>{@code
     * Sip2Fixtures.Seeded fixtures = Sip2Fixtures.seeded(42);
     * CheckoutRequest first = fixtures.checkoutRequest().build();
     * CheckoutRequest second = fixtures.checkoutRequest().build(); // another patron, item and date
     * }</pre>
     */
    public static final class Seeded {

        private final SplittableRandom random;

        private Seeded(SplittableRandom random) {
            this.random = random;
        }

        /**
         * {@return the next fixture of the given type, built}
         *
         * @param type the message type
         */
        public Sip2Message of(MessageType type) {
            Objects.requireNonNull(type, "type");
            return switch (type) {
                case BLOCK_PATRON -> blockPatron().build();
                case CHECKIN -> checkinRequest().build();
                case CHECKIN_RESPONSE -> checkinResponse().build();
                case CHECKOUT -> checkoutRequest().build();
                case CHECKOUT_RESPONSE -> checkoutResponse().build();
                case HOLD -> holdRequest().build();
                case HOLD_RESPONSE -> holdResponse().build();
                case ITEM_INFORMATION -> itemInformationRequest().build();
                case ITEM_INFORMATION_RESPONSE -> itemInformationResponse().build();
                case ITEM_STATUS_UPDATE -> itemStatusUpdateRequest().build();
                case ITEM_STATUS_UPDATE_RESPONSE -> itemStatusUpdateResponse().build();
                case PATRON_STATUS_REQUEST -> patronStatusRequest().build();
                case PATRON_STATUS_RESPONSE -> patronStatusResponse().build();
                case PATRON_ENABLE -> patronEnableRequest().build();
                case PATRON_ENABLE_RESPONSE -> patronEnableResponse().build();
                case RENEW -> renewRequest().build();
                case RENEW_RESPONSE -> renewResponse().build();
                case END_PATRON_SESSION -> endPatronSessionRequest().build();
                case END_SESSION_RESPONSE -> endSessionResponse().build();
                case FEE_PAID -> feePaidRequest().build();
                case FEE_PAID_RESPONSE -> feePaidResponse().build();
                case PATRON_INFORMATION -> patronInformationRequest().build();
                case PATRON_INFORMATION_RESPONSE -> patronInformationResponse().build();
                case RENEW_ALL -> renewAllRequest().build();
                case RENEW_ALL_RESPONSE -> renewAllResponse().build();
                case LOGIN -> loginRequest().build();
                case LOGIN_RESPONSE -> loginResponse().build();
                case REQUEST_SC_RESEND -> requestScResend().build();
                case REQUEST_ACS_RESEND -> requestAcsResend().build();
                case ACS_STATUS -> acsStatus().build();
                case SC_STATUS -> scStatus().build();
            };
        }

        /** {@return a Block Patron (01) builder with values for the next fixture of the sequence} */
        public BlockPatron.Builder blockPatron() {
            Values v = next();
            return BlockPatron.builder()
                    .cardRetained(false)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .blockedCardMessage("Card left in the self-check machine")
                    .patronIdentifier(v.patronIdentifier)
                    .terminalPassword(v.terminalPassword);
        }

        /** {@return a Checkin (09) builder with values for the next fixture of the sequence} */
        public CheckinRequest.Builder checkinRequest() {
            Values v = next();
            return CheckinRequest.builder()
                    .noBlock(false)
                    .transactionDate(v.transactionDate)
                    .returnDate(v.transactionDate)
                    .currentLocation(v.location)
                    .institutionId(v.institutionId)
                    .itemIdentifier(v.itemIdentifier)
                    .terminalPassword(v.terminalPassword);
        }

        /** {@return a Checkin Response (10) builder with values for the next fixture of the sequence} */
        public CheckinResponse.Builder checkinResponse() {
            Values v = next();
            return CheckinResponse.builder()
                    .ok(true)
                    .resensitize(true)
                    .magneticMedia(YesNoUnknown.NO)
                    .alert(false)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .itemIdentifier(v.itemIdentifier)
                    .permanentLocation(v.location)
                    .titleIdentifier(v.titleIdentifier);
        }

        /** {@return a Checkout (11) builder with values for the next fixture of the sequence} */
        public CheckoutRequest.Builder checkoutRequest() {
            Values v = next();
            return CheckoutRequest.builder()
                    .scRenewalPolicy(true)
                    .noBlock(false)
                    .transactionDate(v.transactionDate)
                    .nbDueDate(Sip2Timestamp.BLANK)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .itemIdentifier(v.itemIdentifier)
                    .terminalPassword(v.terminalPassword)
                    .patronPassword(v.patronPassword);
        }

        /** {@return a Checkout Response (12) builder with values for the next fixture of the sequence} */
        public CheckoutResponse.Builder checkoutResponse() {
            Values v = next();
            return CheckoutResponse.builder()
                    .ok(true)
                    .renewalOk(false)
                    .magneticMedia(YesNoUnknown.NO)
                    .desensitize(YesNoUnknown.YES)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .itemIdentifier(v.itemIdentifier)
                    .titleIdentifier(v.titleIdentifier)
                    .dueDate(v.dueDate.wire());
        }

        /** {@return a Hold (15) builder with values for the next fixture of the sequence} */
        public HoldRequest.Builder holdRequest() {
            Values v = next();
            return HoldRequest.builder()
                    .holdMode(HoldMode.ADD)
                    .transactionDate(v.transactionDate)
                    .pickupLocation(v.location)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .patronPassword(v.patronPassword)
                    .itemIdentifier(v.itemIdentifier);
        }

        /** {@return a Hold Response (16) builder with values for the next fixture of the sequence} */
        public HoldResponse.Builder holdResponse() {
            Values v = next();
            return HoldResponse.builder()
                    .ok(true)
                    .available(false)
                    .transactionDate(v.transactionDate)
                    .queuePosition("1")
                    .pickupLocation(v.location)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .itemIdentifier(v.itemIdentifier)
                    .titleIdentifier(v.titleIdentifier);
        }

        /** {@return a Item Information (17) builder with values for the next fixture of the sequence} */
        public ItemInformationRequest.Builder itemInformationRequest() {
            Values v = next();
            return ItemInformationRequest.builder()
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .itemIdentifier(v.itemIdentifier);
        }

        /** {@return a Item Information Response (18) builder with values for the next fixture of the sequence} */
        public ItemInformationResponse.Builder itemInformationResponse() {
            Values v = next();
            return ItemInformationResponse.builder()
                    .circulationStatus(CirculationStatus.AVAILABLE)
                    .securityMarker(SecurityMarker.TATTLE_TAPE)
                    .feeType(FeeType.OTHER_UNKNOWN)
                    .transactionDate(v.transactionDate)
                    .itemIdentifier(v.itemIdentifier)
                    .titleIdentifier(v.titleIdentifier)
                    .mediaType(MediaType.BOOK)
                    .permanentLocation(v.location);
        }

        /** {@return a Item Status Update (19) builder with values for the next fixture of the sequence} */
        public ItemStatusUpdateRequest.Builder itemStatusUpdateRequest() {
            Values v = next();
            return ItemStatusUpdateRequest.builder()
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .itemIdentifier(v.itemIdentifier)
                    .itemProperties("Shelved in the reading room");
        }

        /** {@return a Item Status Update Response (20) builder with values for the next fixture of the sequence} */
        public ItemStatusUpdateResponse.Builder itemStatusUpdateResponse() {
            Values v = next();
            return ItemStatusUpdateResponse.builder()
                    .itemPropertiesOk(true)
                    .transactionDate(v.transactionDate)
                    .itemIdentifier(v.itemIdentifier)
                    .titleIdentifier(v.titleIdentifier);
        }

        /** {@return a Patron Status Request (23) builder with values for the next fixture of the sequence} */
        public PatronStatusRequest.Builder patronStatusRequest() {
            Values v = next();
            return PatronStatusRequest.builder()
                    .language(Language.ENGLISH)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .terminalPassword(v.terminalPassword)
                    .patronPassword(v.patronPassword);
        }

        /** {@return a Patron Status Response (24) builder with values for the next fixture of the sequence} */
        public PatronStatusResponse.Builder patronStatusResponse() {
            Values v = next();
            return PatronStatusResponse.builder()
                    .patronStatus(Set.of())
                    .language(Language.ENGLISH)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .personalName(v.personalName)
                    .validPatron(true)
                    .validPatronPassword(true);
        }

        /** {@return a Patron Enable (25) builder with values for the next fixture of the sequence} */
        public PatronEnableRequest.Builder patronEnableRequest() {
            Values v = next();
            return PatronEnableRequest.builder()
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .patronPassword(v.patronPassword);
        }

        /** {@return a Patron Enable Response (26) builder with values for the next fixture of the sequence} */
        public PatronEnableResponse.Builder patronEnableResponse() {
            Values v = next();
            return PatronEnableResponse.builder()
                    .patronStatus(Set.of())
                    .language(Language.ENGLISH)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .personalName(v.personalName)
                    .validPatron(true)
                    .validPatronPassword(true);
        }

        /** {@return a Renew (29) builder with values for the next fixture of the sequence} */
        public RenewRequest.Builder renewRequest() {
            Values v = next();
            return RenewRequest.builder()
                    .thirdPartyAllowed(false)
                    .noBlock(false)
                    .transactionDate(v.transactionDate)
                    .nbDueDate(Sip2Timestamp.BLANK)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .patronPassword(v.patronPassword)
                    .itemIdentifier(v.itemIdentifier);
        }

        /** {@return a Renew Response (30) builder with values for the next fixture of the sequence} */
        public RenewResponse.Builder renewResponse() {
            Values v = next();
            return RenewResponse.builder()
                    .ok(true)
                    .renewalOk(true)
                    .magneticMedia(YesNoUnknown.NO)
                    .desensitize(YesNoUnknown.YES)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .itemIdentifier(v.itemIdentifier)
                    .titleIdentifier(v.titleIdentifier)
                    .dueDate(v.dueDate.wire());
        }

        /** {@return a End Patron Session (35) builder with values for the next fixture of the sequence} */
        public EndPatronSessionRequest.Builder endPatronSessionRequest() {
            Values v = next();
            return EndPatronSessionRequest.builder()
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .patronPassword(v.patronPassword);
        }

        /** {@return a End Session Response (36) builder with values for the next fixture of the sequence} */
        public EndSessionResponse.Builder endSessionResponse() {
            Values v = next();
            return EndSessionResponse.builder()
                    .endSession(true)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier);
        }

        /** {@return a Fee Paid (37) builder with values for the next fixture of the sequence} */
        public FeePaidRequest.Builder feePaidRequest() {
            Values v = next();
            return FeePaidRequest.builder()
                    .transactionDate(v.transactionDate)
                    .feeType(FeeType.OVERDUE)
                    .paymentType(PaymentType.CASH)
                    .currencyType(CurrencyType.USD)
                    .feeAmount(v.feeAmount)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .patronPassword(v.patronPassword);
        }

        /** {@return a Fee Paid Response (38) builder with values for the next fixture of the sequence} */
        public FeePaidResponse.Builder feePaidResponse() {
            Values v = next();
            return FeePaidResponse.builder()
                    .paymentAccepted(true)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .transactionId(v.transactionId);
        }

        /** {@return a Patron Information (63) builder with values for the next fixture of the sequence} */
        public PatronInformationRequest.Builder patronInformationRequest() {
            Values v = next();
            return PatronInformationRequest.builder()
                    .language(Language.ENGLISH)
                    .transactionDate(v.transactionDate)
                    .summary(Set.of())
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .patronPassword(v.patronPassword);
        }

        /** {@return a Patron Information Response (64) builder with values for the next fixture of the sequence} */
        public PatronInformationResponse.Builder patronInformationResponse() {
            Values v = next();
            return PatronInformationResponse.builder()
                    .patronStatus(Set.of())
                    .language(Language.ENGLISH)
                    .transactionDate(v.transactionDate)
                    .holdItemsCount(0)
                    .overdueItemsCount(0)
                    .chargedItemsCount(1)
                    .fineItemsCount(0)
                    .recallItemsCount(0)
                    .unavailableHoldsCount(0)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .personalName(v.personalName)
                    .validPatron(true)
                    .validPatronPassword(true);
        }

        /** {@return a Renew All (65) builder with values for the next fixture of the sequence} */
        public RenewAllRequest.Builder renewAllRequest() {
            Values v = next();
            return RenewAllRequest.builder()
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .patronIdentifier(v.patronIdentifier)
                    .patronPassword(v.patronPassword);
        }

        /** {@return a Renew All Response (66) builder with values for the next fixture of the sequence} */
        public RenewAllResponse.Builder renewAllResponse() {
            Values v = next();
            return RenewAllResponse.builder()
                    .ok(true)
                    .renewedCount(1)
                    .unrenewedCount(0)
                    .transactionDate(v.transactionDate)
                    .institutionId(v.institutionId)
                    .addRenewedItem(v.itemIdentifier);
        }

        /** {@return a Login (93) builder with values for the next fixture of the sequence} */
        public LoginRequest.Builder loginRequest() {
            Values v = next();
            return LoginRequest.builder()
                    .uidAlgorithm('0')
                    .pwdAlgorithm('0')
                    .loginUserId(v.loginUserId)
                    .loginPassword(v.loginPassword)
                    .locationCode(v.institutionId);
        }

        /** {@return a Login Response (94) builder with values for the next fixture of the sequence} */
        public LoginResponse.Builder loginResponse() {
            Values v = next();
            return LoginResponse.builder()
                    .ok(true);
        }

        /** {@return a Request SC Resend (96) builder with values for the next fixture of the sequence} */
        public RequestScResend.Builder requestScResend() {
            Values v = next();
            return RequestScResend.builder();
        }

        /** {@return a Request ACS Resend (97) builder with values for the next fixture of the sequence} */
        public RequestAcsResend.Builder requestAcsResend() {
            Values v = next();
            return RequestAcsResend.builder();
        }

        /** {@return a ACS Status (98) builder with values for the next fixture of the sequence} */
        public AcsStatus.Builder acsStatus() {
            Values v = next();
            return AcsStatus.builder()
                    .onlineStatus(true)
                    .checkinOk(true)
                    .checkoutOk(true)
                    .acsRenewalPolicy(true)
                    .statusUpdateOk(true)
                    .offlineOk(false)
                    .timeoutPeriod(30)
                    .retriesAllowed(3)
                    .dateTimeSync(v.transactionDate)
                    .protocolVersion("2.00")
                    .institutionId(v.institutionId)
                    .libraryName(v.libraryName)
                    .supportedMessages(EnumSet.allOf(SupportedMessage.class));
        }

        /** {@return a SC Status (99) builder with values for the next fixture of the sequence} */
        public ScStatus.Builder scStatus() {
            Values v = next();
            return ScStatus.builder()
                    .statusCode(ScStatusCode.OK)
                    .maxPrintWidth(40)
                    .protocolVersion("2.00");
        }

        private Values next() {
            return random == null ? Values.DEFAULT : Values.draw(random);
        }
    }

    /** The values one fixture is made of. */
    private static final class Values {

        static final Values DEFAULT = new Values(INSTITUTION_ID, LOCATION, "Central Library", PATRON_IDENTIFIER,
                PATRON_PASSWORD, PERSONAL_NAME, ITEM_IDENTIFIER, TITLE_IDENTIFIER, TRANSACTION_DATE, DUE_DATE,
                LOGIN_USER_ID, LOGIN_PASSWORD, "4.50", "TX-0001");

        private static final List<String> INSTITUTIONS = List.of("MAIN", "EAST", "WEST", "NORTH");
        private static final List<String> NAMES = List.of("Alice Example", "Bruno Sample", "Carla Test",
                "Dmitri Mock", "Erin Fixture", "Fatima Stub", "Gustav Dummy", "Hana Placeholder");
        private static final List<String> TITLES = List.of("The Example Handbook", "Cooking for Test Suites",
                "A Field Guide to Imaginary Birds", "Overdue Matters", "Recall Protocol", "Sample Sounds",
                "History of the East Branch", "Picture Book of Placeholder Animals");
        private static final LocalDateTime EPOCH = LocalDateTime.of(2015, 1, 1, 0, 0);
        private static final long TEN_YEARS_IN_SECONDS = 10L * 365 * 24 * 3600;

        final String institutionId;
        final String location;
        final String libraryName;
        final String patronIdentifier;
        final String patronPassword;
        final String personalName;
        final String itemIdentifier;
        final String titleIdentifier;
        final Sip2Timestamp transactionDate;
        final Sip2Timestamp dueDate;
        final String loginUserId;
        final String loginPassword;
        final String feeAmount;
        final String transactionId;
        final String terminalPassword = "";

        private Values(String institutionId, String location, String libraryName, String patronIdentifier,
                String patronPassword, String personalName, String itemIdentifier, String titleIdentifier,
                Sip2Timestamp transactionDate, Sip2Timestamp dueDate, String loginUserId, String loginPassword,
                String feeAmount, String transactionId) {
            this.institutionId = institutionId;
            this.location = location;
            this.libraryName = libraryName;
            this.patronIdentifier = patronIdentifier;
            this.patronPassword = patronPassword;
            this.personalName = personalName;
            this.itemIdentifier = itemIdentifier;
            this.titleIdentifier = titleIdentifier;
            this.transactionDate = transactionDate;
            this.dueDate = dueDate;
            this.loginUserId = loginUserId;
            this.loginPassword = loginPassword;
            this.feeAmount = feeAmount;
            this.transactionId = transactionId;
        }

        static Values draw(SplittableRandom random) {
            String institution = INSTITUTIONS.get(random.nextInt(INSTITUTIONS.size()));
            LocalDateTime date = EPOCH.plusSeconds(random.nextLong(TEN_YEARS_IN_SECONDS));
            LocalDateTime due = LocalDateTime.of(date.toLocalDate().plusDays(7 + random.nextInt(22)),
                    LocalTime.of(23, 59, 59));
            int terminal = 1 + random.nextInt(99);
            return new Values(
                    institution,
                    institution + "-" + (random.nextBoolean() ? "ADULT" : "KIDS"),
                    institution.charAt(0) + institution.substring(1).toLowerCase(Locale.ROOT) + " Library",
                    String.format(Locale.ROOT, "PAT-%04d", random.nextInt(10_000)),
                    String.format(Locale.ROOT, "%04d", random.nextInt(10_000)),
                    NAMES.get(random.nextInt(NAMES.size())),
                    String.format(Locale.ROOT, "ITM-%04d", random.nextInt(10_000)),
                    TITLES.get(random.nextInt(TITLES.size())),
                    Sip2Timestamp.of(date),
                    Sip2Timestamp.of(due),
                    "kiosk" + terminal,
                    "kiosk" + terminal + "-pass",
                    random.nextInt(50) + "." + String.format(Locale.ROOT, "%02d", random.nextInt(100)),
                    String.format(Locale.ROOT, "TX-%04d", random.nextInt(10_000)));
        }
    }
}
