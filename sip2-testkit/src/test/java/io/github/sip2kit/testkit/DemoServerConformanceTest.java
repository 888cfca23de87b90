package io.github.sip2kit.testkit;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.Checksum;
import io.github.sip2kit.testkit.library.Item;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A black-box conformance test of the running demo server: hand-written requests over a plain socket, and each
 * response checked against the wire reference (sip2-protocol.md §1 and §3) byte by byte: the message code, every
 * fixed field's width and characters, the transaction date, the tagged fields, the AY echo, the AZ checksum and the
 * CR terminator; plus Request ACS Resend (97), Request SC Resend (96) for a corrupted checksum, and replay of a
 * repeated request without running it twice.
 */
class DemoServerConformanceTest {

    private static final String YN = "[YN]";
    private static final String OK = "[01]";
    private static final String YNU = "[YNU]";
    private static final String DATE =
            "\\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])( {4}|   [A-Z])([01]\\d|2[0-3])[0-5]\\d[0-5]\\d";
    private static final String PATRON_STATUS = "[Y ]{14}";
    private static final String LANGUAGE = "\\d{3}";
    private static final String COUNT = "\\d{4}| {4}";
    private static final String TRANSACTION_DATE = "transaction date";

    /** One fixed field of a response: its name in the reference, width and the characters it may hold. */
    private record Fixed(String name, int width, String pattern) {}

    private static Fixed fixed(String name, int width, String pattern) {
        return new Fixed(name, width, pattern);
    }

    private static List<Fixed> patronStatusLayout() {
        return List.of(fixed("patron status", 14, PATRON_STATUS), fixed("language", 3, LANGUAGE),
                fixed(TRANSACTION_DATE, 18, DATE));
    }

    private static List<Fixed> checkoutLayout() {
        return List.of(fixed("ok", 1, OK), fixed("renewal ok", 1, YN), fixed("magnetic media", 1, YNU),
                fixed("desensitize", 1, YNU), fixed(TRANSACTION_DATE, 18, DATE));
    }

    /** The fixed part of every response, in order, as the reference's §3.2 tables give it. */
    private static final Map<String, List<Fixed>> LAYOUTS = Map.ofEntries(
            entry("10", List.of(fixed("ok", 1, OK), fixed("resensitize", 1, YN), fixed("magnetic media", 1, YNU),
                    fixed("alert", 1, YN), fixed(TRANSACTION_DATE, 18, DATE))),
            entry("12", checkoutLayout()),
            entry("16", List.of(fixed("ok", 1, OK), fixed("available", 1, YN), fixed(TRANSACTION_DATE, 18, DATE))),
            entry("18", List.of(fixed("circulation status", 2, "0[1-9]|1[0-3]"),
                    fixed("security marker", 2, "0[0-3]"), fixed("fee type", 2, "0[1-9]|[1-9]\\d"),
                    fixed(TRANSACTION_DATE, 18, DATE))),
            entry("20", List.of(fixed("item properties ok", 1, OK), fixed(TRANSACTION_DATE, 18, DATE))),
            entry("24", patronStatusLayout()),
            entry("26", patronStatusLayout()),
            entry("30", checkoutLayout()),
            entry("36", List.of(fixed("end session", 1, YN), fixed(TRANSACTION_DATE, 18, DATE))),
            entry("38", List.of(fixed("payment accepted", 1, YN), fixed(TRANSACTION_DATE, 18, DATE))),
            entry("64", List.of(fixed("patron status", 14, PATRON_STATUS), fixed("language", 3, LANGUAGE),
                    fixed(TRANSACTION_DATE, 18, DATE), fixed("hold items count", 4, COUNT),
                    fixed("overdue items count", 4, COUNT), fixed("charged items count", 4, COUNT),
                    fixed("fine items count", 4, COUNT), fixed("recall items count", 4, COUNT),
                    fixed("unavailable holds count", 4, COUNT))),
            entry("66", List.of(fixed("ok", 1, OK), fixed("renewed count", 4, "\\d{4}"),
                    fixed("unrenewed count", 4, "\\d{4}"), fixed(TRANSACTION_DATE, 18, DATE))),
            entry("94", List.of(fixed("ok", 1, OK))),
            entry("96", List.of()),
            entry("98", List.of(fixed("on-line status", 1, YN), fixed("checkin ok", 1, YN),
                    fixed("checkout ok", 1, YN), fixed("ACS renewal policy", 1, YN),
                    fixed("status update ok", 1, YN), fixed("off-line ok", 1, YN),
                    fixed("timeout period", 3, "\\d{3}"), fixed("retries allowed", 3, "\\d{3}"),
                    fixed("date / time sync", 18, DATE + "|0{18}"), fixed("protocol version", 4, "\\d\\.\\d\\d"))));

    /** The reference's §3.0: length of each response's fixed part after the two-character message code. */
    private static final Map<String, Integer> REFERENCE_FIXED_LENGTHS = Map.ofEntries(
            entry("10", 22), entry("12", 22), entry("16", 20), entry("18", 24), entry("20", 19), entry("24", 35),
            entry("26", 35), entry("30", 22), entry("36", 19), entry("38", 19), entry("64", 59), entry("66", 27),
            entry("94", 1), entry("96", 0), entry("98", 34));

    /** The tagged fields each response must carry (R in the reference's §3.2 tables). */
    private static final Map<String, List<String>> REQUIRED_FIELDS = Map.ofEntries(
            entry("10", List.of("AO", "AB")), entry("12", List.of("AO", "AA", "AB", "AJ", "AH")),
            entry("16", List.of("AO", "AA")), entry("18", List.of("AB", "AJ")), entry("20", List.of("AB")),
            entry("24", List.of("AO", "AA", "AE")), entry("26", List.of("AO", "AA", "AE")),
            entry("30", List.of("AO", "AA", "AB", "AJ", "AH")), entry("36", List.of("AO", "AA")),
            entry("38", List.of("AO", "AA")), entry("64", List.of("AO", "AA", "AE")), entry("66", List.of("AO")),
            entry("94", List.of()), entry("96", List.of()), entry("98", List.of("AO", "BX")));

    /** Tagged fields whose values have a fixed form (reference §2.4). */
    private static final Map<String, String> TAGGED_FORMS = Map.ofEntries(
            entry("BX", "[YN]{16}"), entry("BW", DATE), entry("CJ", DATE), entry("CM", DATE),
            entry("BH", "[A-Z]{3}"), entry("CK", "\\d{3}"), entry("BT", "\\d{2}"), entry("BL", YN),
            entry("CQ", YN), entry("CI", YN), entry("BZ", "\\d{4}"), entry("CA", "\\d{4}"), entry("CB", "\\d{4}"),
            entry("CV", "\\d{2}"));

    private static final Pattern TRAILER = Pattern.compile("(.*)AY(\\d)AZ([0-9A-F]{4})", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("([A-Z]{2})([^|]*)\\|");
    private static final byte[] REQUEST_SC_RESEND = "96AZFEF6\r".getBytes(RawSc.CHARSET);
    private static final String REQUEST_ACS_RESEND = "97AZFEF5";

    private DemoServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = DemoServer.start(DemoServer.Options.builder().port(0).clock(DemoSession.CLOCK).build());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private RawSc connect() throws IOException {
        return new RawSc(server.address());
    }

    @Test
    void layoutTableAddsUpToTheReferenceFixedLengths() {
        assertThat(LAYOUTS.keySet()).isEqualTo(REFERENCE_FIXED_LENGTHS.keySet());
        LAYOUTS.forEach((code, fields) -> assertThat(fields.stream().mapToInt(Fixed::width).sum())
                .as("fixed part of %s", code).isEqualTo(REFERENCE_FIXED_LENGTHS.get(code)));
    }

    @ParameterizedTest(name = "error detection {0}")
    @ValueSource(booleans = {true, false})
    void answersEveryRequestTypeWithTheReferenceLayout(boolean errorDetection) throws IOException {
        Set<String> requestCodes = new TreeSet<>();
        Set<String> responseCodes = new TreeSet<>();
        try (RawSc sc = connect()) {
            byte[] previous = null;
            int n = 0;
            for (DemoSession.Step step : DemoSession.everyRequest()) {
                // sequence numbers 1, 4, 7, 0, 3, ...: each request's differs from the one before
                int sequence = (3 * n++ + 1) % 10;
                String request = errorDetection ? RawSc.seal(step.request(), sequence) : step.request();
                byte[] reply = sc.exchange(request);
                assertConforms(request, reply, step.response(),
                        errorDetection ? OptionalInt.of(sequence) : OptionalInt.empty());
                requestCodes.add(step.request().substring(0, 2));
                responseCodes.add(step.response());
                previous = reply;
            }
            byte[] resent = sc.exchange(errorDetection ? REQUEST_ACS_RESEND : "97");
            requestCodes.add("97");
            assertThat(resent).as("97 after %s", RawSc.text(previous)).isEqualTo(previous);
        }
        assertThat(requestCodes).as("request types sent").containsExactly(
                "01", "09", "11", "15", "17", "19", "23", "25", "29", "35", "37", "63", "65", "93", "97", "99");
        assertThat(responseCodes).as("response types checked").containsExactlyElementsOf(
                new TreeSet<>(Set.of("10", "12", "16", "18", "20", "24", "26", "30", "36", "38", "64", "66", "94",
                        "98")));
    }

    @Test
    void requestAcsResendRepeatsThePreviousResponseByteForByte() throws IOException {
        try (RawSc sc = connect()) {
            assertThat(sc.exchange(REQUEST_ACS_RESEND)).as("97 before any response")
                    .isEqualTo(REQUEST_SC_RESEND);
            assertThat(sc.exchange(RawSc.seal(DemoSession.login().request(), 7))).asString(RawSc.CHARSET)
                    .startsWith("941AY7AZ");
            String request = RawSc.seal("17" + DemoSession.NOW + "AOMAIN|ABITM-0007|AC|", 8);
            byte[] itemInformation = sc.exchange(request);
            assertConforms(request, itemInformation, "18", OptionalInt.of(8));
            assertThat(sc.exchange(REQUEST_ACS_RESEND)).isEqualTo(itemInformation);
            assertThat(sc.exchange(REQUEST_ACS_RESEND)).as("a second 97").isEqualTo(itemInformation);
        }
    }

    @Test
    void corruptedChecksumIsAnsweredWithRequestScResend() throws IOException {
        try (RawSc sc = connect()) {
            String login = RawSc.seal(DemoSession.login().request(), 0);
            String wrongChecksum = login.substring(0, login.length() - 4)
                    + Checksum.toHex((Checksum.parseHex(login, login.length() - 4) + 1) & 0xFFFF);
            assertThat(sc.exchange(wrongChecksum)).as("reply to %s", wrongChecksum).isEqualTo(REQUEST_SC_RESEND);

            String changedByte = login.replace("kiosk1|", "kiosk2|");
            assertThat(sc.exchange(changedByte)).as("reply to %s", changedByte).isEqualTo(REQUEST_SC_RESEND);
            assertThat(sc.exchange(REQUEST_ACS_RESEND)).as("97 after a 96").isEqualTo(REQUEST_SC_RESEND);

            assertThat(sc.exchange(login)).as("the intact login, sent again").asString(RawSc.CHARSET)
                    .startsWith("941AY0AZ");
        }
    }

    @Test
    void repeatedCheckoutIsAnsweredWithTheSameBytesAndChecksOutOnce() throws IOException {
        String checkout = "11YN" + DemoSession.NOW + " ".repeat(18) + "AOMAIN|AAPAT-0001|ABITM-0001|AC|AD1111|";
        try (RawSc sc = connect()) {
            sc.exchange(RawSc.seal(DemoSession.login().request(), 3));
            byte[] first = sc.exchange(RawSc.seal(checkout, 4));
            assertConforms(checkout, first, "12", OptionalInt.of(4));
            assertThat(RawSc.text(first)).startsWith("121N");
            Item afterFirst = server.library().item("ITM-0001").orElseThrow();

            byte[] repeated = sc.exchange(RawSc.seal(checkout, 4));

            assertThat(repeated).isEqualTo(first);
            Item afterRepeat = server.library().item("ITM-0001").orElseThrow();
            assertThat(afterRepeat.chargedTo()).hasValue("PAT-0001");
            assertThat(afterRepeat.renewals()).as("renewals: a second checkout by the borrower renews").isZero();
            assertThat(afterRepeat).isEqualTo(afterFirst);

            // the same request with a new sequence number is a new request: the borrower's checkout renews
            byte[] again = sc.exchange(RawSc.seal(checkout, 5));
            assertThat(RawSc.text(again)).startsWith("121Y");
            assertThat(server.library().item("ITM-0001").orElseThrow().renewals()).isEqualTo(1);
        }
    }

    @Test
    void repeatedFeePaymentIsAnsweredWithTheSameBytesAndPaidOnce() throws IOException {
        String payment = "37" + DemoSession.NOW + "0100USDBV1.00|AOMAIN|AAPAT-0003|AC|AD3333|";
        try (RawSc sc = connect()) {
            sc.exchange(RawSc.seal(DemoSession.login().request(), 9));
            byte[] first = sc.exchange(RawSc.seal(payment, 0));
            assertConforms(payment, first, "38", OptionalInt.of(0));
            assertThat(RawSc.text(first)).startsWith("38Y");

            assertThat(sc.exchange(RawSc.seal(payment, 0))).isEqualTo(first);
            assertThat(server.library().payments()).hasSize(1);
            assertThat(balance()).isEqualByComparingTo("13.50");

            sc.exchange(RawSc.seal(payment, 1));
            assertThat(server.library().payments()).as("payments after a new sequence number").hasSize(2);
            assertThat(balance()).isEqualByComparingTo("12.50");
        }
    }

    @Test
    void echoesWhateverSequenceNumberTheRequestCarries() throws IOException {
        try (RawSc sc = connect()) {
            sc.exchange(RawSc.seal(DemoSession.login().request(), 0));
            for (int sequence : new int[] {9, 2, 2, 7, 0, 5}) {
                String item = String.format("ITM-%04d", 1 + sequence);
                String request = RawSc.seal("17" + DemoSession.NOW + "AOMAIN|AB" + item + "|AC|", sequence);
                assertConforms(request, sc.exchange(request), "18", OptionalInt.of(sequence));
            }
        }
    }

    private BigDecimal balance() {
        return server.library().patronSummary("PAT-0003").orElseThrow().totalFees();
    }

    // ---------------------------------------------------------------- the checks

    /**
     * Checks a reply against the reference: terminator, trailer, message code, each fixed field and the tagged
     * part.
     *
     * @param sequence the request's sequence number, or empty when the request carried no trailer
     */
    private static void assertConforms(String request, byte[] reply, String code, OptionalInt sequence) {
        String text = RawSc.text(reply);
        String what = "reply " + text.replace("\r", "<CR>") + " to " + request;
        assertThat(reply[reply.length - 1]).as("%s: CR terminator", what).isEqualTo((byte) '\r');
        String frame = text.substring(0, text.length() - 1);
        assertThat(frame).as("%s: no CR, LF or NUL before the terminator", what).doesNotContain("\r", "\n", "\0");

        String body = frame;
        if (sequence.isPresent()) {
            Matcher trailer = TRAILER.matcher(frame);
            assertThat(trailer.matches()).as("%s: ends with AY, a digit, AZ and four upper-case hex digits", what)
                    .isTrue();
            assertThat(trailer.group(2)).as("%s: AY echoes the request's", what)
                    .isEqualTo(String.valueOf(sequence.getAsInt()));
            int covered = reply.length - 1 - 4;
            assertThat(Checksum.toHex(Checksum.compute(reply, 0, covered))).as("%s: AZ checksum", what)
                    .isEqualTo(trailer.group(3));
            body = trailer.group(1);
        }

        assertThat(body).as("%s: message code", what).startsWith(code);
        int column = 2;
        for (Fixed field : LAYOUTS.get(code)) {
            assertThat(body.length()).as("%s: length with %s", what, field.name())
                    .isGreaterThanOrEqualTo(column + field.width());
            String value = body.substring(column, column + field.width());
            assertThat(value).as("%s: %s at column %d", what, field.name(), column + 1).matches(field.pattern());
            if (field.name().equals(TRANSACTION_DATE)) {
                assertThat(value).as("%s: %s is the server clock's", what, field.name()).isEqualTo(DemoSession.NOW);
            }
            column += field.width();
        }

        String tagged = body.substring(column);
        List<String> ids = new ArrayList<>();
        Matcher field = FIELD.matcher(tagged);
        int end = 0;
        while (field.lookingAt()) {
            String id = field.group(1);
            ids.add(id);
            if (TAGGED_FORMS.containsKey(id)) {
                assertThat(field.group(2)).as("%s: field %s", what, id).matches(TAGGED_FORMS.get(id));
            }
            end = field.end();
            field.region(end, tagged.length());
        }
        assertThat(tagged.substring(end)).as("%s: tagged fields, each ID + value + '|', after the %d-character "
                + "fixed part", what, column - 2).isEmpty();
        assertThat(ids).as("%s: required fields", what).containsAll(REQUIRED_FIELDS.get(code));
        assertThat(ids).as("%s: AY/AZ only as the trailer", what).doesNotContain("AY", "AZ");
        List<String> repeatable = Arrays.asList("AF", "AG", "AS", "AT", "AU", "AV", "BU", "CD", "BM", "BN");
        assertThat(ids.stream().filter(id -> !repeatable.contains(id)).distinct().count())
                .as("%s: no field twice but the repeatable ones", what)
                .isEqualTo(ids.stream().filter(id -> !repeatable.contains(id)).count());
    }
}
