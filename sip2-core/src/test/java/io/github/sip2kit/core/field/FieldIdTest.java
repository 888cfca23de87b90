package io.github.sip2kit.core.field;

import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldIdTest {

    @Test
    void codesAreUnique() {
        List<String> codes = Arrays.stream(FieldId.values()).map(FieldId::code).collect(toList());
        assertThat(codes).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(FieldId.class)
    void fromCodeFindsEveryConstant(FieldId id) {
        assertThat(FieldId.fromCode(id.code())).contains(id);
    }

    @ParameterizedTest
    @EnumSource(FieldId.class)
    void codesAreTwoUppercaseLettersAndNamesAreLowercase(FieldId id) {
        assertThat(id.code()).matches("[A-Z]{2}");
        assertThat(id.displayName()).isNotBlank().isEqualTo(id.displayName().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource({
        "AA, PATRON_IDENTIFIER, patron identifier",
        "AB, ITEM_IDENTIFIER, item identifier",
        "AO, INSTITUTION_ID, institution id",
        "BX, SUPPORTED_MESSAGES, supported messages",
        "CQ, VALID_PATRON_PASSWORD, valid patron password",
        "AY, SEQUENCE_NUMBER, sequence number",
        "AZ, CHECKSUM, checksum",
        "CV, ALERT_TYPE, alert type",
        "RN, CHECK_NUMBER, check number",
        "PI, INTERNET_PRIVILEGES, internet privileges"
    })
    void mapsCodesToMeanings(String code, FieldId id, String displayName) {
        assertThat(id.code()).isEqualTo(code);
        assertThat(id.displayName()).isEqualTo(displayName);
    }

    @Test
    void listsEveryFieldOfTheSpecAndTheTrailer() {
        List<String> spec = List.of(
                "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AJ", "AL", "AM", "AN", "AO", "AP", "AQ", "AS", "AT",
                "AU", "AV", "BD", "BE", "BF", "BG", "BH", "BI", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS",
                "BT", "BU", "BV", "BW", "BX", "BY", "BZ", "CA", "CB", "CC", "CD", "CF", "CG", "CH", "CI", "CJ", "CK",
                "CL", "CM", "CN", "CO", "CP", "CQ", "AY", "AZ");
        List<String> standard = Arrays.stream(FieldId.values())
                .filter(id -> !id.isExtension())
                .map(FieldId::code)
                .collect(toList());
        assertThat(standard).containsExactlyInAnyOrderElementsOf(spec);
    }

    @Test
    void marksTheListedExtensions() {
        List<String> extensions = Arrays.stream(FieldId.values())
                .filter(FieldId::isExtension)
                .map(FieldId::code)
                .collect(toList());
        assertThat(extensions)
                .containsExactlyInAnyOrder("CR", "CS", "CT", "CV", "CY", "DA", "OR", "RN", "PB", "PC", "PI");
    }

    @Test
    void onlyPasswordsAreSecret() {
        assertThat(EnumSet.allOf(FieldId.class).stream().filter(FieldId::isSecret))
                .containsExactlyInAnyOrder(FieldId.TERMINAL_PASSWORD, FieldId.PATRON_PASSWORD, FieldId.LOGIN_PASSWORD);
    }

    @Test
    void onlySequenceNumberAndChecksumAreTrailer() {
        assertThat(EnumSet.allOf(FieldId.class).stream().filter(FieldId::isTrailer))
                .containsExactlyInAnyOrder(FieldId.SEQUENCE_NUMBER, FieldId.CHECKSUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "ZZ", "aa", "AAA", "XI", "AI", "DB"})
    void fromCodeIsEmptyForUnlistedCodes(String code) {
        assertThat(FieldId.fromCode(code)).isEmpty();
    }

    @Test
    void fromCodeRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> FieldId.fromCode(null));
    }
}
