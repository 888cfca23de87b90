package io.github.sip2kit.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PatronStatusFlagTest {

    private static final long SEED = Long.getLong("sip2.seed", 20240315L);

    @Test
    void hasFourteenPositionsInSpecOrder() {
        assertThat(PatronStatusFlag.values()).hasSize(PatronStatusFlag.WIDTH).hasSize(14);
        assertThat(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED.position()).isZero();
        assertThat(PatronStatusFlag.CARD_REPORTED_LOST.position()).isEqualTo(4);
        assertThat(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FINES.position()).isEqualTo(10);
        assertThat(PatronStatusFlag.TOO_MANY_ITEMS_BILLED.position()).isEqualTo(13);
        assertThat(PatronStatusFlag.TOO_MANY_ITEMS_BILLED.description()).isEqualTo("too many items billed");
    }

    @Test
    void parsesTheUnknownPatronAnswerOfEvergreenAndKoha() {
        assertThat(PatronStatusFlag.parse("YYYY          "))
                .containsExactly(
                        PatronStatusFlag.CHARGE_PRIVILEGES_DENIED,
                        PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED,
                        PatronStatusFlag.RECALL_PRIVILEGES_DENIED,
                        PatronStatusFlag.HOLD_PRIVILEGES_DENIED);
    }

    @Test
    void parsesAllBlankAsNoFlags() {
        assertThat(PatronStatusFlag.parse(" ".repeat(14))).isEmpty();
    }

    @Test
    void formatsYAtEachSetPosition() {
        assertThat(PatronStatusFlag.format(EnumSet.of(
                        PatronStatusFlag.CARD_REPORTED_LOST, PatronStatusFlag.TOO_MANY_ITEMS_BILLED)))
                .isEqualTo("    Y        Y");
        assertThat(PatronStatusFlag.format(Set.of())).isEqualTo(" ".repeat(14));
        assertThat(PatronStatusFlag.format(EnumSet.allOf(PatronStatusFlag.class))).isEqualTo("Y".repeat(14));
    }

    @Test
    void strictParsingRejectsOtherCharactersNamingThePosition() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PatronStatusFlag.parse("   N          "))
                .withMessage("patron status: 'N' at position 3, HOLD_PRIVILEGES_DENIED (expected: 'Y' or space)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PatronStatusFlag.parse("y             "))
                .withMessageContaining("position 0");
    }

    @Test
    void strictParsingRejectsOtherLengths() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PatronStatusFlag.parse("YYYY"))
                .withMessage("patron status: 4 characters (expected: exactly 14)");
    }

    @Test
    void lenientParsingAcceptsLowercaseAndIgnoresOtherCharacters() {
        assertThat(PatronStatusFlag.parseLenient("yN0Y"))
                .containsExactly(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED, PatronStatusFlag.HOLD_PRIVILEGES_DENIED);
        assertThat(PatronStatusFlag.parseLenient("")).isEmpty();
        assertThat(PatronStatusFlag.parseLenient(" ".repeat(13) + "YYYY"))
                .containsExactly(PatronStatusFlag.TOO_MANY_ITEMS_BILLED);
    }

    @Test
    void parsedSetsAreUnmodifiable() {
        Set<PatronStatusFlag> flags = PatronStatusFlag.parse("Y             ");
        assertThatThrownBy(() -> flags.add(PatronStatusFlag.RECALL_OVERDUE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void formatRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> PatronStatusFlag.format(null));
    }

    @Test
    void everySetRoundTrips() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 1000; i++) {
            EnumSet<PatronStatusFlag> flags = EnumSet.noneOf(PatronStatusFlag.class);
            for (PatronStatusFlag flag : PatronStatusFlag.values()) {
                if (random.nextBoolean()) {
                    flags.add(flag);
                }
            }
            String wire = PatronStatusFlag.format(flags);
            assertThat(wire).as("seed %d, case %d", SEED, i).hasSize(14);
            assertThat(PatronStatusFlag.parse(wire)).as("seed %d, case %d", SEED, i).isEqualTo(flags);
            assertThat(PatronStatusFlag.parseLenient(wire)).as("seed %d, case %d", SEED, i).isEqualTo(flags);
        }
    }
}
