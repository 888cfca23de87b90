package io.github.sip2kit.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryItemTest {

    @Test
    void hasTenPositions() {
        assertThat(SummaryItem.values()).hasSize(SummaryItem.WIDTH).hasSize(10);
        assertThat(SummaryItem.FEE_ITEMS.position()).isEqualTo(6);
        assertThat(SummaryItem.POSITION_9.position()).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource({
        "HOLD_ITEMS, 0, AS",
        "OVERDUE_ITEMS, 1, AT",
        "CHARGED_ITEMS, 2, AU",
        "FINE_ITEMS, 3, AV",
        "RECALL_ITEMS, 4, BU",
        "UNAVAILABLE_HOLDS, 5, CD"
    })
    void standardPositionsSelectAListField(SummaryItem item, int position, String listField) {
        assertThat(item.position()).isEqualTo(position);
        assertThat(item.isStandard()).isTrue();
        assertThat(item.listField()).map(FieldId::code).contains(listField);
    }

    @Test
    void extensionAndUndefinedPositionsHaveNoListField() {
        for (SummaryItem item : EnumSet.range(SummaryItem.FEE_ITEMS, SummaryItem.POSITION_9)) {
            assertThat(item.isStandard()).as(item.name()).isFalse();
            assertThat(item.listField()).as(item.name()).isEmpty();
        }
    }

    @Test
    void parsesAndFormatsASelection() {
        assertThat(SummaryItem.parse("  Y       ")).containsExactly(SummaryItem.CHARGED_ITEMS);
        assertThat(SummaryItem.parse("      Y   ")).containsExactly(SummaryItem.FEE_ITEMS);
        assertThat(SummaryItem.format(EnumSet.of(SummaryItem.CHARGED_ITEMS))).isEqualTo("  Y       ");
        assertThat(SummaryItem.format(EnumSet.of(SummaryItem.POSITION_9))).isEqualTo("         Y");
    }

    @Test
    void keepsUndefinedPositionsSoNothingIsLost() {
        String wire = "Y       YY";
        assertThat(SummaryItem.format(SummaryItem.parse(wire))).isEqualTo(wire);
    }

    @Test
    void strictParsingNamesTheBadPosition() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SummaryItem.parse("     N    "))
                .withMessage("summary: 'N' at position 5, UNAVAILABLE_HOLDS (expected: 'Y' or space)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SummaryItem.parse("Y"))
                .withMessage("summary: 1 character (expected: exactly 10)");
    }

    @Test
    void lenientParsingAcceptsLowercaseAsFolioDoes() {
        assertThat(SummaryItem.parseLenient(" y        ")).containsExactly(SummaryItem.OVERDUE_ITEMS);
        assertThat(SummaryItem.parseLenient("NNY")).containsExactly(SummaryItem.CHARGED_ITEMS);
    }
}
