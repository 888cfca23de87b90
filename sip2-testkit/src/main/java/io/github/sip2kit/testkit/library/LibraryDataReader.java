package io.github.sip2kit.testkit.library;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON data file of {@link InMemoryLibrary} with Jackson's tree model. The format is documented in
 * {@code docs/library-data-format.md}; every error names its JSON path.
 */
final class LibraryDataReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Pattern RELATIVE_DATE = Pattern.compile("today(?:([+-])(\\d{1,5}))?");
    private static final String DATE = "a date as YYYY-MM-DD, or today, today+N or today-N";
    private static final String MONEY = "an amount such as 2.50 or \"2.50\", at most 2 decimals";

    private final LocalDate today;

    private LibraryDataReader(LocalDate today) {
        this.today = today;
    }

    static InMemoryLibrary read(InputStream in, Clock clock) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library data", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new LibraryDataException("", "empty document (expected: a JSON object)");
        }
        InMemoryLibrary.Builder builder = InMemoryLibrary.builder().clock(clock);
        new LibraryDataReader(LocalDate.now(clock)).readLibrary(root, builder);
        return builder.build();
    }

    private static LibraryDataException syntaxError(JsonProcessingException e) {
        String path = "";
        if (e.getProcessor() instanceof JsonParser) {
            path = toPath(((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString());
        }
        StringBuilder problem = new StringBuilder("malformed JSON");
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem.append(" at line ").append(location.getLineNr()).append(", column ")
                    .append(location.getColumnNr());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        problem.append(": ").append(original);
        return new LibraryDataException(path, problem.toString(), e);
    }

    /** Turns a JSON pointer such as {@code /patrons/2/pin} into {@code patrons[2].pin}. */
    private static String toPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String key = segment.replace("~1", "/").replace("~0", "~");
            if (key.chars().allMatch(Character::isDigit)) {
                path.append('[').append(key).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(key);
            }
        }
        return path.toString();
    }

    // ---------------------------------------------------------------- the document

    private void readLibrary(JsonNode root, InMemoryLibrary.Builder builder) {
        if (!root.isObject()) {
            throw new LibraryDataException("", show(root) + " (expected: a JSON object)");
        }
        Obj doc = new Obj(root, "");
        doc.optionalString("description");
        LibraryPolicy policy = doc.optionalObject("policy").map(this::readPolicy).orElse(LibraryPolicy.defaults());
        builder.policy(policy);
        String firstInstitution = null;
        for (Obj institution : doc.objects("institutions", true)) {
            Institution read = construct(institution.path, () ->
                    new Institution(institution.string("id"), institution.string("name")));
            institution.done();
            builder.institution(read);
            firstInstitution = firstInstitution == null ? read.id() : firstInstitution;
        }
        List<Location> locations = new ArrayList<>();
        for (Obj location : doc.objects("locations", true)) {
            Location read = construct(location.path, () -> new Location(
                    location.string("code"), location.string("name"), location.string("institutionId")));
            location.done();
            locations.add(read);
            builder.location(read);
        }
        for (Obj patron : doc.objects("patrons", false)) {
            builder.patron(readPatron(patron, policy, firstInstitution));
        }
        for (Obj item : doc.objects("items", false)) {
            builder.item(readItem(item, locations));
        }
        doc.done();
    }

    private LibraryPolicy readPolicy(Obj p) {
        LibraryPolicy defaults = LibraryPolicy.defaults();
        LibraryPolicy policy = construct(p.path, () -> new LibraryPolicy(
                p.optionalString("currency").orElse(defaults.currency()),
                p.optionalMoney("feeLimit").orElse(defaults.feeLimit()),
                p.optionalMoney("overdueFinePerDay").orElse(defaults.overdueFinePerDay()),
                p.optionalMoney("maxOverdueFine").orElse(defaults.maxOverdueFine()),
                p.optionalInt("holdShelfDays").orElse(defaults.holdShelfDays())));
        p.done();
        return policy;
    }

    private Patron readPatron(Obj p, LibraryPolicy policy, String firstInstitution) {
        Patron.Builder b = Patron.builder(p.string("id"), p.string("pin"), p.string("personalName"));
        Optional<String> institution = p.optionalString("institutionId");
        if (institution.isEmpty() && firstInstitution == null) {
            throw new LibraryDataException(p.path + ".institutionId", "missing (expected: a string)");
        }
        b.institutionId(institution.orElse(firstInstitution))
                .email(p.optionalString("email").orElse(null))
                .phone(p.optionalString("phone").orElse(null))
                .address(p.optionalString("address").orElse(null))
                .language(p.optionalString("language").orElse("000"))
                .patronClass(p.optionalString("patronClass").orElse(""))
                .blocked(p.optionalBoolean("blocked").orElse(false));
        Optional<String> reason = p.optionalString("blockReason");
        if (reason.isPresent()) {
            if (!p.node.path("blocked").asBoolean(false)) {
                throw new LibraryDataException(p.path + ".blockReason",
                        quote(reason.get()) + " (expected: absent unless blocked is true)");
            }
            b.blocked(reason.get());
        }
        b.cardLost(p.optionalBoolean("cardLost").orElse(false))
                .expiryDate(p.optionalDate("expiryDate").orElse(null))
                .currency(p.optionalString("currency").orElse(policy.currency()));
        Optional<Obj> limits = p.optionalObject("limits");
        if (limits.isPresent()) {
            Obj l = limits.get();
            PatronLimits d = PatronLimits.DEFAULT;
            b.limits(construct(l.path, () -> new PatronLimits(
                    l.optionalInt("maxCharged").orElse(d.maxCharged()),
                    l.optionalInt("maxOverdue").orElse(d.maxOverdue()),
                    l.optionalInt("maxHolds").orElse(d.maxHolds()))));
            l.done();
        }
        for (Obj f : p.objects("fees", false)) {
            FeeItem fee = construct(f.path, () -> new FeeItem(
                    f.string("id"),
                    f.enumValue("type", true, FeeType.class, FeeType::fromCode, "a fee type code 01 to 09 or name such as OVERDUE")
                            .get(),
                    f.money("amount"),
                    f.optionalString("description").orElse(""),
                    f.optionalString("itemId"),
                    f.optionalDate("createdDate").orElse(today)));
            f.done();
            b.addFee(fee);
        }
        Patron patron = construct(p.path, b::build);
        p.done();
        return patron;
    }

    private Item readItem(Obj i, List<Location> locations) {
        String permanent = i.string("permanentLocation");
        String owner = i.optionalString("ownerInstitutionId").orElseGet(() -> locations.stream()
                .filter(l -> l.code().equals(permanent))
                .map(Location::institutionId)
                .findFirst()
                .orElseThrow(() -> new LibraryDataException(i.path + ".permanentLocation",
                        quote(permanent) + " (expected: a location code defined in the data)")));
        Item.Builder b = Item.builder(i.string("id"), i.string("title"))
                .author(i.optionalString("author").orElse(""))
                .ownerInstitutionId(owner)
                .permanentLocation(permanent)
                .currentLocation(i.optionalString("currentLocation").orElse(permanent))
                .mediaType(i.optionalString("mediaType").orElse("001"))
                .callNumber(i.optionalString("callNumber").orElse(""))
                .collectionCode(i.optionalString("collectionCode").orElse(""))
                .securityMarker(i.optionalString("securityMarker").orElse("02"))
                .properties(i.optionalString("properties").orElse(""))
                .chargedTo(i.optionalString("chargedTo").orElse(null))
                .dueDate(i.optionalDate("dueDate").orElse(null))
                .renewals(i.optionalInt("renewals").orElse(0))
                .maxRenewals(i.optionalInt("maxRenewals").orElse(3))
                .loanPeriodDays(i.optionalInt("loanPeriodDays").orElse(21))
                .rentalFee(i.optionalMoney("rentalFee").orElse(null))
                .transitDestination(i.optionalString("transitDestination").orElse(null));
        Optional<CirculationStatus> status = i.enumValue("status", false, CirculationStatus.class,
                CirculationStatus::fromCode, "a circulation status name such as AVAILABLE, or a code 01 to 13");
        boolean firstReady = false;
        List<Obj> holds = i.objects("holds", false);
        for (int n = 0; n < holds.size(); n++) {
            Obj h = holds.get(n);
            Hold hold = construct(h.path, () -> new Hold(
                    h.string("patronId"),
                    h.optionalString("pickupLocation").orElse(permanent),
                    h.optionalDate("placedDate").orElse(today),
                    h.optionalDate("expiryDate"),
                    h.enumValue("type", false, HoldType.class, HoldType::fromCode,
                            "a hold type code 1 to 4 or name such as SPECIFIC_COPY").orElse(HoldType.SPECIFIC_COPY),
                    h.optionalDate("pickupByDate")));
            h.done();
            firstReady |= n == 0 && hold.isReady();
            b.addHold(hold);
        }
        CirculationStatus implied = i.node.hasNonNull("chargedTo") ? CirculationStatus.CHARGED
                : i.node.hasNonNull("transitDestination") ? CirculationStatus.IN_TRANSIT
                : firstReady ? CirculationStatus.WAITING_ON_HOLD_SHELF
                : CirculationStatus.AVAILABLE;
        b.status(status.orElse(implied));
        Item item = construct(i.path, b::build);
        i.done();
        return item;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs a constructor, turning its {@code "<component>: <problem>"} argument errors into errors at
     * {@code <path>.<component>}.
     */
    private static <T> T construct(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (LibraryDataException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(": ");
            if (colon > 0 && message.substring(0, colon).matches("[A-Za-z]+(\\[\\d+])?(\\.[A-Za-z]+)?")) {
                throw new LibraryDataException(join(path, message.substring(0, colon)), message.substring(colon + 2), e);
            }
            throw new LibraryDataException(path, message, e);
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }

    private static String show(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** One JSON object being read: remembers the keys asked for, so that {@link #done()} can reject the others. */
    private final class Obj {
        final JsonNode node;
        final String path;
        final Set<String> known = new LinkedHashSet<>();

        private Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        private JsonNode get(String key) {
            known.add(key);
            JsonNode value = node.get(key);
            return value == null || value.isNull() ? null : value;
        }

        private LibraryDataException wrong(String key, JsonNode value, String expected) {
            return new LibraryDataException(join(path, key),
                    (value == null ? "missing" : show(value)) + " (expected: " + expected + ")");
        }

        String string(String key) {
            JsonNode value = get(key);
            if (value == null || !value.isTextual()) {
                throw wrong(key, value, "a string");
            }
            return value.textValue();
        }

        Optional<String> optionalString(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw wrong(key, value, "a string");
            }
            return Optional.of(value.textValue());
        }

        Optional<Boolean> optionalBoolean(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isBoolean()) {
                throw wrong(key, value, "true or false");
            }
            return Optional.of(value.booleanValue());
        }

        Optional<Integer> optionalInt(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw wrong(key, value, "a whole number");
            }
            return Optional.of(value.intValue());
        }

        BigDecimal money(String key) {
            JsonNode value = get(key);
            if (value == null) {
                throw wrong(key, null, MONEY);
            }
            return toMoney(key, value);
        }

        Optional<BigDecimal> optionalMoney(String key) {
            JsonNode value = get(key);
            return value == null ? Optional.empty() : Optional.of(toMoney(key, value));
        }

        private BigDecimal toMoney(String key, JsonNode value) {
            BigDecimal amount;
            if (value.isNumber()) {
                amount = value.decimalValue();
            } else if (value.isTextual() && value.textValue().matches("-?\\d+(\\.\\d+)?")) {
                amount = new BigDecimal(value.textValue());
            } else {
                throw wrong(key, value, MONEY);
            }
            if (Math.max(amount.stripTrailingZeros().scale(), 0) > 2) {
                throw wrong(key, value, MONEY);
            }
            return amount;
        }

        Optional<LocalDate> optionalDate(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw wrong(key, value, DATE);
            }
            String text = value.textValue().strip();
            Matcher relative = RELATIVE_DATE.matcher(text.toLowerCase(Locale.ROOT));
            if (relative.matches()) {
                if (relative.group(1) == null) {
                    return Optional.of(today);
                }
                long days = Long.parseLong(relative.group(2));
                return Optional.of(relative.group(1).equals("+") ? today.plusDays(days) : today.minusDays(days));
            }
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                throw wrong(key, value, DATE);
            }
        }

        <E extends Enum<E>> Optional<E> enumValue(
                String key, boolean required, Class<E> type, Function<String, Optional<E>> byCode, String expected) {
            JsonNode value = get(key);
            if (value == null && !required) {
                return Optional.empty();
            }
            if (value == null || !value.isTextual()) {
                throw wrong(key, value, expected);
            }
            String text = value.textValue();
            Optional<E> found = byCode.apply(text);
            if (found.isEmpty()) {
                found = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text)).findFirst();
            }
            if (found.isEmpty()) {
                throw wrong(key, value, expected);
            }
            return found;
        }

        Optional<Obj> optionalObject(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isObject()) {
                throw wrong(key, value, "an object");
            }
            return Optional.of(new Obj(value, join(path, key)));
        }

        List<Obj> objects(String key, boolean required) {
            JsonNode value = get(key);
            if (value == null && !required) {
                return List.of();
            }
            if (value == null || !value.isArray()) {
                throw wrong(key, value, "an array of objects");
            }
            List<Obj> list = new ArrayList<>();
            for (int n = 0; n < value.size(); n++) {
                JsonNode element = value.get(n);
                String elementPath = join(path, key) + "[" + n + "]";
                if (!element.isObject()) {
                    throw new LibraryDataException(elementPath, show(element) + " (expected: an object)");
                }
                list.add(new Obj(element, elementPath));
            }
            return list;
        }

        /** Rejects keys this object does not know. */
        void done() {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw new LibraryDataException(join(path, name),
                            "unknown key (expected one of: " + String.join(", ", known) + ")");
                }
            }
        }
    }
}
