package io.github.sip2kit.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Sip2TimestampTest {

    private static final long SEED = Long.getLong("sip2.seed", 18L);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 15, 12, 30, 45);

    @ParameterizedTest
    @ValueSource(strings = {
        "                  ", "000000000000000000", "20240315    123045", "20240315   Z123045", "20240315   Q123045",
        "20240229    000000", "19991231   A235959", "00010101   Y000000"
    })
    void strictParsingRoundTripsEveryForm(String wire) {
        Sip2Timestamp timestamp = Sip2Timestamp.parse(wire);
        assertThat(timestamp.wire()).isEqualTo(wire);
        assertThat(timestamp).hasToString(wire);
        assertThat(Sip2Timestamp.parse(timestamp.wire())).isEqualTo(timestamp);
        assertThat(Sip2Timestamp.parseLenient(wire)).isEqualTo(timestamp);
    }

    @Test
    void blankMeansNoDate() {
        Sip2Timestamp blank = Sip2Timestamp.parse(" ".repeat(18));
        assertThat(blank).isSameAs(Sip2Timestamp.BLANK);
        assertThat(blank.isBlank()).isTrue();
        assertThat(blank.isNotSupported()).isFalse();
        assertThat(blank.localDateTime()).isEmpty();
        assertThat(blank.offset()).isEmpty();
        assertThat(blank.toInstant(BERLIN)).isEmpty();
        assertThat(blank.zone()).isEqualTo("    ");
    }

    @Test
    void allZerosMeansNotSupported() {
        Sip2Timestamp zeros = Sip2Timestamp.parse("0".repeat(18));
        assertThat(zeros).isSameAs(Sip2Timestamp.NOT_SUPPORTED);
        assertThat(zeros.isNotSupported()).isTrue();
        assertThat(zeros.isBlank()).isFalse();
        assertThat(zeros.localDateTime()).isEmpty();
        assertThat(zeros.offset()).isEmpty();
        assertThat(zeros.toInstant(ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void localTimeHasABlankZoneAndUsesTheGivenZoneForInstants() {
        Sip2Timestamp local = Sip2Timestamp.parse("20240315    123045");
        assertThat(local.localDateTime()).contains(NOON);
        assertThat(local.zone()).isEqualTo("    ");
        assertThat(local.offset()).isEmpty();
        assertThat(local.toInstant(BERLIN)).contains(Instant.parse("2024-03-15T11:30:45Z"));
        assertThat(local.toInstant(ZoneOffset.UTC)).contains(Instant.parse("2024-03-15T12:30:45Z"));
    }

    @Test
    void zoneZIsUtc() {
        Sip2Timestamp utc = Sip2Timestamp.parse("20240315   Z123045");
        assertThat(utc.zone()).isEqualTo("   Z");
        assertThat(utc.offset()).contains(ZoneOffset.UTC);
        assertThat(utc.toInstant(BERLIN)).contains(Instant.parse("2024-03-15T12:30:45Z"));
    }

    @Test
    void zoneQIsAtlanticStandardTime() {
        Sip2Timestamp atlantic = Sip2Timestamp.parse("20240315   Q123045");
        assertThat(atlantic.offset()).contains(ZoneOffset.ofHours(-4));
        assertThat(atlantic.toInstant(BERLIN)).contains(Instant.parse("2024-03-15T16:30:45Z"));
    }

    @ParameterizedTest
    @CsvSource({
        "A, 1", "B, 2", "C, 3", "D, 4", "E, 5", "F, 6", "G, 7", "H, 8", "I, 9", "K, 10", "L, 11", "M, 12",
        "N, -1", "O, -2", "P, -3", "Q, -4", "R, -5", "S, -6", "T, -7", "U, -8", "V, -9", "W, -10", "X, -11",
        "Y, -12", "Z, 0"
    })
    void militaryLettersMapToTheirOffsets(char letter, int hours) {
        Sip2Timestamp timestamp = Sip2Timestamp.of(NOON, letter);
        assertThat(timestamp.wire()).isEqualTo("20240315   " + letter + "123045");
        assertThat(timestamp.offset()).contains(ZoneOffset.ofHours(hours));
        assertThat(Sip2Timestamp.parse(timestamp.wire())).isEqualTo(timestamp);
    }

    @Test
    void lenientParsingKeepsAnOddZoneArea() {
        Sip2Timestamp nypl = Sip2Timestamp.parseLenient("202403150000123045");
        assertThat(nypl.wire()).isEqualTo("202403150000123045");
        assertThat(nypl.zone()).isEqualTo("0000");
        assertThat(nypl.localDateTime()).contains(NOON);
        assertThat(nypl.offset()).isEmpty();
        assertThat(nypl.toInstant(BERLIN)).isEmpty();
        assertThat(Sip2Timestamp.parseLenient("20240315  z 123045").zone()).isEqualTo("  z ");
    }

    @Test
    void strictParsingRejectsAnOddZoneArea() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sip2Timestamp.parse("202403150000123045"))
                .withMessage("date/time: '0' in the zone area at position 9"
                        + " (expected: four blanks, or three blanks and a zone letter)");
    }

    @Test
    void lenientParsingStillRejectsTheDelimiterAndControlCharactersInTheZone() {
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.parseLenient("20240315|   123045"));
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.parseLenient("20240315\t   123045"));
    }

    @Test
    void lenientParsingStillRequiresARealDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.parseLenient("202413150000123045"));
    }

    @Test
    void zoneLetterJIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sip2Timestamp.parse("20240315   J123045"))
                .withMessage("date/time: zone letter 'J' at position 12"
                        + " (expected: a military time zone letter, A to Z except J)");
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.of(NOON, 'J'));
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.of(NOON, 'z'));
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.parse("20240315   z123045"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "20241315    123045; date/time: month 13 at position 5 (expected: 01 to 12)",
                "20240015    123045; date/time: month 00 at position 5 (expected: 01 to 12)",
                "20240230    123045; date/time: day 30 at position 7 (expected: 01 to 29 in 2024-02)",
                "20230229    123045; date/time: day 29 at position 7 (expected: 01 to 28 in 2023-02)",
                "20240431    123045; date/time: day 31 at position 7 (expected: 01 to 30 in 2024-04)",
                "20240400    123045; date/time: day 00 at position 7 (expected: 01 to 30 in 2024-04)",
                "20240315    243045; date/time: hour 24 at position 13 (expected: 00 to 23)",
                "20240315    126045; date/time: minute 60 at position 15 (expected: 00 to 59)",
                "20240315    123060; date/time: second 60 at position 17 (expected: 00 to 59)",
                "2024031a    123045; date/time: 'a' in the day at position 8 (expected: a digit)",
                "20240315    12:045; date/time: ':' in the minute at position 15 (expected: a digit)",
                "2024-03-15  123045; date/time: '-' in the month at position 5 (expected: a digit)"
            })
    void strictParsingExplainsWhatIsWrongAndWhere(String wire, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sip2Timestamp.parse(wire))
                .withMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20240315123045", "20240315    1230450", "20240315    12304"})
    void rejectsTheWrongLength(String wire) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sip2Timestamp.parse(wire))
                .withMessage("date/time: " + wire.length() + " characters (expected: exactly 18)");
    }

    @Test
    void rejectsPartlyBlankValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.parse("20240315          "));
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.parse("        " + "    123045"));
    }

    @Test
    void acceptsTheLeapDayOnlyInLeapYears() {
        assertThat(Sip2Timestamp.parse("20000229    000000").localDateTime())
                .contains(LocalDateTime.of(2000, 2, 29, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.parse("19000229    000000"));
        assertThat(Sip2Timestamp.of(LocalDateTime.of(2024, 2, 29, 23, 59, 59)).wire())
                .isEqualTo("20240229    235959");
    }

    @Test
    void ofWritesLocalTimeWithBlankZoneAndDropsFractions() {
        Sip2Timestamp timestamp = Sip2Timestamp.of(NOON.withNano(999_999_999));
        assertThat(timestamp.wire()).isEqualTo("20240315    123045");
        assertThat(timestamp.localDateTime()).contains(NOON);
        assertThat(timestamp).isEqualTo(Sip2Timestamp.parse("20240315    123045"));
    }

    @Test
    void utcWritesZoneZ() {
        assertThat(Sip2Timestamp.utc(NOON).wire()).isEqualTo("20240315   Z123045");
        assertThat(Sip2Timestamp.utc(NOON)).isEqualTo(Sip2Timestamp.of(NOON, 'Z'));
    }

    @Test
    void ofRejectsYearsThatDoNotFitFourDigits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sip2Timestamp.of(NOON.withYear(10000)))
                .withMessage("year: 10000 (expected: 0000 to 9999)");
        assertThatIllegalArgumentException().isThrownBy(() -> Sip2Timestamp.of(NOON.withYear(-1)));
        assertThat(Sip2Timestamp.of(NOON.withYear(9999)).wire()).startsWith("9999");
    }

    @Test
    void nowReadsTheClockInItsZone() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-15T11:30:45.678Z"), BERLIN);
        Sip2Timestamp now = Sip2Timestamp.now(clock);
        assertThat(now.wire()).isEqualTo("20240315    123045");
        assertThat(now.toInstant(BERLIN)).contains(Instant.parse("2024-03-15T11:30:45Z"));
    }

    @Test
    void equalityIsByWireText() {
        assertThat(Sip2Timestamp.parse("20240315    123045"))
                .isEqualTo(Sip2Timestamp.of(NOON))
                .hasSameHashCodeAs(Sip2Timestamp.of(NOON))
                .isNotEqualTo(Sip2Timestamp.utc(NOON));
        EqualsVerifier.forClass(Sip2Timestamp.class)
                .withIgnoredFields("localDateTime")
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Sip2Timestamp.parse(null));
        assertThatNullPointerException().isThrownBy(() -> Sip2Timestamp.of(null));
        assertThatNullPointerException().isThrownBy(() -> Sip2Timestamp.now(null));
        assertThatNullPointerException().isThrownBy(() -> Sip2Timestamp.of(NOON).toInstant(null));
    }

    @Test
    void everyDateTimeRoundTripsThroughTheWire() {
        SplittableRandom random = new SplittableRandom(SEED);
        String letters = "ABCDEFGHIKLMNOPQRSTUVWXYZ";
        for (int i = 0; i < 2000; i++) {
            LocalDateTime dateTime = LocalDateTime.of(
                    random.nextInt(10000),
                    random.nextInt(1, 13),
                    random.nextInt(1, 29),
                    random.nextInt(24),
                    random.nextInt(60),
                    random.nextInt(60));
            Sip2Timestamp timestamp = random.nextBoolean()
                    ? Sip2Timestamp.of(dateTime)
                    : Sip2Timestamp.of(dateTime, letters.charAt(random.nextInt(letters.length())));
            Sip2Timestamp parsed = Sip2Timestamp.parse(timestamp.wire());
            assertThat(parsed).as("seed %d, case %d: %s", SEED, i, timestamp).isEqualTo(timestamp);
            assertThat(parsed.localDateTime()).as("seed %d, case %d", SEED, i).contains(dateTime);
            assertThat(parsed.offset()).as("seed %d, case %d", SEED, i).isEqualTo(timestamp.offset());
        }
    }
}
