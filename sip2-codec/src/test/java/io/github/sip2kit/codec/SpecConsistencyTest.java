package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.internal.MessageSpec;
import io.github.sip2kit.codec.internal.Occurrence;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.field.FieldId;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The message table ({@link MessageSpec}), the records and the reference agree for every message type: nothing is
 * missing either way, the order is the same, and the fixed part has the length the reference gives.
 */
class SpecConsistencyTest {

    /** Fixed-part lengths after the two-character code, copied from the reference §3.0. */
    private static final Map<String, Integer> REFERENCE_FIXED_LENGTHS = Map.ofEntries(
            Map.entry("01", 19), Map.entry("09", 37), Map.entry("10", 22), Map.entry("11", 38),
            Map.entry("12", 22), Map.entry("15", 19), Map.entry("16", 20), Map.entry("17", 18),
            Map.entry("18", 24), Map.entry("19", 18), Map.entry("20", 19), Map.entry("23", 21),
            Map.entry("24", 35), Map.entry("25", 18), Map.entry("26", 35), Map.entry("29", 38),
            Map.entry("30", 22), Map.entry("35", 18), Map.entry("36", 19), Map.entry("37", 25),
            Map.entry("38", 19), Map.entry("63", 31), Map.entry("64", 59), Map.entry("65", 18),
            Map.entry("66", 27), Map.entry("93", 2), Map.entry("94", 1), Map.entry("96", 0),
            Map.entry("97", 0), Map.entry("98", 34), Map.entry("99", 8));

    private static List<RecordComponent> componentsWithoutUnknownFields(MessageType type) {
        List<RecordComponent> components = new ArrayList<>(Arrays.asList(type.messageClass().getRecordComponents()));
        RecordComponent last = components.remove(components.size() - 1);
        assertThat(last.getName()).as("%s: last component", type).isEqualTo("unknownFields");
        return components;
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void recordComponentsAreTheSpecFieldsInSpecOrder(MessageType type) {
        MessageSpec spec = MessageSpec.of(type);
        List<String> specNames = new ArrayList<>();
        spec.fixedFields().forEach(f -> specNames.add(f.name()));
        spec.taggedFields().forEach(t -> specNames.add(t.name()));

        List<String> componentNames = componentsWithoutUnknownFields(type).stream()
                .map(RecordComponent::getName)
                .toList();

        assertThat(componentNames).as("%s components vs spec (fixed, then tagged)", type).isEqualTo(specNames);
        assertThat(spec.type()).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void fixedPartLengthsAgreeWithTheTableAndTheReference(MessageType type) {
        MessageSpec spec = MessageSpec.of(type);

        assertThat(MessageSpec.forCode(type.code().charAt(0), type.code().charAt(1))).isSameAs(spec);
        assertThat(spec.fixedLength()).as("%s reference §3.0", type)
                .isEqualTo(REFERENCE_FIXED_LENGTHS.get(type.code()));
        assertThat(spec.fixedFields().stream().mapToInt(MessageSpec.Fixed::width).sum())
                .isEqualTo(spec.fixedLength());
    }

    @Test
    void referenceTableCoversExactlyTheMessageTypes() {
        Set<String> codes = new HashSet<>();
        for (MessageType type : MessageType.values()) {
            codes.add(type.code());
        }
        assertThat(REFERENCE_FIXED_LENGTHS.keySet()).isEqualTo(codes);
        assertThat(MessageSpec.forCode('0', '0')).isNull();
        assertThat(MessageSpec.forCode('X', 'S')).isNull();
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void fixedFieldsAreContiguousFromColumnThree(MessageType type) {
        int expectedOffset = 2;
        for (MessageSpec.Fixed f : MessageSpec.of(type).fixedFields()) {
            assertThat(f.offset()).as("%s.%s offset", type, f.name()).isEqualTo(expectedOffset);
            assertThat(f.width()).as("%s.%s width", type, f.name()).isPositive();
            assertThat(f.codec().width()).isEqualTo(f.width());
            expectedOffset += f.width();
        }
        assertThat(expectedOffset).isEqualTo(2 + MessageSpec.of(type).fixedLength());
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void taggedFieldsAreKnownFieldIdsOnceEach(MessageType type) {
        List<MessageSpec.Tagged> tagged = MessageSpec.of(type).taggedFields();
        Set<FieldId> seen = new HashSet<>();

        for (int i = 0; i < tagged.size(); i++) {
            MessageSpec.Tagged t = tagged.get(i);
            assertThat(FieldId.fromCode(t.id().code())).as("%s.%s", type, t.name()).contains(t.id());
            assertThat(t.id().isTrailer()).as("%s.%s is AY/AZ", type, t.name()).isFalse();
            assertThat(seen.add(t.id())).as("%s: %s twice", type, t.id()).isTrue();
            assertThat(t.index()).isEqualTo(i);
            assertThat(MessageSpec.of(type).tagged(t.id().code().charAt(0), t.id().code().charAt(1))).isSameAs(t);
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void occurrenceMatchesTheComponentType(MessageType type) {
        MessageSpec spec = MessageSpec.of(type);
        List<RecordComponent> components = componentsWithoutUnknownFields(type);
        int fixedCount = spec.fixedFields().size();

        for (MessageSpec.Tagged t : spec.taggedFields()) {
            Class<?> componentType = components.get(fixedCount + t.index()).getType();
            String what = type + "." + t.name() + " (" + t.id().code() + ", " + t.occurrence() + ")";
            if (t.occurrence() == Occurrence.REPEATABLE) {
                assertThat(componentType).as(what).isEqualTo(List.class);
            } else if (t.occurrence() == Occurrence.OPTIONAL) {
                assertThat(componentType).as(what).isIn(Optional.class, OptionalInt.class);
            } else {
                assertThat(componentType).as(what).isNotIn(Optional.class, OptionalInt.class, List.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void specIsFoundByItsCode(MessageType type) {
        assertThat(MessageSpec.forCode(type.code().charAt(0), type.code().charAt(1))).isSameAs(MessageSpec.of(type));
    }

    @Test
    void undefinedCodesHaveNoSpec() {
        assertThat(MessageSpec.forCode('0', '0')).isNull();
        assertThat(MessageSpec.forCode('X', 'X')).isNull();
        assertThat(MessageSpec.forCode('9', '5')).isNull();
    }
}
