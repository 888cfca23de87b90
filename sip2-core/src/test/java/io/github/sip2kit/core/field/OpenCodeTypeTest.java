package io.github.sip2kit.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Behaviour shared by all open code types, plus the code tables of each. */
class OpenCodeTypeTest {

    /** What the shared tests need to know about one open code type. */
    private record OpenType<T extends WireCode>(
            Class<T> type,
            String label,
            int width,
            Function<String, T> of,
            Predicate<T> isStandard,
            Function<T, Optional<String>> description) {

        List<T> constants() {
            List<T> constants = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == type
                        && Modifier.isPublic(modifiers)
                        && Modifier.isStatic(modifiers)
                        && Modifier.isFinal(modifiers)) {
                    try {
                        constants.add(type.cast(field.get(null)));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            return constants;
        }
    }

    static Stream<Arguments> openTypes() {
        return Stream.of(
                        new OpenType<>(CirculationStatus.class, "circulation status", 2, CirculationStatus::of,
                                CirculationStatus::isStandard, CirculationStatus::description),
                        new OpenType<>(SecurityMarker.class, "security marker", 2, SecurityMarker::of,
                                SecurityMarker::isStandard, SecurityMarker::description),
                        new OpenType<>(FeeType.class, "fee type", 2, FeeType::of, FeeType::isStandard,
                                FeeType::description),
                        new OpenType<>(PaymentType.class, "payment type", 2, PaymentType::of,
                                PaymentType::isStandard, PaymentType::description),
                        new OpenType<>(CurrencyType.class, "currency type", 3, CurrencyType::of,
                                CurrencyType::isStandard, CurrencyType::description),
                        new OpenType<>(MediaType.class, "media type", 3, MediaType::of, MediaType::isStandard,
                                MediaType::description),
                        new OpenType<>(Language.class, "language", 3, Language::of, Language::isStandard,
                                Language::description),
                        new OpenType<>(HoldMode.class, "hold mode", 1, HoldMode::of, HoldMode::isStandard,
                                HoldMode::description),
                        new OpenType<>(HoldType.class, "hold type", 1, HoldType::of, HoldType::isStandard,
                                HoldType::description),
                        new OpenType<>(AlertType.class, "alert type", 2, AlertType::of, AlertType::isStandard,
                                AlertType::description),
                        new OpenType<>(ScStatusCode.class, "SC status code", 1, ScStatusCode::of,
                                ScStatusCode::isStandard, ScStatusCode::description))
                .map(t -> Arguments.of(Named.of(t.type().getSimpleName(), t)));
    }

    @ParameterizedTest
    @MethodSource("openTypes")
    <T extends WireCode> void ofReturnsTheConstantForEveryKnownCode(OpenType<T> type) {
        List<T> constants = type.constants();
        assertThat(constants).isNotEmpty();
        for (T constant : constants) {
            assertThat(type.of().apply(constant.code())).isSameAs(constant);
        }
    }

    @ParameterizedTest
    @MethodSource("openTypes")
    <T extends WireCode> void constantsHaveUniqueCodesOfTheRightWidthAndADescription(OpenType<T> type) {
        List<String> codes = new ArrayList<>();
        for (T constant : type.constants()) {
            codes.add(constant.code());
            assertThat(constant.code()).hasSize(type.width());
            assertThat(type.description().apply(constant)).get().asString().isNotBlank();
        }
        assertThat(codes).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("openTypes")
    <T extends WireCode> void keepsAnUnknownCodeAsANonStandardInstance(OpenType<T> type) {
        String code = "~".repeat(type.width());
        T value = type.of().apply(code);
        assertThat(value.code()).isEqualTo(code);
        assertThat(type.isStandard().test(value)).isFalse();
        assertThat(type.description().apply(value)).isEmpty();
        assertThat(value).isEqualTo(type.of().apply(code)).hasSameHashCodeAs(type.of().apply(code));
        assertThat(type.constants()).doesNotContain(value);
    }

    @ParameterizedTest
    @MethodSource("openTypes")
    <T extends WireCode> void acceptsAnyPrintableAsciiExceptTheDelimiter(OpenType<T> type) {
        for (char c = 0x20; c <= 0x7E; c++) {
            if (c != '|') {
                String code = String.valueOf(c).repeat(type.width());
                assertThat(type.of().apply(code).code()).isEqualTo(code);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("openTypes")
    <T extends WireCode> void rejectsCodesOfTheWrongWidth(OpenType<T> type) {
        String tooLong = "0".repeat(type.width() + 1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> type.of().apply(tooLong))
                .withMessage(type.label() + ": " + (type.width() + 1) + " characters (expected: exactly "
                        + type.width() + ")");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> type.of().apply(""))
                .withMessage(type.label() + ": 0 characters (expected: exactly " + type.width() + ")");
    }

    @ParameterizedTest
    @MethodSource("openTypes")
    <T extends WireCode> void rejectsTheDelimiterControlAndNonAsciiCharacters(OpenType<T> type) {
        String prefix = "0".repeat(type.width() - 1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> type.of().apply(prefix + "|"))
                .withMessage(type.label() + ": '|' at index " + prefix.length()
                        + " (expected: printable ASCII other than '|')");
        for (char bad : new char[] {'\r', '\n', '\0', '\t', 0x7F, 'é', '€'}) {
            assertThatIllegalArgumentException().isThrownBy(() -> type.of().apply(prefix + bad));
        }
    }

    @ParameterizedTest
    @MethodSource("openTypes")
    <T extends WireCode> void rejectsNull(OpenType<T> type) {
        assertThatNullPointerException().isThrownBy(() -> type.of().apply(null));
    }

    @ParameterizedTest
    @CsvSource({
        "01, other", "02, on order", "03, available", "04, charged (checked out)",
        "05, charged; not to be recalled until the earliest recall date", "06, in process", "07, recalled",
        "08, waiting on hold shelf", "09, waiting to be re-shelved", "10, in transit between library locations",
        "11, claimed returned", "12, lost", "13, missing"
    })
    void circulationStatusCodesOneToThirteenAreStandard(String code, String description) {
        assertThat(CirculationStatus.of(code).isStandard()).isTrue();
        assertThat(CirculationStatus.of(code).description()).contains(description);
    }

    @Test
    void circulationStatusOutsideTheSpecIsKept() {
        assertThat(CirculationStatus.of("00").isStandard()).isFalse();
        assertThat(CirculationStatus.of("14").isStandard()).isFalse();
        assertThat(CirculationStatus.AVAILABLE.code()).isEqualTo("03");
        assertThat(CirculationStatus.MISSING.code()).isEqualTo("13");
    }

    @Test
    void securityMarkersMatchTheSpec() {
        assertThat(SecurityMarker.OTHER.code()).isEqualTo("00");
        assertThat(SecurityMarker.NONE.code()).isEqualTo("01");
        assertThat(SecurityMarker.TATTLE_TAPE.code()).isEqualTo("02");
        assertThat(SecurityMarker.WHISPER_TAPE.code()).isEqualTo("03");
    }

    @Test
    void feeTypesOneToNineAreStandard() {
        for (int i = 1; i <= 9; i++) {
            assertThat(FeeType.of(String.format(Locale.ROOT, "%02d", i)).isStandard()).isTrue();
        }
        assertThat(FeeType.of("00").isStandard()).isFalse();
        assertThat(FeeType.of("10").isStandard()).isFalse();
        assertThat(FeeType.OVERDUE.code()).isEqualTo("04");
        assertThat(FeeType.HOLD_FEE.code()).isEqualTo("09");
    }

    @Test
    void checkPaymentIsKnownButNotStandard() {
        assertThat(PaymentType.of("05")).isSameAs(PaymentType.CHECK);
        assertThat(PaymentType.CHECK.isStandard()).isFalse();
        assertThat(PaymentType.CHECK.description()).contains("check");
        assertThat(PaymentType.CASH.isStandard()).isTrue();
        assertThat(PaymentType.VISA.code()).isEqualTo("01");
        assertThat(PaymentType.CREDIT_CARD.code()).isEqualTo("02");
        assertThat(PaymentType.of("06").isStandard()).isFalse();
    }

    @Test
    void alertTypeDataCorruptedIsKnownButNotStandard() {
        assertThat(AlertType.of("98")).isSameAs(AlertType.DATA_CORRUPTED);
        assertThat(AlertType.DATA_CORRUPTED.isStandard()).isFalse();
        assertThat(AlertType.OTHER.code()).isEqualTo("99");
        assertThat(AlertType.OTHER.isStandard()).isTrue();
        assertThat(AlertType.UNKNOWN.code()).isEqualTo("00");
        assertThat(AlertType.SEND_TO_OTHER_BRANCH.code()).isEqualTo("04");
    }

    @Test
    void currencyTypesAreStandardWhenTheJdkKnowsThem() {
        assertThat(CurrencyType.of("EUR")).isSameAs(CurrencyType.EUR);
        assertThat(CurrencyType.EUR.description()).contains("Euro");
        assertThat(CurrencyType.of("SEK").isStandard()).isTrue();
        assertThat(CurrencyType.of("SEK").description()).contains("Swedish Krona");
        assertThat(CurrencyType.of("CHF").currency()).map(c -> c.getCurrencyCode()).contains("CHF");
        assertThat(CurrencyType.of("ABC").isStandard()).isFalse();
        assertThat(CurrencyType.of("ABC").description()).isEmpty();
        assertThat(CurrencyType.of("eur").isStandard()).isFalse();
    }

    @Test
    void theSpecsHistoricCurrenciesAreStandard() {
        for (CurrencyType currency : List.of(CurrencyType.USD, CurrencyType.CAD, CurrencyType.GBP, CurrencyType.FRF,
                CurrencyType.DEM, CurrencyType.ITL, CurrencyType.ESP, CurrencyType.JPY, CurrencyType.EUR)) {
            assertThat(currency.isStandard()).as(currency.code()).isTrue();
        }
        assertThat(CurrencyType.FRF.description()).contains("French Franc");
    }

    @Test
    void mediaTypesMatchTheSpec() {
        assertThat(MediaType.OTHER.code()).isEqualTo("000");
        assertThat(MediaType.BOOK.code()).isEqualTo("001");
        assertThat(MediaType.CD_OR_CD_ROM.code()).isEqualTo("006");
        assertThat(MediaType.BOOK_WITH_AUDIO_TAPE.code()).isEqualTo("010");
        assertThat(MediaType.of("011").isStandard()).isFalse();
    }

    @Test
    void languagesZeroToTwentySevenAreStandard() {
        for (int i = 0; i <= 27; i++) {
            assertThat(Language.of(String.format(Locale.ROOT, "%03d", i)).isStandard()).isTrue();
        }
        assertThat(Language.of("028").isStandard()).isFalse();
        assertThat(Language.ENGLISH.code()).isEqualTo("001");
        assertThat(Language.GERMAN.description()).contains("German");
        assertThat(Language.TAIWANESE.code()).isEqualTo("027");
    }

    @Test
    void holdModesAreTheThreeSigns() {
        assertThat(HoldMode.of("+")).isSameAs(HoldMode.ADD);
        assertThat(HoldMode.of("-")).isSameAs(HoldMode.DELETE);
        assertThat(HoldMode.of("*")).isSameAs(HoldMode.CHANGE);
        assertThat(HoldMode.of("?").isStandard()).isFalse();
    }

    @Test
    void holdTypesOneToFourAreStandard() {
        assertThat(HoldType.OTHER.code()).isEqualTo("1");
        assertThat(HoldType.ANY_COPY_AT_BRANCH.code()).isEqualTo("4");
        assertThat(HoldType.of("5").isStandard()).isFalse();
    }

    @Test
    void scStatusCodesMatchTheSpec() {
        assertThat(ScStatusCode.of("0")).isSameAs(ScStatusCode.OK);
        assertThat(ScStatusCode.of("1")).isSameAs(ScStatusCode.PRINTER_OUT_OF_PAPER);
        assertThat(ScStatusCode.of("2")).isSameAs(ScStatusCode.ABOUT_TO_SHUT_DOWN);
        assertThat(ScStatusCode.of("3").isStandard()).isFalse();
    }

    @Test
    void aNewInstanceOfAKnownCodeEqualsTheConstant() {
        assertThat(new CirculationStatus("03")).isEqualTo(CirculationStatus.AVAILABLE);
        assertThat(new CirculationStatus("03").isStandard()).isTrue();
        assertThat(new CirculationStatus("03").description()).contains("available");
    }
}
