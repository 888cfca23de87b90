package io.github.sip2kit.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A session against the demo server written out as wire text: a login as {@code kiosk1}, then every SC request
 * type against the demo data set, with known and unknown patrons and items, right and wrong PINs, and Patron
 * Information with each summary position. Each request carries the terminal password {@link #TERMINAL_PASSWORD}
 * where it has an AC field.
 */
final class DemoSession {

    /** The fixed time of the server and the library: 2026-03-10, 10:30:00 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:30:00Z"), ZoneOffset.UTC);
    /** The transaction date every response carries. */
    static final String NOW = "20260310    103000";
    /** The terminal password (AC) the requests carry; the demo server does not check it. */
    static final String TERMINAL_PASSWORD = "term-pw-Q7x";
    /** A patron password (AD) no patron has. */
    static final String WRONG_PIN = "9876";

    private static final String DATE = "20260309    080000";
    private static final String BLANK = " ".repeat(18);
    private static final String AC = "AC" + TERMINAL_PASSWORD + "|";

    /**
     * One request and the message code of its answer.
     *
     * @param request the request text without trailer and terminator
     * @param response the expected response's message code
     */
    record Step(String request, String response) {}

    private DemoSession() {}

    /** {@return the login of the main library's kiosk} */
    static Step login() {
        return new Step("9300CN" + DemoAccounts.MAIN_KIOSK_LOGIN + "|CO" + DemoAccounts.MAIN_KIOSK_PASSWORD
                + "|CPMAIN-ADULT|", "94");
    }

    /** {@return a login, then every SC request type but Request ACS Resend (97)} */
    static List<Step> everyRequest() {
        List<Step> steps = new ArrayList<>();
        steps.add(login());
        steps.add(new Step("9900802.00", "98"));
        steps.add(new Step("01N" + DATE + "AOMAIN|ALCard left in the machine|AAPAT-0007|" + AC, "24"));
        steps.add(new Step("01Y" + DATE + "AOMAIN|ALTampering|AANO-SUCH-PATRON|" + AC, "24"));
        steps.add(new Step("09N" + DATE + BLANK + "APMAIN-ADULT|AOMAIN|ABITM-0004|" + AC, "10"));
        steps.add(new Step("09N" + DATE + DATE + "APMAIN-ADULT|AOMAIN|ABITM-0006|" + AC + "BIN|", "10"));
        steps.add(new Step("09N" + DATE + BLANK + "APMAIN-ADULT|AOMAIN|ABNO-SUCH-ITEM|" + AC, "10"));
        steps.add(new Step("11YN" + DATE + BLANK + "AOMAIN|AAPAT-0001|ABITM-0001|" + AC + "AD1111|", "12"));
        steps.add(new Step("11YN" + DATE + BLANK + "AOMAIN|AAPAT-0001|ABITM-0011|" + AC + "AD1111|BON|", "12"));
        steps.add(new Step("11YN" + DATE + BLANK + "AOMAIN|AAPAT-0001|ABITM-0007|" + AC + "AD" + WRONG_PIN + "|",
                "12"));
        steps.add(new Step("11NN" + DATE + BLANK + "AOMAIN|AAPAT-0003|ABNO-SUCH-ITEM|" + AC + "AD3333|", "12"));
        steps.add(new Step("15+" + DATE + "BSMAIN-ADULT|AOMAIN|AAPAT-0001|AD1111|ABITM-0010|" + AC, "16"));
        steps.add(new Step("15-" + DATE + "AOMAIN|AAPAT-0001|AD1111|ABITM-0003|" + AC, "16"));
        steps.add(new Step("15+" + DATE + "AOMAIN|AAPAT-0005|AD5555|AJRecall Protocol|" + AC, "16"));
        steps.add(new Step("17" + DATE + "AOMAIN|ABITM-0007|" + AC, "18"));
        steps.add(new Step("17" + DATE + "AOMAIN|ABITM-0012|" + AC, "18"));
        steps.add(new Step("17" + DATE + "AOMAIN|ABNO-SUCH-ITEM|" + AC, "18"));
        steps.add(new Step("19" + DATE + "AOMAIN|ABITM-0007|" + AC + "CHSprache: Deutsch; Zustand: gut|", "20"));
        steps.add(new Step("19" + DATE + "AOMAIN|ABNO-SUCH-ITEM|" + AC + "CHx|", "20"));
        steps.add(new Step("23001" + DATE + "AOMAIN|AAPAT-0003|" + AC + "AD3333|", "24"));
        steps.add(new Step("23015" + DATE + "AOMAIN|AAPAT-0004|" + AC + "AD" + WRONG_PIN + "|", "24"));
        steps.add(new Step("23001" + DATE + "AOMAIN|AANO-SUCH-PATRON|" + AC + "AD|", "24"));
        steps.add(new Step("25" + DATE + "AOMAIN|AAPAT-0002|" + AC + "AD2222|", "26"));
        steps.add(new Step("25" + DATE + "AOMAIN|AANO-SUCH-PATRON|" + AC + "AD|", "26"));
        steps.add(new Step("29NN" + DATE + BLANK + "AOMAIN|AAPAT-0001|AD1111|ABITM-0002|" + AC, "30"));
        steps.add(new Step("29YN" + DATE + BLANK + "AOMAIN|AAPAT-0004|AD4444|ABITM-0006|" + AC, "30"));
        steps.add(new Step("35" + DATE + "AOMAIN|AAPAT-0001|" + AC + "AD1111|", "36"));
        steps.add(new Step("37" + DATE + "0100USD" + "BV4.50|AOMAIN|AAPAT-0003|" + AC + "AD3333|CGFEE-0301|", "38"));
        steps.add(new Step("37" + DATE + "0101USD" + "BV99.00|AOMAIN|AAPAT-0003|" + AC + "AD3333|", "38"));
        for (String patron : List.of("PAT-0001 1111", "PAT-0004 4444")) {
            String id = patron.substring(0, 8);
            String pin = patron.substring(9);
            for (int position = -1; position < 10; position++) {
                steps.add(new Step("63001" + DATE + summary(position) + "AOMAIN|AA" + id + "|" + AC + "AD" + pin
                        + "|BP1|BQ5|", "64"));
            }
        }
        steps.add(new Step("63001" + DATE + summary(2) + "AOMAIN|AANO-SUCH-PATRON|" + AC + "AD|", "64"));
        steps.add(new Step("65" + DATE + "AOMAIN|AAPAT-0004|AD4444|" + AC, "66"));
        steps.add(new Step("65" + DATE + "AOMAIN|AAPAT-0001|AD1111|" + AC + "BOY|", "66"));
        return steps;
    }

    /** {@return a summary field with {@code Y} at the 0-based position, or all blank for -1} */
    static String summary(int position) {
        char[] summary = " ".repeat(10).toCharArray();
        if (position >= 0) {
            summary[position] = 'Y';
        }
        return new String(summary);
    }
}
