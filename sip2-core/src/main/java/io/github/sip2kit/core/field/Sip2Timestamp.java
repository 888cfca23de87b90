package io.github.sip2kit.core.field;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The 18-character date/time of SIP2, {@code YYYYMMDDZZZZHHMMSS}: year, month, day, a four-character time zone
 * area, hour, minute and second.
 *
 * <p>The zone area is four blanks for local time (what nearly every sender writes), or three blanks followed by a
 * military zone letter: {@code Z} for UTC, {@code Q} for Atlantic Standard Time (UTC&minus;4), and so on; {@code J}
 * is not used. Two special values carry no date: {@link #BLANK} (18 spaces, sent for an unused due or return date)
 * and {@link #NOT_SUPPORTED} (18 zeros, the date/time sync of an ACS Status that does not support it).
 *
 * <p>A timestamp keeps its exact wire text, so every form re-encodes unchanged, and converts to {@code java.time}
 * on request. Two timestamps are equal when their wire texts are equal: {@code 20240101    120000} and
 * {@code 20240101   Z120000} differ even when local time is UTC.
 *
 * <pre>{@code
 * Sip2Timestamp due = Sip2Timestamp.parse("20240315    235900");
 * LocalDateTime local = due.localDateTime().orElseThrow();
 * Sip2Timestamp now = Sip2Timestamp.now(clock);             // local time of the clock's zone
 * }</pre>
 */
public final class Sip2Timestamp {

    /** The number of characters of the field: 18. */
    public static final int WIDTH = 18;

    private static final String FIELD_NAME = "date/time";
    private static final String BLANK_ZONE = "    ";

    /** Eighteen spaces: no date, as sent for an unused nb due date or return date. */
    public static final Sip2Timestamp BLANK = new Sip2Timestamp(" ".repeat(WIDTH), null);

    /** Eighteen zeros: the date/time sync value of an ACS Status (98) whose ACS does not support it. */
    public static final Sip2Timestamp NOT_SUPPORTED = new Sip2Timestamp("0".repeat(WIDTH), null);

    private final String wire;
    private final LocalDateTime localDateTime;

    private Sip2Timestamp(String wire, LocalDateTime localDateTime) {
        this.wire = wire;
        this.localDateTime = localDateTime;
    }

    /**
     * Creates a local-time timestamp (zone area of four blanks), the form the spec prefers.
     *
     * @param dateTime the date and time; fractions of a second are dropped
     * @return the timestamp
     * @throws IllegalArgumentException if the year is outside 0000 to 9999
     */
    public static Sip2Timestamp of(LocalDateTime dateTime) {
        return create(dateTime, BLANK_ZONE);
    }

    /**
     * Creates a timestamp in the military time zone with the given letter, written right-aligned in the zone area
     * ({@code "   Z"}).
     *
     * @param dateTime the date and time in that zone; fractions of a second are dropped
     * @param zoneLetter {@code A} to {@code Z} except {@code J}, for example {@code Z} for UTC
     * @return the timestamp
     * @throws IllegalArgumentException if the letter is not a military zone letter or the year is outside 0000 to
     *     9999
     */
    public static Sip2Timestamp of(LocalDateTime dateTime, char zoneLetter) {
        if (offsetOfLetter(zoneLetter) == null) {
            throw new IllegalArgumentException("zoneLetter: " + WireText.describe(zoneLetter)
                    + " (expected: a military time zone letter, A to Z except J)");
        }
        return create(dateTime, "   " + zoneLetter);
    }

    /**
     * Creates a UTC timestamp (zone area {@code "   Z"}).
     *
     * @param dateTime the date and time in UTC; fractions of a second are dropped
     * @return the timestamp
     * @throws IllegalArgumentException if the year is outside 0000 to 9999
     */
    public static Sip2Timestamp utc(LocalDateTime dateTime) {
        return of(dateTime, 'Z');
    }

    /**
     * Creates a local-time timestamp of the current time.
     *
     * @param clock the clock to read; its zone decides the local time
     * @return the current date and time in the clock's zone, to the second, with a blank zone area
     */
    public static Sip2Timestamp now(Clock clock) {
        return of(LocalDateTime.now(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Reads a timestamp strictly.
     *
     * <p>Accepted: {@link #BLANK}, {@link #NOT_SUPPORTED}, and digits forming a real date and time (no leap
     * second) with a zone area of four blanks or three blanks and a military zone letter ({@code A} to {@code Z}
     * except {@code J}).
     *
     * @param text exactly 18 characters
     * @return the timestamp, keeping {@code text} as its wire text
     * @throws IllegalArgumentException if {@code text} is not a valid timestamp; the message says what is wrong and
     *     at which 1-based position of the field
     */
    public static Sip2Timestamp parse(CharSequence text) {
        return parse(text, true);
    }

    /**
     * Reads a timestamp like {@link #parse(CharSequence)}, but accepts any zone area of four printable ASCII
     * characters other than {@code |}, such as the {@code 0000} some clients send for UTC. Such a zone area is
     * kept as it is; {@link #offset()} is empty for it.
     *
     * @param text exactly 18 characters
     * @return the timestamp, keeping {@code text} as its wire text
     * @throws IllegalArgumentException if {@code text} is not a valid timestamp in this lenient sense
     */
    public static Sip2Timestamp parseLenient(CharSequence text) {
        return parse(text, false);
    }

    /**
     * {@return the 18 characters as sent on the wire}
     */
    public String wire() {
        return wire;
    }

    /**
     * {@return whether this is {@link #BLANK}, eighteen spaces meaning "no date"}
     */
    public boolean isBlank() {
        return equals(BLANK);
    }

    /**
     * {@return whether this is {@link #NOT_SUPPORTED}, eighteen zeros meaning "not supported"}
     */
    public boolean isNotSupported() {
        return equals(NOT_SUPPORTED);
    }

    /**
     * {@return the date and time as written, without zone; empty for {@link #BLANK} and {@link #NOT_SUPPORTED}}
     */
    public Optional<LocalDateTime> localDateTime() {
        return Optional.ofNullable(localDateTime);
    }

    /**
     * {@return the four-character zone area: four blanks for local time, {@code "   Z"} for UTC, and so on}
     */
    public String zone() {
        return wire.substring(8, 12);
    }

    /**
     * Returns the UTC offset of the zone area.
     *
     * @return the offset of the military zone letter ({@code Z} is UTC, {@code A} is +01:00, {@code N} is
     *     &minus;01:00, ...); empty for local time (blank zone area), for a zone area only lenient parsing accepts,
     *     and for {@link #BLANK} and {@link #NOT_SUPPORTED}
     */
    public Optional<ZoneOffset> offset() {
        if (localDateTime == null) {
            return Optional.empty();
        }
        String zone = zone();
        if (!zone.startsWith("   ")) {
            return Optional.empty();
        }
        return Optional.ofNullable(offsetOfLetter(zone.charAt(3)));
    }

    /**
     * Converts the timestamp to an instant.
     *
     * @param localZone the zone of the sender's local time, used when the zone area is blank
     * @return the instant; empty for {@link #BLANK}, {@link #NOT_SUPPORTED} and for a zone area that is neither
     *     blank nor a military zone letter
     */
    public Optional<Instant> toInstant(ZoneId localZone) {
        Objects.requireNonNull(localZone, "localZone");
        if (localDateTime == null) {
            return Optional.empty();
        }
        if (zone().equals(BLANK_ZONE)) {
            return Optional.of(localDateTime.atZone(localZone).toInstant());
        }
        return offset().map(localDateTime::toInstant);
    }

    /**
     * {@return whether {@code other} is a timestamp with the same wire text}
     *
     * @param other the object to compare with
     */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Sip2Timestamp && wire.equals(((Sip2Timestamp) other).wire));
    }

    /**
     * {@return a hash code of the wire text}
     */
    @Override
    public int hashCode() {
        return wire.hashCode();
    }

    /**
     * {@return the wire text, 18 characters}
     */
    @Override
    public String toString() {
        return wire;
    }

    private static Sip2Timestamp create(LocalDateTime dateTime, String zone) {
        Objects.requireNonNull(dateTime, "dateTime");
        int year = dateTime.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year: " + year + " (expected: 0000 to 9999)");
        }
        LocalDateTime seconds = dateTime.truncatedTo(ChronoUnit.SECONDS);
        // Written digit by digit: every response carries a timestamp, and String.format is slow on a server's path.
        char[] wire = new char[WIDTH];
        digits(wire, 0, year, 4);
        digits(wire, 4, seconds.getMonthValue(), 2);
        digits(wire, 6, seconds.getDayOfMonth(), 2);
        zone.getChars(0, 4, wire, 8);
        digits(wire, 12, seconds.getHour(), 2);
        digits(wire, 14, seconds.getMinute(), 2);
        digits(wire, 16, seconds.getSecond(), 2);
        return new Sip2Timestamp(new String(wire), seconds);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static Sip2Timestamp parse(CharSequence text, boolean strict) {
        Objects.requireNonNull(text, "text");
        if (text.length() != WIDTH) {
            throw new IllegalArgumentException(
                    FIELD_NAME + ": " + WireText.characters(text.length()) + " (expected: exactly 18)");
        }
        String wire = text.toString();
        if (wire.equals(BLANK.wire)) {
            return BLANK;
        }
        if (wire.equals(NOT_SUPPORTED.wire)) {
            return NOT_SUPPORTED;
        }
        //          1         2
        // 123456789012345678   column within the field
        // YYYYMMDDZZZZHHMMSS
        int year = digits(wire, 0, 4, "year");
        int month = digits(wire, 4, 2, "month");
        int day = digits(wire, 6, 2, "day");
        checkZone(wire, strict);
        int hour = digits(wire, 12, 2, "hour");
        int minute = digits(wire, 14, 2, "minute");
        int second = digits(wire, 16, 2, "second");
        if (month < 1 || month > 12) {
            throw invalid("month " + wire.substring(4, 6), 4, "01 to 12");
        }
        int monthLength = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > monthLength) {
            throw invalid("day " + wire.substring(6, 8), 6,
                    "01 to " + monthLength + " in " + wire.substring(0, 4) + "-" + wire.substring(4, 6));
        }
        if (hour > 23) {
            throw invalid("hour " + wire.substring(12, 14), 12, "00 to 23");
        }
        if (minute > 59) {
            throw invalid("minute " + wire.substring(14, 16), 14, "00 to 59");
        }
        if (second > 59) {
            throw invalid("second " + wire.substring(16, 18), 16, "00 to 59");
        }
        return new Sip2Timestamp(wire, LocalDateTime.of(year, month, day, hour, minute, second));
    }

    private static int digits(String wire, int offset, int length, String what) {
        int value = 0;
        for (int i = offset; i < offset + length; i++) {
            char c = wire.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(WireText.describe(c) + " in the " + what, i, "a digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void checkZone(String wire, boolean strict) {
        String zone = wire.substring(8, 12);
        if (zone.equals(BLANK_ZONE)) {
            return;
        }
        if (strict) {
            for (int i = 8; i < 11; i++) {
                if (wire.charAt(i) != ' ') {
                    throw invalid(WireText.describe(wire.charAt(i)) + " in the zone area", i,
                            "four blanks, or three blanks and a zone letter");
                }
            }
            char letter = wire.charAt(11);
            if (offsetOfLetter(letter) == null) {
                throw invalid("zone letter " + WireText.describe(letter), 11,
                        "a military time zone letter, A to Z except J");
            }
        } else {
            for (int i = 8; i < 12; i++) {
                char c = wire.charAt(i);
                if (c < 0x20 || c > 0x7E || c == '|') {
                    throw invalid(WireText.describe(c) + " in the zone area", i, "printable ASCII other than '|'");
                }
            }
        }
    }

    /** Builds the exception for a problem at the 0-based {@code offset}, reported as a 1-based position. */
    private static IllegalArgumentException invalid(String what, int offset, String expected) {
        return new IllegalArgumentException(
                FIELD_NAME + ": " + what + " at position " + (offset + 1) + " (expected: " + expected + ")");
    }

    /** {@return the offset of a military time zone letter, or {@code null} if {@code letter} is not one} */
    private static ZoneOffset offsetOfLetter(char letter) {
        if (letter == 'Z') {
            return ZoneOffset.UTC;
        }
        if (letter >= 'A' && letter <= 'I') {
            return ZoneOffset.ofHours(letter - 'A' + 1);
        }
        if (letter >= 'K' && letter <= 'M') {
            return ZoneOffset.ofHours(letter - 'K' + 10);
        }
        if (letter >= 'N' && letter <= 'Y') {
            return ZoneOffset.ofHours(-(letter - 'N' + 1));
        }
        return null;
    }
}
