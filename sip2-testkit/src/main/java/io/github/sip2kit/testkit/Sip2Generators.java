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
import io.github.sip2kit.core.field.FieldId;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of valid SIP2 messages, one for each of the 31 {@link MessageType}s, for property tests and load
 * generators.
 *
 * <p>A generated message sets every component of its record: fixed flags, Y/N/U values, dates in every zone form,
 * blank and present counts, standard and vendor codes, required texts (empty ones too), optional fields present or
 * absent, repeatable fields with 0 to {@value FieldValueGenerator#MAX_REPEATS} entries, passwords, and a few unknown
 * fields whose identifiers the message does not define. Values are described on {@link FieldValueGenerator}; the
 * {@link Conformance} decides whether a strict codec must accept the result.
 *
 * <p>Generation is deterministic: the same seed, charset and conformance give the same messages on every run and
 * every JVM. Instances are immutable and thread-safe; the random generator passed to each call is not shared.
 *
 * <pre>{@code
 * Sip2Generators generators = Sip2Generators.forCharset(Charset.forName("IBM850"));
 * SplittableRandom random = new SplittableRandom(seed);
 * Sip2Message message = generators.message(MessageType.CHECKOUT_RESPONSE, random);
 * byte[] wire = Sip2Codec.defaults().encode(message);
 * }</pre>
 */
public final class Sip2Generators {

    private final Charset charset;
    private final Conformance conformance;

    private Sip2Generators(Charset charset, Conformance conformance) {
        this.charset = Objects.requireNonNull(charset, "charset");
        this.conformance = Objects.requireNonNull(conformance, "conformance");
    }

    /**
     * {@return generators of messages that SIP 2.00 allows and whose texts the charset can encode}
     *
     * @param charset the charset of the codec that will encode the messages
     */
    public static Sip2Generators forCharset(Charset charset) {
        return new Sip2Generators(charset, Conformance.SPEC);
    }

    /**
     * {@return generators like these with another conformance}
     *
     * @param conformance how far values may leave the spec
     */
    public Sip2Generators withConformance(Conformance conformance) {
        return new Sip2Generators(charset, conformance);
    }

    /** {@return the charset every generated text can be encoded in} */
    public Charset charset() {
        return charset;
    }

    /** {@return how far generated values may leave the spec} */
    public Conformance conformance() {
        return conformance;
    }

    /**
     * {@return the value generator these generators draw from, bound to {@code random}}
     *
     * @param random the source of randomness
     */
    public FieldValueGenerator values(RandomGenerator random) {
        return new FieldValueGenerator(random, charset, conformance);
    }

    /**
     * {@return a message of a type chosen at random, every type equally likely}
     *
     * @param random the source of randomness
     */
    public Sip2Message message(RandomGenerator random) {
        MessageType[] types = MessageType.values();
        return message(types[random.nextInt(types.length)], random);
    }

    /**
     * Generates a message of the given type.
     *
     * @param type the message type
     * @param random the source of randomness
     * @return a message of {@code type}, of the record class {@link MessageType#messageClass()}
     */
    public Sip2Message message(MessageType type, RandomGenerator random) {
        Objects.requireNonNull(type, "type");
        FieldValueGenerator v = values(random);
        Tags t = new Tags(v);
        return switch (type) {
            case BLOCK_PATRON -> blockPatron(v, t);
            case CHECKIN -> checkin(v, t);
            case CHECKIN_RESPONSE -> checkinResponse(v, t);
            case CHECKOUT -> checkout(v, t);
            case CHECKOUT_RESPONSE -> checkoutResponse(v, t);
            case HOLD -> hold(v, t);
            case HOLD_RESPONSE -> holdResponse(v, t);
            case ITEM_INFORMATION -> itemInformation(v, t);
            case ITEM_INFORMATION_RESPONSE -> itemInformationResponse(v, t);
            case ITEM_STATUS_UPDATE -> itemStatusUpdate(v, t);
            case ITEM_STATUS_UPDATE_RESPONSE -> itemStatusUpdateResponse(v, t);
            case PATRON_STATUS_REQUEST -> patronStatusRequest(v, t);
            case PATRON_STATUS_RESPONSE -> patronStatusResponse(v, t);
            case PATRON_ENABLE -> patronEnable(v, t);
            case PATRON_ENABLE_RESPONSE -> patronEnableResponse(v, t);
            case RENEW -> renew(v, t);
            case RENEW_RESPONSE -> renewResponse(v, t);
            case END_PATRON_SESSION -> endPatronSession(v, t);
            case END_SESSION_RESPONSE -> endSessionResponse(v, t);
            case FEE_PAID -> feePaid(v, t);
            case FEE_PAID_RESPONSE -> feePaidResponse(v, t);
            case PATRON_INFORMATION -> patronInformation(v, t);
            case PATRON_INFORMATION_RESPONSE -> patronInformationResponse(v, t);
            case RENEW_ALL -> renewAll(v, t);
            case RENEW_ALL_RESPONSE -> renewAllResponse(v, t);
            case LOGIN -> login(v, t);
            case LOGIN_RESPONSE -> new LoginResponse(v.bool(), t.unknown());
            case REQUEST_SC_RESEND -> new RequestScResend(t.unknown());
            case REQUEST_ACS_RESEND -> new RequestAcsResend(t.unknown());
            case ACS_STATUS -> acsStatus(v, t);
            case SC_STATUS -> ScStatus.builder()
                    .statusCode(v.scStatusCode())
                    .maxPrintWidth(v.number3())
                    .protocolVersion(v.protocolVersion())
                    .unknownFields(t.unknown())
                    .build();
        };
    }

    /**
     * Returns the same elements in random order (a uniform permutation). Applied to a frame's
     * {@link io.github.sip2kit.codec.Sip2Frame#fieldOrder() field order}, it gives the order of a peer that writes
     * tagged fields in another order than the spec's, which SIP2 allows.
     *
     * @param order the elements, for example the tagged field ids of a message in spec order
     * @param random the source of randomness
     * @param <T> the element type
     * @return a new list with the same elements, permuted
     */
    public static <T> List<T> shuffled(List<T> order, RandomGenerator random) {
        List<T> result = new ArrayList<>(order);
        for (int i = result.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = result.get(i);
            result.set(i, result.get(j));
            result.set(j, swap);
        }
        return result;
    }

    // ------------------------------------------------------------------ requests (SC to ACS)

    private static BlockPatron blockPatron(FieldValueGenerator v, Tags t) {
        return BlockPatron.builder()
                .cardRetained(v.bool())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .blockedCardMessage(t.text(FieldId.BLOCKED_CARD_MESSAGE))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .terminalPassword(t.secret(FieldId.TERMINAL_PASSWORD))
                .unknownFields(t.unknown())
                .build();
    }

    private static CheckinRequest checkin(FieldValueGenerator v, Tags t) {
        return CheckinRequest.builder()
                .noBlock(v.bool())
                .transactionDate(v.timestamp())
                .returnDate(v.timestampOrBlank())
                .currentLocation(t.text(FieldId.CURRENT_LOCATION))
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .terminalPassword(t.secret(FieldId.TERMINAL_PASSWORD))
                .itemProperties(t.optionalText(FieldId.ITEM_PROPERTIES))
                .cancel(t.flag(FieldId.CANCEL))
                .unknownFields(t.unknown())
                .build();
    }

    private static CheckoutRequest checkout(FieldValueGenerator v, Tags t) {
        return CheckoutRequest.builder()
                .scRenewalPolicy(v.bool())
                .noBlock(v.bool())
                .transactionDate(v.timestamp())
                .nbDueDate(v.timestampOrBlank())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .terminalPassword(t.secret(FieldId.TERMINAL_PASSWORD))
                .itemProperties(t.optionalText(FieldId.ITEM_PROPERTIES))
                .patronPassword(t.optionalSecret(FieldId.PATRON_PASSWORD))
                .feeAcknowledged(t.flag(FieldId.FEE_ACKNOWLEDGED))
                .cancel(t.flag(FieldId.CANCEL))
                .unknownFields(t.unknown())
                .build();
    }

    private static HoldRequest hold(FieldValueGenerator v, Tags t) {
        return HoldRequest.builder()
                .holdMode(v.holdMode())
                .transactionDate(v.timestamp())
                .expirationDate(t.date(FieldId.EXPIRATION_DATE))
                .pickupLocation(t.optionalText(FieldId.PICKUP_LOCATION))
                .holdType(t.optional(FieldId.HOLD_TYPE, v::holdType))
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .patronPassword(t.optionalSecret(FieldId.PATRON_PASSWORD))
                .itemIdentifier(t.optionalText(FieldId.ITEM_IDENTIFIER))
                .titleIdentifier(t.optionalText(FieldId.TITLE_IDENTIFIER))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .feeAcknowledged(t.flag(FieldId.FEE_ACKNOWLEDGED))
                .unknownFields(t.unknown())
                .build();
    }

    private static ItemInformationRequest itemInformation(FieldValueGenerator v, Tags t) {
        return ItemInformationRequest.builder()
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .unknownFields(t.unknown())
                .build();
    }

    private static ItemStatusUpdateRequest itemStatusUpdate(FieldValueGenerator v, Tags t) {
        return ItemStatusUpdateRequest.builder()
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .itemProperties(t.text(FieldId.ITEM_PROPERTIES))
                .unknownFields(t.unknown())
                .build();
    }

    private static PatronStatusRequest patronStatusRequest(FieldValueGenerator v, Tags t) {
        return PatronStatusRequest.builder()
                .language(v.language())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .terminalPassword(t.secret(FieldId.TERMINAL_PASSWORD))
                .patronPassword(t.secret(FieldId.PATRON_PASSWORD))
                .unknownFields(t.unknown())
                .build();
    }

    private static PatronEnableRequest patronEnable(FieldValueGenerator v, Tags t) {
        return PatronEnableRequest.builder()
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .patronPassword(t.optionalSecret(FieldId.PATRON_PASSWORD))
                .unknownFields(t.unknown())
                .build();
    }

    private static RenewRequest renew(FieldValueGenerator v, Tags t) {
        return RenewRequest.builder()
                .thirdPartyAllowed(v.bool())
                .noBlock(v.bool())
                .transactionDate(v.timestamp())
                .nbDueDate(v.timestampOrBlank())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .patronPassword(t.optionalSecret(FieldId.PATRON_PASSWORD))
                .itemIdentifier(t.optionalText(FieldId.ITEM_IDENTIFIER))
                .titleIdentifier(t.optionalText(FieldId.TITLE_IDENTIFIER))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .itemProperties(t.optionalText(FieldId.ITEM_PROPERTIES))
                .feeAcknowledged(t.flag(FieldId.FEE_ACKNOWLEDGED))
                .unknownFields(t.unknown())
                .build();
    }

    private static EndPatronSessionRequest endPatronSession(FieldValueGenerator v, Tags t) {
        return EndPatronSessionRequest.builder()
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .patronPassword(t.optionalSecret(FieldId.PATRON_PASSWORD))
                .unknownFields(t.unknown())
                .build();
    }

    private static FeePaidRequest feePaid(FieldValueGenerator v, Tags t) {
        return FeePaidRequest.builder()
                .transactionDate(v.timestamp())
                .feeType(v.feeType())
                .paymentType(v.paymentType())
                .currencyType(v.currencyType())
                .feeAmount(t.text(FieldId.FEE_AMOUNT))
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .patronPassword(t.optionalSecret(FieldId.PATRON_PASSWORD))
                .feeIdentifier(t.optionalText(FieldId.FEE_IDENTIFIER))
                .transactionId(t.optionalText(FieldId.TRANSACTION_ID))
                .registerLogin(t.optionalText(FieldId.REGISTER_LOGIN))
                .checkNumber(t.optionalText(FieldId.CHECK_NUMBER))
                .unknownFields(t.unknown())
                .build();
    }

    private static PatronInformationRequest patronInformation(FieldValueGenerator v, Tags t) {
        return PatronInformationRequest.builder()
                .language(v.language())
                .transactionDate(v.timestamp())
                .summary(v.summary())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .patronPassword(t.optionalSecret(FieldId.PATRON_PASSWORD))
                .startItem(t.optionalText(FieldId.START_ITEM))
                .endItem(t.optionalText(FieldId.END_ITEM))
                .unknownFields(t.unknown())
                .build();
    }

    private static RenewAllRequest renewAll(FieldValueGenerator v, Tags t) {
        return RenewAllRequest.builder()
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .patronPassword(t.optionalSecret(FieldId.PATRON_PASSWORD))
                .terminalPassword(t.optionalSecret(FieldId.TERMINAL_PASSWORD))
                .feeAcknowledged(t.flag(FieldId.FEE_ACKNOWLEDGED))
                .unknownFields(t.unknown())
                .build();
    }

    private static LoginRequest login(FieldValueGenerator v, Tags t) {
        return LoginRequest.builder()
                .uidAlgorithm(v.algorithm())
                .pwdAlgorithm(v.algorithm())
                .loginUserId(t.text(FieldId.LOGIN_USER_ID))
                .loginPassword(t.secret(FieldId.LOGIN_PASSWORD))
                .locationCode(t.optionalText(FieldId.LOCATION_CODE))
                .unknownFields(t.unknown())
                .build();
    }

    // ------------------------------------------------------------------ responses (ACS to SC)

    private static CheckinResponse checkinResponse(FieldValueGenerator v, Tags t) {
        return CheckinResponse.builder()
                .ok(v.bool())
                .resensitize(v.bool())
                .magneticMedia(v.yesNoUnknown())
                .alert(v.bool())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .permanentLocation(t.text(FieldId.PERMANENT_LOCATION))
                .titleIdentifier(t.optionalText(FieldId.TITLE_IDENTIFIER))
                .sortBin(t.optionalText(FieldId.SORT_BIN))
                .patronIdentifier(t.optionalText(FieldId.PATRON_IDENTIFIER))
                .mediaType(t.optional(FieldId.MEDIA_TYPE, v::mediaType))
                .itemProperties(t.optionalText(FieldId.ITEM_PROPERTIES))
                .collectionCode(t.optionalText(FieldId.COLLECTION_CODE))
                .callNumber(t.optionalText(FieldId.CALL_NUMBER))
                .destinationLocation(t.optionalText(FieldId.DESTINATION_LOCATION))
                .alertType(t.optional(FieldId.ALERT_TYPE, v::alertType))
                .holdPatronId(t.optionalText(FieldId.HOLD_PATRON_ID))
                .holdPatronName(t.optionalText(FieldId.HOLD_PATRON_NAME))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static CheckoutResponse checkoutResponse(FieldValueGenerator v, Tags t) {
        return CheckoutResponse.builder()
                .ok(v.bool())
                .renewalOk(v.bool())
                .magneticMedia(v.yesNoUnknown())
                .desensitize(v.yesNoUnknown())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .titleIdentifier(t.text(FieldId.TITLE_IDENTIFIER))
                .dueDate(t.text(FieldId.DUE_DATE))
                .feeType(t.optional(FieldId.FEE_TYPE, v::feeType))
                .securityInhibit(t.flag(FieldId.SECURITY_INHIBIT))
                .currencyType(t.optional(FieldId.CURRENCY_TYPE, v::currencyType))
                .feeAmount(t.optionalText(FieldId.FEE_AMOUNT))
                .mediaType(t.optional(FieldId.MEDIA_TYPE, v::mediaType))
                .itemProperties(t.optionalText(FieldId.ITEM_PROPERTIES))
                .transactionId(t.optionalText(FieldId.TRANSACTION_ID))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static HoldResponse holdResponse(FieldValueGenerator v, Tags t) {
        return HoldResponse.builder()
                .ok(v.bool())
                .available(v.bool())
                .transactionDate(v.timestamp())
                .expirationDate(t.date(FieldId.EXPIRATION_DATE))
                .queuePosition(t.optionalText(FieldId.QUEUE_POSITION))
                .pickupLocation(t.optionalText(FieldId.PICKUP_LOCATION))
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .itemIdentifier(t.optionalText(FieldId.ITEM_IDENTIFIER))
                .titleIdentifier(t.optionalText(FieldId.TITLE_IDENTIFIER))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static ItemInformationResponse itemInformationResponse(FieldValueGenerator v, Tags t) {
        return ItemInformationResponse.builder()
                .circulationStatus(v.circulationStatus())
                .securityMarker(v.securityMarker())
                .feeType(v.feeType())
                .transactionDate(v.timestamp())
                .holdQueueLength(t.optionalText(FieldId.HOLD_QUEUE_LENGTH))
                .dueDate(t.optionalText(FieldId.DUE_DATE))
                .recallDate(t.date(FieldId.RECALL_DATE))
                .holdPickupDate(t.date(FieldId.HOLD_PICKUP_DATE))
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .titleIdentifier(t.text(FieldId.TITLE_IDENTIFIER))
                .owner(t.optionalText(FieldId.OWNER))
                .currencyType(t.optional(FieldId.CURRENCY_TYPE, v::currencyType))
                .feeAmount(t.optionalText(FieldId.FEE_AMOUNT))
                .mediaType(t.optional(FieldId.MEDIA_TYPE, v::mediaType))
                .permanentLocation(t.optionalText(FieldId.PERMANENT_LOCATION))
                .currentLocation(t.optionalText(FieldId.CURRENT_LOCATION))
                .itemProperties(t.optionalText(FieldId.ITEM_PROPERTIES))
                .collectionCode(t.optionalText(FieldId.COLLECTION_CODE))
                .callNumber(t.optionalText(FieldId.CALL_NUMBER))
                .destinationLocation(t.optionalText(FieldId.DESTINATION_LOCATION))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static ItemStatusUpdateResponse itemStatusUpdateResponse(FieldValueGenerator v, Tags t) {
        return ItemStatusUpdateResponse.builder()
                .itemPropertiesOk(v.bool())
                .transactionDate(v.timestamp())
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .titleIdentifier(t.optionalText(FieldId.TITLE_IDENTIFIER))
                .itemProperties(t.optionalText(FieldId.ITEM_PROPERTIES))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static PatronStatusResponse patronStatusResponse(FieldValueGenerator v, Tags t) {
        return PatronStatusResponse.builder()
                .patronStatus(v.patronStatus())
                .language(v.language())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .personalName(t.text(FieldId.PERSONAL_NAME))
                .validPatron(t.flag(FieldId.VALID_PATRON))
                .validPatronPassword(t.flag(FieldId.VALID_PATRON_PASSWORD))
                .currencyType(t.optional(FieldId.CURRENCY_TYPE, v::currencyType))
                .feeAmount(t.optionalText(FieldId.FEE_AMOUNT))
                .homeAddress(t.optionalText(FieldId.HOME_ADDRESS))
                .emailAddress(t.optionalText(FieldId.EMAIL_ADDRESS))
                .homePhoneNumber(t.optionalText(FieldId.HOME_PHONE_NUMBER))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static PatronEnableResponse patronEnableResponse(FieldValueGenerator v, Tags t) {
        return PatronEnableResponse.builder()
                .patronStatus(v.patronStatus())
                .language(v.language())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .personalName(t.text(FieldId.PERSONAL_NAME))
                .validPatron(t.flag(FieldId.VALID_PATRON))
                .validPatronPassword(t.flag(FieldId.VALID_PATRON_PASSWORD))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static RenewResponse renewResponse(FieldValueGenerator v, Tags t) {
        return RenewResponse.builder()
                .ok(v.bool())
                .renewalOk(v.bool())
                .magneticMedia(v.yesNoUnknown())
                .desensitize(v.yesNoUnknown())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .itemIdentifier(t.text(FieldId.ITEM_IDENTIFIER))
                .titleIdentifier(t.text(FieldId.TITLE_IDENTIFIER))
                .dueDate(t.text(FieldId.DUE_DATE))
                .feeType(t.optional(FieldId.FEE_TYPE, v::feeType))
                .securityInhibit(t.flag(FieldId.SECURITY_INHIBIT))
                .currencyType(t.optional(FieldId.CURRENCY_TYPE, v::currencyType))
                .feeAmount(t.optionalText(FieldId.FEE_AMOUNT))
                .mediaType(t.optional(FieldId.MEDIA_TYPE, v::mediaType))
                .itemProperties(t.optionalText(FieldId.ITEM_PROPERTIES))
                .transactionId(t.optionalText(FieldId.TRANSACTION_ID))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static EndSessionResponse endSessionResponse(FieldValueGenerator v, Tags t) {
        return EndSessionResponse.builder()
                .endSession(v.bool())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static FeePaidResponse feePaidResponse(FieldValueGenerator v, Tags t) {
        return FeePaidResponse.builder()
                .paymentAccepted(v.bool())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .transactionId(t.optionalText(FieldId.TRANSACTION_ID))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static PatronInformationResponse patronInformationResponse(FieldValueGenerator v, Tags t) {
        return PatronInformationResponse.builder()
                .patronStatus(v.patronStatus())
                .language(v.language())
                .transactionDate(v.timestamp())
                .holdItemsCount(v.count())
                .overdueItemsCount(v.count())
                .chargedItemsCount(v.count())
                .fineItemsCount(v.count())
                .recallItemsCount(v.count())
                .unavailableHoldsCount(v.count())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .patronIdentifier(t.text(FieldId.PATRON_IDENTIFIER))
                .personalName(t.text(FieldId.PERSONAL_NAME))
                .holdItemsLimit(t.limit(FieldId.HOLD_ITEMS_LIMIT))
                .overdueItemsLimit(t.limit(FieldId.OVERDUE_ITEMS_LIMIT))
                .chargedItemsLimit(t.limit(FieldId.CHARGED_ITEMS_LIMIT))
                .validPatron(t.flag(FieldId.VALID_PATRON))
                .validPatronPassword(t.flag(FieldId.VALID_PATRON_PASSWORD))
                .currencyType(t.optional(FieldId.CURRENCY_TYPE, v::currencyType))
                .feeAmount(t.optionalText(FieldId.FEE_AMOUNT))
                .feeLimit(t.optionalText(FieldId.FEE_LIMIT))
                .holdItems(t.texts(FieldId.HOLD_ITEMS))
                .overdueItems(t.texts(FieldId.OVERDUE_ITEMS))
                .chargedItems(t.texts(FieldId.CHARGED_ITEMS))
                .fineItems(t.texts(FieldId.FINE_ITEMS))
                .recallItems(t.texts(FieldId.RECALL_ITEMS))
                .unavailableHoldItems(t.texts(FieldId.UNAVAILABLE_HOLD_ITEMS))
                .homeAddress(t.optionalText(FieldId.HOME_ADDRESS))
                .emailAddress(t.optionalText(FieldId.EMAIL_ADDRESS))
                .homePhoneNumber(t.optionalText(FieldId.HOME_PHONE_NUMBER))
                .birthDate(t.optionalText(FieldId.BIRTH_DATE))
                .patronClass(t.optionalText(FieldId.PATRON_CLASS))
                .internetPrivileges(t.optionalText(FieldId.INTERNET_PRIVILEGES))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static RenewAllResponse renewAllResponse(FieldValueGenerator v, Tags t) {
        return RenewAllResponse.builder()
                .ok(v.bool())
                .renewedCount(v.count())
                .unrenewedCount(v.count())
                .transactionDate(v.timestamp())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .renewedItems(t.texts(FieldId.RENEWED_ITEMS))
                .unrenewedItems(t.texts(FieldId.UNRENEWED_ITEMS))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    private static AcsStatus acsStatus(FieldValueGenerator v, Tags t) {
        return AcsStatus.builder()
                .onlineStatus(v.bool())
                .checkinOk(v.bool())
                .checkoutOk(v.bool())
                .acsRenewalPolicy(v.bool())
                .statusUpdateOk(v.bool())
                .offlineOk(v.bool())
                .timeoutPeriod(v.number3())
                .retriesAllowed(v.number3())
                .dateTimeSync(v.timestampOrNotSupported())
                .protocolVersion(v.protocolVersion())
                .institutionId(t.text(FieldId.INSTITUTION_ID))
                .libraryName(t.optionalText(FieldId.LIBRARY_NAME))
                .supportedMessages(t.supportedMessages(FieldId.SUPPORTED_MESSAGES))
                .terminalLocation(t.optionalText(FieldId.TERMINAL_LOCATION))
                .screenMessages(t.texts(FieldId.SCREEN_MESSAGE))
                .printLines(t.texts(FieldId.PRINT_LINE))
                .unknownFields(t.unknown())
                .build();
    }

    /**
     * Tagged-field values that remember which field ids the message defines, so that its unknown fields can use ids
     * it does not define. Each generator method names the id of every tagged field it fills, present or not, and asks
     * for the unknown fields last.
     */
    private static final class Tags {
        private final FieldValueGenerator values;
        private final Set<String> ids = new HashSet<>();

        Tags(FieldValueGenerator values) {
            this.values = values;
        }

        private void define(FieldId id) {
            ids.add(id.code());
        }

        String text(FieldId id) {
            define(id);
            return values.text();
        }

        Optional<String> optionalText(FieldId id) {
            define(id);
            return values.optionalText();
        }

        List<String> texts(FieldId id) {
            define(id);
            return values.texts();
        }

        Secret secret(FieldId id) {
            define(id);
            return values.secret();
        }

        Optional<Secret> optionalSecret(FieldId id) {
            define(id);
            return values.optionalSecret();
        }

        Optional<Boolean> flag(FieldId id) {
            define(id);
            return values.optionalFlag();
        }

        Optional<Sip2Timestamp> date(FieldId id) {
            define(id);
            return values.optionalTimestamp();
        }

        OptionalInt limit(FieldId id) {
            define(id);
            return values.limit();
        }

        Set<SupportedMessage> supportedMessages(FieldId id) {
            define(id);
            return values.supportedMessages();
        }

        <T> Optional<T> optional(FieldId id, Supplier<T> supplier) {
            define(id);
            return values.optional(supplier);
        }

        List<RawField> unknown() {
            return values.unknownFields(ids);
        }
    }
}
