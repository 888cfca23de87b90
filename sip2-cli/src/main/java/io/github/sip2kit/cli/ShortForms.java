package io.github.sip2kit.cli;

import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.HoldType;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.ScStatusCode;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.lang3.StringUtils;

/**
 * The short forms of requests: {@code checkout patron=P1001 item=I2001 pin=1234}. Each form names the fields it
 * takes; the transaction date is now, the institution (AO) and location come from the command line unless the
 * form overrides them with {@code institution=}, and a terminal password (AC) from the command line goes into
 * every request that has one.
 */
final class ShortForms {

    /** One short form: its name, its keys (required ones first) and what it builds. */
    private record Form(String name, List<String> required, List<String> optional, String summary, Builder builder) {
        String usage() {
            StringBuilder usage = new StringBuilder(name);
            required.forEach(key -> usage.append(' ').append(key).append('='));
            optional.stream().filter(key -> !key.equals("institution"))
                    .forEach(key -> usage.append(" [").append(key).append("=]"));
            return usage.toString();
        }
    }

    @FunctionalInterface
    private interface Builder {
        ScRequest<?> build(Args args);
    }

    /** The defaults every form starts from. */
    record Defaults(String institutionId, String locationCode, String terminalPassword, Clock clock) {}

    private static final Map<String, Form> FORMS = new LinkedHashMap<>();

    static {
        add("login", List.of("user", "password"), List.of("location"), "Login (93)",
                a -> LoginRequest.builder()
                        .loginUserId(a.get("user"))
                        .loginPassword(a.get("password"))
                        .locationCode(a.optional("location", a.defaults.locationCode()))
                        .build());
        add("sc-status", List.of(), List.of("status", "width", "version"), "SC Status (99)",
                a -> ScStatus.builder()
                        .statusCode(ScStatusCode.of(a.code("status", "0", 1)))
                        .maxPrintWidth(a.number("width", 80, 0, 999))
                        .protocolVersion(a.optional("version", "2.00"))
                        .build());
        add("checkout", List.of("patron", "item"), List.of("pin", "fee-ack", "no-block", "properties"),
                "Checkout (11)",
                a -> {
                    CheckoutRequest.Builder b = CheckoutRequest.builder()
                            .scRenewalPolicy(true)
                            .noBlock(a.flag("no-block", false))
                            .transactionDate(a.now())
                            .institutionId(a.institution())
                            .patronIdentifier(a.get("patron"))
                            .itemIdentifier(a.get("item"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("pin", b::patronPassword);
                    a.ifPresent("properties", b::itemProperties);
                    if (a.has("fee-ack")) {
                        b.feeAcknowledged(a.flag("fee-ack", false));
                    }
                    return b.build();
                });
        add("checkin", List.of("item"), List.of("location", "no-block", "properties"), "Checkin (09)",
                a -> {
                    Sip2Timestamp now = a.now();
                    CheckinRequest.Builder b = CheckinRequest.builder()
                            .noBlock(a.flag("no-block", false))
                            .transactionDate(now)
                            .returnDate(now)
                            .currentLocation(a.optional("location", a.defaults.locationCode()))
                            .institutionId(a.institution())
                            .itemIdentifier(a.get("item"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("properties", b::itemProperties);
                    return b.build();
                });
        add("patron-status", List.of("patron"), List.of("pin"), "Patron Status (23)",
                a -> PatronStatusRequest.builder()
                        .language(Language.UNKNOWN)
                        .transactionDate(a.now())
                        .institutionId(a.institution())
                        .patronIdentifier(a.get("patron"))
                        .terminalPassword(a.defaults.terminalPassword())
                        .patronPassword(a.optional("pin", ""))
                        .build());
        add("patron-info", List.of("patron"), List.of("pin", "summary", "start", "end"),
                "Patron Information (63); summary=charged|holds|overdue|fines|recalls|unavailable",
                a -> {
                    PatronInformationRequest.Builder b = PatronInformationRequest.builder()
                            .language(Language.UNKNOWN)
                            .transactionDate(a.now())
                            .institutionId(a.institution())
                            .patronIdentifier(a.get("patron"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("pin", b::patronPassword);
                    if (a.has("summary")) {
                        b.summary(Set.of(summary(a)));
                    }
                    a.ifPresent("start", b::startItem);
                    a.ifPresent("end", b::endItem);
                    return b.build();
                });
        add("item-info", List.of("item"), List.of(), "Item Information (17)",
                a -> ItemInformationRequest.builder()
                        .transactionDate(a.now())
                        .institutionId(a.institution())
                        .itemIdentifier(a.get("item"))
                        .terminalPassword(a.defaults.terminalPassword())
                        .build());
        add("renew", List.of("patron"), List.of("item", "title", "pin", "fee-ack"),
                "Renew (29); item= or title=",
                a -> {
                    a.requireOneOf("item", "title");
                    RenewRequest.Builder b = RenewRequest.builder()
                            .thirdPartyAllowed(false)
                            .noBlock(false)
                            .transactionDate(a.now())
                            .institutionId(a.institution())
                            .patronIdentifier(a.get("patron"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("item", b::itemIdentifier);
                    a.ifPresent("title", b::titleIdentifier);
                    a.ifPresent("pin", b::patronPassword);
                    if (a.has("fee-ack")) {
                        b.feeAcknowledged(a.flag("fee-ack", false));
                    }
                    return b.build();
                });
        add("renew-all", List.of("patron"), List.of("pin", "fee-ack"), "Renew All (65)",
                a -> {
                    RenewAllRequest.Builder b = RenewAllRequest.builder()
                            .transactionDate(a.now())
                            .institutionId(a.institution())
                            .patronIdentifier(a.get("patron"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("pin", b::patronPassword);
                    if (a.has("fee-ack")) {
                        b.feeAcknowledged(a.flag("fee-ack", false));
                    }
                    return b.build();
                });
        add("hold", List.of("patron"), List.of("item", "title", "mode", "pickup", "pin", "type", "fee-ack"),
                "Hold (15); item= or title=; mode=+ (add, the default), - (delete) or * (change)",
                a -> {
                    a.requireOneOf("item", "title");
                    String mode = a.optional("mode", "+");
                    if (!Set.of("+", "-", "*").contains(mode)) {
                        throw a.invalid("mode", "+, - or *");
                    }
                    HoldRequest.Builder b = HoldRequest.builder()
                            .holdMode(HoldMode.of(mode))
                            .transactionDate(a.now())
                            .institutionId(a.institution())
                            .patronIdentifier(a.get("patron"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("item", b::itemIdentifier);
                    a.ifPresent("title", b::titleIdentifier);
                    a.ifPresent("pickup", b::pickupLocation);
                    a.ifPresent("pin", b::patronPassword);
                    if (a.has("type")) {
                        b.holdType(HoldType.of(a.code("type", "1", 1)));
                    }
                    if (a.has("fee-ack")) {
                        b.feeAcknowledged(a.flag("fee-ack", false));
                    }
                    return b.build();
                });
        add("fee-paid", List.of("patron", "amount"),
                List.of("fee-id", "currency", "payment", "fee-type", "pin", "transaction-id"),
                "Fee Paid (37); payment=00 cash, 01 VISA, 02 credit card; fee-type=01 to 99",
                a -> {
                    FeePaidRequest.Builder b = FeePaidRequest.builder()
                            .transactionDate(a.now())
                            .feeType(FeeType.of(a.code("fee-type", "01", 2)))
                            .paymentType(PaymentType.of(a.code("payment", "00", 2)))
                            .currencyType(CurrencyType.of(a.code("currency", "USD", 3)))
                            .feeAmount(a.get("amount"))
                            .institutionId(a.institution())
                            .patronIdentifier(a.get("patron"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("fee-id", b::feeIdentifier);
                    a.ifPresent("pin", b::patronPassword);
                    a.ifPresent("transaction-id", b::transactionId);
                    return b.build();
                });
        add("end-session", List.of("patron"), List.of("pin"), "End Patron Session (35)",
                a -> {
                    EndPatronSessionRequest.Builder b = EndPatronSessionRequest.builder()
                            .transactionDate(a.now())
                            .institutionId(a.institution())
                            .patronIdentifier(a.get("patron"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("pin", b::patronPassword);
                    return b.build();
                });
        add("block-patron", List.of("patron"), List.of("message", "retained"), "Block Patron (01)",
                a -> BlockPatron.builder()
                        .cardRetained(a.flag("retained", false))
                        .transactionDate(a.now())
                        .institutionId(a.institution())
                        .blockedCardMessage(a.optional("message", ""))
                        .patronIdentifier(a.get("patron"))
                        .terminalPassword(a.defaults.terminalPassword())
                        .build());
        add("patron-enable", List.of("patron"), List.of("pin"), "Patron Enable (25)",
                a -> {
                    PatronEnableRequest.Builder b = PatronEnableRequest.builder()
                            .transactionDate(a.now())
                            .institutionId(a.institution())
                            .patronIdentifier(a.get("patron"))
                            .terminalPassword(a.defaults.terminalPassword());
                    a.ifPresent("pin", b::patronPassword);
                    return b.build();
                });
        add("item-status-update", List.of("item", "properties"), List.of(), "Item Status Update (19)",
                a -> ItemStatusUpdateRequest.builder()
                        .transactionDate(a.now())
                        .institutionId(a.institution())
                        .itemIdentifier(a.get("item"))
                        .terminalPassword(a.defaults.terminalPassword())
                        .itemProperties(a.get("properties"))
                        .build());
    }

    private static final Map<String, SummaryItem> SUMMARIES = new TreeMap<>(Map.of(
            "holds", SummaryItem.HOLD_ITEMS,
            "overdue", SummaryItem.OVERDUE_ITEMS,
            "charged", SummaryItem.CHARGED_ITEMS,
            "fines", SummaryItem.FINE_ITEMS,
            "recalls", SummaryItem.RECALL_ITEMS,
            "unavailable", SummaryItem.UNAVAILABLE_HOLDS));

    private ShortForms() {}

    private static void add(String name, List<String> required, List<String> optional, String summary,
            Builder builder) {
        List<String> all = new ArrayList<>(optional);
        all.add("institution");
        FORMS.put(name, new Form(name, required, all, summary, builder));
    }

    private static SummaryItem summary(Args a) {
        SummaryItem item = SUMMARIES.get(a.get("summary").toLowerCase(Locale.ROOT));
        if (item == null) {
            throw a.invalid("summary", String.join(", ", SUMMARIES.keySet()));
        }
        return item;
    }

    /** {@return whether the line's first word names a short form} */
    static boolean isShortForm(String line) {
        return FORMS.containsKey(firstWord(line));
    }

    static String firstWord(String line) {
        String trimmed = line.strip();
        int space = StringUtils.indexOfAny(trimmed, ' ', '\t');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /**
     * Builds the request a short form describes.
     *
     * @throws CliException (usage error) naming the problem
     */
    static ScRequest<?> parse(String line, Defaults defaults) {
        List<String> words = Words.split(line);
        Form form = FORMS.get(words.get(0));
        if (form == null) {
            throw CliException.usage("unknown request '" + words.get(0) + "' (expected: one of "
                    + String.join(", ", FORMS.keySet()) + ", or a raw frame such as 9900802.00)");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String word : words.subList(1, words.size())) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? word : word.substring(0, eq);
            if (eq < 0 || (!form.required.contains(key) && !form.optional.contains(key))) {
                throw CliException.usage(form.name + ": '" + key + "' is not one of its keys (expected: "
                        + form.usage() + ")");
            }
            values.put(key, word.substring(eq + 1));
        }
        for (String key : form.required) {
            if (!values.containsKey(key)) {
                throw CliException.usage(form.name + ": " + key + "= is missing (expected: " + form.usage() + ")");
            }
        }
        try {
            return form.builder.build(new Args(form, values, defaults));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(form.name + ": " + e.getMessage());
        }
    }

    /** {@return two lines per short form: its usage, and what it sends, indented} */
    static List<String> help() {
        List<String> lines = new ArrayList<>();
        for (Form form : FORMS.values()) {
            lines.add(form.usage());
            lines.add("    " + form.summary);
        }
        return lines;
    }

    /** The key=value pairs of one short form. */
    private static final class Args {
        private final Form form;
        private final Map<String, String> values;
        private final Defaults defaults;

        Args(Form form, Map<String, String> values, Defaults defaults) {
            this.form = form;
            this.values = values;
            this.defaults = defaults;
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        String get(String key) {
            return values.get(key);
        }

        String optional(String key, String otherwise) {
            return values.getOrDefault(key, otherwise);
        }

        void ifPresent(String key, Consumer<String> setter) {
            if (values.containsKey(key)) {
                setter.accept(values.get(key));
            }
        }

        String institution() {
            return optional("institution", defaults.institutionId());
        }

        Sip2Timestamp now() {
            return Sip2Timestamp.now(defaults.clock());
        }

        boolean flag(String key, boolean otherwise) {
            if (!values.containsKey(key)) {
                return otherwise;
            }
            switch (values.get(key).toUpperCase(Locale.ROOT)) {
                case "Y":
                case "YES":
                case "TRUE":
                case "1":
                    return true;
                case "N":
                case "NO":
                case "FALSE":
                case "0":
                    return false;
                default:
                    throw invalid(key, "Y or N");
            }
        }

        int number(String key, int otherwise, int min, int max) {
            if (!values.containsKey(key)) {
                return otherwise;
            }
            try {
                int n = Integer.parseInt(values.get(key));
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid(key, min + " to " + max);
        }

        String code(String key, String otherwise, int width) {
            String code = optional(key, otherwise);
            if (code.length() != width) {
                throw invalid(key, width + " characters");
            }
            return code;
        }

        void requireOneOf(String first, String second) {
            if (!has(first) && !has(second)) {
                throw CliException.usage(form.name + ": " + first + "= or " + second + "= is missing (expected: "
                        + form.usage() + ")");
            }
        }

        CliException invalid(String key, String expected) {
            return CliException.usage(form.name + ": " + key + "='" + values.get(key) + "' (expected: " + expected
                    + ")");
        }
    }
}
