package io.github.sip2kit.testkit;

import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.core.field.AlertType;
import io.github.sip2kit.core.field.CirculationStatus;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.FieldId;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.HoldType;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.ScStatusCode;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.SecurityMarker;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import io.github.sip2kit.core.field.WireCode;
import io.github.sip2kit.core.field.YesNoUnknown;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Random values for every kind of SIP2 field, each one valid for the model and encodable in a given charset.
 *
 * <p>The distributions favour the cases that break codecs: empty and 255-character texts, texts that end like an
 * error-detection trailer ({@code AZ1234}, {@code AY1AZ1234}), non-ASCII letters, blank counts, dates at the edges of
 * the calendar and in every zone form, and vendor codes next to the standard ones. How far values may leave the spec is
 * set by the {@link Conformance}.
 *
 * <p>Every value is drawn from the {@link RandomGenerator} given at construction, so a seeded generator yields the same
 * sequence of values on every run. An instance is as thread-safe as its random generator, which usually means it
 * belongs to one thread.
 *
 * <pre>{@code
 * FieldValueGenerator values = new FieldValueGenerator(new SplittableRandom(42), Charset.forName("IBM850"),
 *         Conformance.SPEC);
 * String title = values.text();
 * Sip2Timestamp due = values.timestamp();
 * }</pre>
 */
public final class FieldValueGenerator {

    /** The longest value SIP 2.00 allows in a tagged field. */
    public static final int MAX_FIELD_LENGTH = 255;

    /** The most entries a generated repeatable field gets. */
    public static final int MAX_REPEATS = 5;

    /** Unknown field identifiers that no SIP2 message and no listed extension defines. */
    private static final List<String> UNDEFINED_IDS =
            List.of("ZZ", "XQ", "PT", "XI", "ZY", "Z9", "1A", "9Z", "QQ", "FA", "FF", "ZW", "00");

    /** Odd identifiers that only {@link Conformance#MODEL} uses: lower case, punctuation, a blank. */
    private static final List<String> ODD_IDS = List.of("xz", "x-", "zz", "Q ", "#1", "~~", "aB", "9.");

    /**
     * Text endings that look like parts of a trailer or of another field. Any of them is a legal value: the encoder
     * ends every field with the delimiter, so a decoder can tell them from a real trailer, which never ends with one.
     */
    private static final List<String> TRICKY_TEXTS = List.of("AZ1234", "AY1AZ1234", "AY1AZ123", "PAY AZTEC", "AZ",
            "AY", "AY9", "AZFFFF", "AZffff", "AZ12", "AOinst", "AA", "  ", " ", "0000", "Y", "N", "\\", "&#124;");

    /** Non-ASCII letters worth trying in single-byte charsets; those the charset cannot encode are left out. */
    private static final String NON_ASCII_CANDIDATES = "éèêëàâäáíìîïóòôöõúùûüñÑçÇÆæØøÅåßÉÖÜÄ£¥¿¡ÿ€";

    private static final String MILITARY_ZONE_LETTERS = "ABCDEFGHIKLMNOPQRSTUVWXYZ";

    private static final List<CirculationStatus> CIRCULATION_STATUSES = List.of(CirculationStatus.OTHER,
            CirculationStatus.ON_ORDER, CirculationStatus.AVAILABLE, CirculationStatus.CHARGED,
            CirculationStatus.CHARGED_NOT_TO_BE_RECALLED, CirculationStatus.IN_PROCESS, CirculationStatus.RECALLED,
            CirculationStatus.WAITING_ON_HOLD_SHELF, CirculationStatus.WAITING_TO_BE_RESHELVED,
            CirculationStatus.IN_TRANSIT, CirculationStatus.CLAIMED_RETURNED, CirculationStatus.LOST,
            CirculationStatus.MISSING);
    private static final List<SecurityMarker> SECURITY_MARKERS = List.of(SecurityMarker.OTHER, SecurityMarker.NONE,
            SecurityMarker.TATTLE_TAPE, SecurityMarker.WHISPER_TAPE);
    private static final List<FeeType> FEE_TYPES = List.of(FeeType.OTHER_UNKNOWN, FeeType.ADMINISTRATIVE,
            FeeType.DAMAGE, FeeType.OVERDUE, FeeType.PROCESSING, FeeType.RENTAL, FeeType.REPLACEMENT,
            FeeType.COMPUTER_ACCESS_CHARGE, FeeType.HOLD_FEE);
    private static final List<PaymentType> PAYMENT_TYPES =
            List.of(PaymentType.CASH, PaymentType.VISA, PaymentType.CREDIT_CARD, PaymentType.CHECK);
    private static final List<CurrencyType> CURRENCY_TYPES = List.of(CurrencyType.USD, CurrencyType.CAD,
            CurrencyType.GBP, CurrencyType.FRF, CurrencyType.DEM, CurrencyType.ITL, CurrencyType.ESP,
            CurrencyType.JPY, CurrencyType.EUR);
    private static final List<MediaType> MEDIA_TYPES = List.of(MediaType.OTHER, MediaType.BOOK, MediaType.MAGAZINE,
            MediaType.BOUND_JOURNAL, MediaType.AUDIO_TAPE, MediaType.VIDEO_TAPE, MediaType.CD_OR_CD_ROM,
            MediaType.DISKETTE, MediaType.BOOK_WITH_DISKETTE, MediaType.BOOK_WITH_CD, MediaType.BOOK_WITH_AUDIO_TAPE);
    private static final List<HoldMode> HOLD_MODES = List.of(HoldMode.ADD, HoldMode.DELETE, HoldMode.CHANGE);
    private static final List<HoldType> HOLD_TYPES = List.of(HoldType.OTHER, HoldType.ANY_COPY_OF_TITLE,
            HoldType.SPECIFIC_COPY_OF_TITLE, HoldType.ANY_COPY_AT_BRANCH);
    private static final List<AlertType> ALERT_TYPES = List.of(AlertType.UNKNOWN, AlertType.HOLD_FOR_THIS_LIBRARY,
            AlertType.HOLD_FOR_OTHER_BRANCH, AlertType.HOLD_FOR_ILL, AlertType.SEND_TO_OTHER_BRANCH, AlertType.OTHER,
            AlertType.DATA_CORRUPTED);
    private static final List<ScStatusCode> SC_STATUS_CODES =
            List.of(ScStatusCode.OK, ScStatusCode.PRINTER_OUT_OF_PAPER, ScStatusCode.ABOUT_TO_SHUT_DOWN);
    private static final List<Language> LANGUAGES = List.of(Language.UNKNOWN, Language.ENGLISH, Language.FRENCH,
            Language.GERMAN, Language.ITALIAN, Language.DUTCH, Language.SWEDISH, Language.FINNISH, Language.SPANISH,
            Language.DANISH, Language.PORTUGUESE, Language.CANADIAN_FRENCH, Language.NORWEGIAN, Language.HEBREW,
            Language.JAPANESE, Language.RUSSIAN, Language.ARABIC, Language.POLISH, Language.GREEK, Language.CHINESE,
            Language.KOREAN, Language.NORTH_AMERICAN_SPANISH, Language.TAMIL, Language.MALAY,
            Language.UNITED_KINGDOM, Language.ICELANDIC, Language.BELGIAN, Language.TAIWANESE);

    private final RandomGenerator random;
    private final Charset charset;
    private final Conformance conformance;
    private final boolean anyBmpLetter;
    private final String nonAscii;

    /**
     * Creates a generator.
     *
     * @param random the source of randomness; seed it to make the values reproducible
     * @param charset the charset the values must be encodable in, such as IBM850 or UTF-8
     * @param conformance how far values may leave the spec
     */
    public FieldValueGenerator(RandomGenerator random, Charset charset, Conformance conformance) {
        this.random = Objects.requireNonNull(random, "random");
        this.charset = Objects.requireNonNull(charset, "charset");
        this.conformance = Objects.requireNonNull(conformance, "conformance");
        CharsetEncoder encoder = charset.newEncoder();
        this.anyBmpLetter = charset.name().startsWith("UTF-");
        StringBuilder encodable = new StringBuilder();
        for (int i = 0; i < NON_ASCII_CANDIDATES.length(); i++) {
            char c = NON_ASCII_CANDIDATES.charAt(i);
            if (encoder.canEncode(c)) {
                encodable.append(c);
            }
        }
        this.nonAscii = encodable.toString();
    }

    /** {@return the random generator values are drawn from} */
    public RandomGenerator random() {
        return random;
    }

    /** {@return the charset every generated text can be encoded in} */
    public Charset charset() {
        return charset;
    }

    /** {@return how far values may leave the spec} */
    public Conformance conformance() {
        return conformance;
    }

    // ------------------------------------------------------------------ primitives

    /** {@return true or false, equally likely} */
    public boolean bool() {
        return random.nextBoolean();
    }

    /**
     * {@return true with the given probability}
     *
     * @param probability from 0 to 1
     */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /**
     * {@return one of the given values, each equally likely}
     *
     * @param values the values to choose from, not empty
     * @param <T> the value type
     */
    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * {@return the value of {@code supplier}, or empty with probability 1/3}
     *
     * @param supplier makes the value
     * @param <T> the value type
     */
    public <T> Optional<T> optional(Supplier<T> supplier) {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(supplier.get());
    }

    // ------------------------------------------------------------------ text

    /**
     * Returns a field value: usually a short mixture of ASCII and non-ASCII letters, digits, blanks and punctuation;
     * sometimes empty, sometimes exactly {@value #MAX_FIELD_LENGTH} characters, sometimes ending like a trailer. Never
     * contains {@code |}, CR, LF or NUL, and only characters the charset can encode.
     *
     * @return the text
     */
    public String text() {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return "";
        }
        if (kind == 1) {
            return text(MAX_FIELD_LENGTH);
        }
        if (kind == 2) {
            return text(random.nextInt(4)) + oneOf(TRICKY_TEXTS);
        }
        if (kind == 3) {
            return text(random.nextInt(MAX_FIELD_LENGTH + 1));
        }
        return text(1 + random.nextInt(16));
    }

    /**
     * {@return a text of exactly {@code length} characters, under the same rules as {@link #text()}}
     *
     * @param length the number of characters
     */
    public String text(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(character());
        }
        return out.toString();
    }

    /**
     * {@return a text, or empty with probability 1/3}
     */
    public Optional<String> optionalText() {
        return optional(this::text);
    }

    /**
     * {@return the values of a repeatable field: 0 to {@value #MAX_REPEATS} texts, none more often than any other
     * count}
     */
    public List<String> texts() {
        int count = random.nextInt(3) == 0 ? 0 : random.nextInt(MAX_REPEATS + 1);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(text());
        }
        return values;
    }

    /** {@return a password: often empty, otherwise a text} */
    public Secret secret() {
        return random.nextInt(4) == 0 ? Secret.EMPTY : Secret.of(text());
    }

    /** {@return a password, or empty with probability 1/3} */
    public Optional<Secret> optionalSecret() {
        return optional(this::secret);
    }

    private char character() {
        int kind = random.nextInt(16);
        if (kind < 2 && (anyBmpLetter || !nonAscii.isEmpty())) {
            return nonAsciiLetter();
        }
        if (kind == 2 && conformance == Conformance.MODEL) {
            char c = (char) random.nextInt(0x20);
            return c == '\r' || c == '\n' || c == 0 ? '\t' : c;
        }
        if (kind == 3) {
            return ' ';
        }
        char c = (char) (0x21 + random.nextInt(0x7e - 0x21 + 1));
        return c == '|' ? '!' : c;
    }

    private char nonAsciiLetter() {
        if (anyBmpLetter && random.nextBoolean()) {
            while (true) {
                int c = 0xa0 + random.nextInt(0xffff - 0xa0);
                if (Character.isLetterOrDigit(c) && !Character.isSurrogate((char) c)) {
                    return (char) c;
                }
            }
        }
        if (nonAscii.isEmpty()) {
            return 'x';
        }
        return nonAscii.charAt(random.nextInt(nonAscii.length()));
    }

    // ------------------------------------------------------------------ dates and numbers

    /**
     * Returns a transaction date: local time (blank zone area) most often, otherwise UTC ({@code Z}) or another
     * military zone letter, with dates from year 0000 to 9999 and times across the whole day. Under
     * {@link Conformance#MODEL} also {@link Sip2Timestamp#BLANK} and {@link Sip2Timestamp#NOT_SUPPORTED}.
     *
     * @return the timestamp
     */
    public Sip2Timestamp timestamp() {
        if (conformance == Conformance.MODEL && random.nextInt(10) == 0) {
            return random.nextBoolean() ? Sip2Timestamp.BLANK : Sip2Timestamp.NOT_SUPPORTED;
        }
        LocalDateTime dateTime = dateTime();
        int zone = random.nextInt(6);
        if (zone == 0) {
            return Sip2Timestamp.utc(dateTime);
        }
        if (zone == 1) {
            return Sip2Timestamp.of(dateTime, MILITARY_ZONE_LETTERS.charAt(random.nextInt(MILITARY_ZONE_LETTERS.length())));
        }
        return Sip2Timestamp.of(dateTime);
    }

    /**
     * {@return a date that senders leave blank when unused (nb due date, return date): {@link Sip2Timestamp#BLANK}
     * with probability 1/4, otherwise {@link #timestamp()}}
     */
    public Sip2Timestamp timestampOrBlank() {
        return random.nextInt(4) == 0 ? Sip2Timestamp.BLANK : timestamp();
    }

    /**
     * {@return an ACS Status date/time sync: {@link Sip2Timestamp#NOT_SUPPORTED} with probability 1/4, otherwise
     * {@link #timestamp()}}
     */
    public Sip2Timestamp timestampOrNotSupported() {
        return random.nextInt(4) == 0 ? Sip2Timestamp.NOT_SUPPORTED : timestamp();
    }

    /** {@return a date of a tagged date field (BW, CJ, CM), or empty with probability 1/3} */
    public Optional<Sip2Timestamp> optionalTimestamp() {
        return optional(this::timestamp);
    }

    private LocalDateTime dateTime() {
        LocalDate date;
        int kind = random.nextInt(10);
        if (kind == 0) {
            date = LocalDate.of(random.nextBoolean() ? 0 : 9999, 1 + random.nextInt(12), 1)
                    .withDayOfMonth(random.nextBoolean() ? 1 : 28);
        } else if (kind == 1) {
            date = LocalDate.of(random.nextInt(10_000), 1, 1).plusDays(random.nextInt(365));
        } else if (kind == 2) {
            date = LocalDate.of(2024, 2, 29);
        } else {
            date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(50 * 365));
        }
        LocalTime time = random.nextInt(8) == 0
                ? (random.nextBoolean() ? LocalTime.MIDNIGHT : LocalTime.of(23, 59, 59))
                : LocalTime.ofSecondOfDay(random.nextInt(24 * 3600));
        return LocalDateTime.of(date, time);
    }

    /** {@return a four-digit count: blank (empty) with probability 1/5, often 0 or 9999, otherwise 0 to 9999} */
    public OptionalInt count() {
        int kind = random.nextInt(10);
        if (kind < 2) {
            return OptionalInt.empty();
        }
        if (kind == 2) {
            return OptionalInt.of(random.nextBoolean() ? 0 : 9999);
        }
        return OptionalInt.of(random.nextInt(kind == 3 ? 10_000 : 100));
    }

    /** {@return a tagged four-digit limit (BZ, CA, CB), or empty with probability 1/3} */
    public OptionalInt limit() {
        return random.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(10) == 0
                ? (random.nextBoolean() ? 0 : 9999)
                : random.nextInt(10_000));
    }

    /** {@return a three-digit number from 0 to 999, often at the edges} */
    public int number3() {
        int kind = random.nextInt(8);
        if (kind == 0) {
            return random.nextBoolean() ? 0 : 999;
        }
        return random.nextInt(1000);
    }

    /** {@return a protocol version: mostly {@code 2.00}, otherwise other {@code d.dd} forms and, under MODEL, any
     * four printable characters} */
    public String protocolVersion() {
        int kind = random.nextInt(6);
        if (kind < 3) {
            return "2.00";
        }
        if (kind == 5 && conformance == Conformance.MODEL) {
            return printable(4);
        }
        return random.nextInt(10) + "." + random.nextInt(10) + random.nextInt(10);
    }

    /** {@return a Login (93) algorithm character: mostly {@code 0} (not encrypted), otherwise any printable one} */
    public char algorithm() {
        return random.nextBoolean() ? '0' : printable(1).charAt(0);
    }

    // ------------------------------------------------------------------ flags and code types

    /** {@return one of Y, N and U} */
    public YesNoUnknown yesNoUnknown() {
        return oneOf(List.of(YesNoUnknown.values()));
    }

    /** {@return a tagged Y/N flag, or empty with probability 1/3} */
    public Optional<Boolean> optionalFlag() {
        return optional(this::bool);
    }

    /** {@return any combination of the 14 patron status positions} */
    public Set<PatronStatusFlag> patronStatus() {
        return subset(PatronStatusFlag.class);
    }

    /** {@return any combination of the 10 summary positions, most often at most one} */
    public Set<SummaryItem> summary() {
        if (random.nextBoolean()) {
            EnumSet<SummaryItem> one = EnumSet.noneOf(SummaryItem.class);
            if (random.nextBoolean()) {
                one.add(oneOf(List.of(SummaryItem.values())));
            }
            return one;
        }
        return subset(SummaryItem.class);
    }

    /** {@return any combination of the 16 supported-message positions} */
    public Set<SupportedMessage> supportedMessages() {
        return subset(SupportedMessage.class);
    }

    private <E extends Enum<E>> Set<E> subset(Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        int mode = random.nextInt(4);
        for (E e : type.getEnumConstants()) {
            if (mode == 1 || (mode > 1 && random.nextBoolean())) {
                set.add(e);
            }
        }
        return set;
    }

    /** {@return a language: a standard one, a vendor code of three digits, or under MODEL any three characters} */
    public Language language() {
        return code(LANGUAGES, 3, true, Language::of);
    }

    /** {@return a circulation status (two digits)} */
    public CirculationStatus circulationStatus() {
        return code(CIRCULATION_STATUSES, 2, true, CirculationStatus::of);
    }

    /** {@return a security marker (two digits)} */
    public SecurityMarker securityMarker() {
        return code(SECURITY_MARKERS, 2, true, SecurityMarker::of);
    }

    /** {@return a fee type (two digits)} */
    public FeeType feeType() {
        return code(FEE_TYPES, 2, true, FeeType::of);
    }

    /** {@return a payment type (two digits)} */
    public PaymentType paymentType() {
        return code(PAYMENT_TYPES, 2, true, PaymentType::of);
    }

    /** {@return a currency (three upper-case letters)} */
    public CurrencyType currencyType() {
        return code(CURRENCY_TYPES, 3, false, CurrencyType::of);
    }

    /** {@return a media type (three digits)} */
    public MediaType mediaType() {
        return code(MEDIA_TYPES, 3, true, MediaType::of);
    }

    /** {@return a hold type (one digit)} */
    public HoldType holdType() {
        return code(HOLD_TYPES, 1, true, HoldType::of);
    }

    /** {@return an alert type (two digits)} */
    public AlertType alertType() {
        return code(ALERT_TYPES, 2, true, AlertType::of);
    }

    /** {@return an SC status code (one digit)} */
    public ScStatusCode scStatusCode() {
        return code(SC_STATUS_CODES, 1, true, ScStatusCode::of);
    }

    /** {@return a hold mode: {@code +}, {@code -} or {@code *}; under MODEL also any printable character} */
    public HoldMode holdMode() {
        if (conformance == Conformance.MODEL && random.nextInt(5) == 0) {
            return HoldMode.of(printable(1));
        }
        return oneOf(HOLD_MODES);
    }

    /**
     * Returns a code of an open code type: a standard constant half of the time, otherwise a vendor code of the same
     * width, made of digits (or upper-case letters for {@code digits == false}); under MODEL one vendor code in three
     * is any printable text.
     */
    private <T extends WireCode> T code(List<T> standard, int width, boolean digits, Function<String, T> of) {
        int kind = random.nextInt(6);
        if (kind < 3) {
            return oneOf(standard);
        }
        if (kind == 5 && conformance == Conformance.MODEL) {
            return of.apply(printable(width));
        }
        StringBuilder code = new StringBuilder(width);
        for (int i = 0; i < width; i++) {
            code.append(digits ? (char) ('0' + random.nextInt(10)) : (char) ('A' + random.nextInt(26)));
        }
        return of.apply(code.toString());
    }

    /** {@return printable ASCII other than {@code |}} */
    private String printable(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = (char) (0x20 + random.nextInt(0x7f - 0x20));
            out.append(c == '|' ? '+' : c);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ unknown fields

    /**
     * Returns fields a message does not define, for its unknown-fields list: none half of the time, otherwise one to
     * three, with identifiers that no message defines ({@code ZZ}, {@code XQ}, {@code PT}, ...) or that other messages
     * define (a standard {@link FieldId} missing from {@code definedIds}); never {@code AY} or {@code AZ}. Under MODEL
     * also odd identifiers such as {@code x-}.
     *
     * @param definedIds the identifiers the message defines, which must not be used
     * @return the fields
     */
    public List<RawField> unknownFields(Collection<String> definedIds) {
        if (random.nextBoolean()) {
            return List.of();
        }
        List<String> foreign = new ArrayList<>();
        for (FieldId id : FieldId.values()) {
            if (!id.isTrailer() && !definedIds.contains(id.code())) {
                foreign.add(id.code());
            }
        }
        int count = 1 + random.nextInt(3);
        List<RawField> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(5);
            String id;
            if (kind == 0 && conformance == Conformance.MODEL) {
                id = oneOf(ODD_IDS);
            } else if (kind < 3) {
                id = oneOf(UNDEFINED_IDS);
            } else {
                id = oneOf(foreign);
            }
            fields.add(RawField.of(id, text()));
        }
        return fields;
    }
}
