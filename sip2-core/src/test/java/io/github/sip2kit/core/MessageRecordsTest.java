package io.github.sip2kit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FieldId;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.RawField;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every message record keeps, checked reflectively over all 31 records and their components: builder
 * defaults and required values, copy-and-modify builders, constructor validation worded with the component and field
 * id, immutable lists, and passwords that never reach {@code toString}.
 */
class MessageRecordsTest {

    private static final Sip2Timestamp DATE = Sip2Timestamp.of(LocalDateTime.of(2024, 1, 15, 10, 30, 0));
    private static final String PASSWORD = "hunter2-secret";

    // ------------------------------------------------------------------ reflection helpers

    private static Object builderOf(MessageType type) {
        return invoke(null, method(type.messageClass(), "builder"));
    }

    /** {@return a builder with every value set that the builder has no default for} */
    private static Object completeBuilder(MessageType type) {
        Object builder = builderOf(type);
        setIfPresent(builder, "transactionDate", Sip2Timestamp.class, DATE);
        setRequiredCodes(type, builder);
        return builder;
    }

    /** Sets hold mode (15) and currency type (37), the fixed fields whose builders have no default. */
    private static void setRequiredCodes(MessageType type, Object builder) {
        for (RecordComponent c : components(type)) {
            if (c.getType() == HoldMode.class) {
                setIfPresent(builder, c.getName(), HoldMode.class, HoldMode.ADD);
            } else if (c.getType() == CurrencyType.class) {
                setIfPresent(builder, c.getName(), CurrencyType.class, CurrencyType.USD);
            }
        }
    }

    private static void setIfPresent(Object builder, String name, Class<?> type, Object value) {
        try {
            invoke(builder, builder.getClass().getMethod(name, type), value);
        } catch (NoSuchMethodException e) {
            // this message has no such field
        }
    }

    private static Sip2Message build(Object builder) {
        return (Sip2Message) invoke(builder, method(builder.getClass(), "build"));
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getSimpleName() + " has no " + name + "()", e);
        }
    }

    private static Object invoke(Object target, Method method, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        }
    }

    private static RuntimeException sneaky(Throwable t) {
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new AssertionError(t);
    }

    private static RecordComponent[] components(MessageType type) {
        return type.messageClass().getRecordComponents();
    }

    private static Object component(Object record, RecordComponent c) {
        return invoke(record, c.getAccessor());
    }

    private static Sip2Message construct(MessageType type, Object[] args) {
        Class<?>[] types = Arrays.stream(components(type)).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.messageClass().getDeclaredConstructor(types);
            return (Sip2Message) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** {@return a non-default, valid value for every component: what a fully populated message holds} */
    private static Object[] populated(MessageType type) {
        RecordComponent[] components = components(type);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = sample(components[i].getName(), components[i].getGenericType());
        }
        return args;
    }

    private static Object sample(String name, Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            Type arg = p.getActualTypeArguments()[0];
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw == Optional.class) {
                return Optional.of(sample(name, arg));
            }
            if (raw == List.class && arg == RawField.class) {
                return new ArrayList<>(List.of(RawField.of("ZZ", "vendor"), RawField.of("AC", PASSWORD)));
            }
            if (raw == List.class) {
                return new ArrayList<>(List.of("first", "second"));
            }
            if (raw == Set.class) {
                return enumSet((Class<?>) arg);
            }
            throw new AssertionError("no sample for " + type + " of " + name);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return name.equals("protocolVersion") ? "2.01" : "v-" + name;
        }
        if (c == boolean.class) {
            return true;
        }
        if (c == int.class) {
            return 123;
        }
        if (c == char.class) {
            return '1';
        }
        if (c == OptionalInt.class) {
            return OptionalInt.of(42);
        }
        if (c == Secret.class) {
            return Secret.of(PASSWORD);
        }
        if (c == Sip2Timestamp.class) {
            return DATE;
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[constants.length - 1];
        }
        return lastConstant(c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> enumSet(Class<?> type) {
        return EnumSet.allOf((Class) type);
    }

    /** {@return the last public constant an open code type declares, such as {@code FeeType.DAMAGE}} */
    private static Object lastConstant(Class<?> type) {
        Object last = null;
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                try {
                    last = f.get(null);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        if (last == null) {
            throw new AssertionError("no constant in " + type);
        }
        return last;
    }

    /** {@return the field id a tagged component is named after, such as AF for {@code screenMessages}} */
    private static Optional<FieldId> fieldIdOf(String component) {
        String snake = component.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        Optional<FieldId> id = enumConstant(snake);
        if (id.isEmpty() && snake.endsWith("S")) {
            id = enumConstant(snake.substring(0, snake.length() - 1));
        }
        return id;
    }

    private static Optional<FieldId> enumConstant(String name) {
        return Arrays.stream(FieldId.values()).filter(f -> f.name().equals(name)).findFirst();
    }

    private static boolean isTextComponent(RecordComponent c) {
        Type type = c.getGenericType();
        if (type == String.class) {
            return true;
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            return (p.getRawType() == Optional.class || p.getRawType() == List.class)
                    && p.getActualTypeArguments()[0] == String.class;
        }
        return false;
    }

    private static Object withPipe(RecordComponent c) {
        Type type = c.getGenericType();
        if (type == String.class) {
            return c.getName().equals("protocolVersion") ? "2|00" : "a|b";
        }
        Class<?> raw = (Class<?>) ((ParameterizedType) type).getRawType();
        return raw == Optional.class ? Optional.of("a|b") : new ArrayList<>(List.of("ok", "a|b"));
    }

    // ------------------------------------------------------------------ builders

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void builderDefaultsAreEmptyValuesAndAbsentOptionals(MessageType type) {
        Sip2Message message = build(completeBuilder(type));

        assertThat(message).isInstanceOf(type.messageClass());
        for (RecordComponent c : components(type)) {
            Object value = component(message, c);
            String what = type + "." + c.getName();
            if (c.getType() == String.class && !c.getName().equals("protocolVersion")) {
                assertThat((String) value).as(what).isEmpty();
            } else if (c.getType() == Optional.class) {
                assertThat((Optional<?>) value).as(what).isEmpty();
            } else if (c.getType() == List.class) {
                assertThat((List<?>) value).as(what).isEmpty();
            } else if (c.getType() == Set.class) {
                assertThat((Set<?>) value).as(what).isEmpty();
            } else if (c.getType() == Secret.class) {
                assertThat(value).as(what).isEqualTo(Secret.EMPTY);
            } else if (c.getType() == boolean.class) {
                assertThat(value).as(what).isEqualTo(false);
            }
        }
    }

    @Test
    void builderDefaultsOfFixedFieldsFollowTheSpecsUsualValues() {
        ScStatus status = ScStatus.builder().build();
        AcsStatus acs = AcsStatus.builder().build();
        LoginRequest login = LoginRequest.builder().build();
        CheckoutRequest checkout = CheckoutRequest.builder().transactionDate(DATE).build();

        assertThat(status.protocolVersion()).isEqualTo("2.00");
        assertThat(status.maxPrintWidth()).isEqualTo(80);
        assertThat(acs.protocolVersion()).isEqualTo("2.00");
        assertThat(acs.dateTimeSync()).isEqualTo(Sip2Timestamp.NOT_SUPPORTED);
        assertThat(login.uidAlgorithm()).isEqualTo('0');
        assertThat(login.pwdAlgorithm()).isEqualTo('0');
        assertThat(checkout.nbDueDate()).isEqualTo(Sip2Timestamp.BLANK);
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void buildNamesTheMissingTransactionDate(MessageType type) throws NoSuchMethodException {
        Object builder = builderOf(type);
        boolean hasDate = Arrays.stream(components(type)).anyMatch(c -> c.getName().equals("transactionDate"));
        setRequiredCodes(type, builder);

        if (hasDate) {
            assertThatThrownBy(() -> build(builder))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("transactionDate");
        } else {
            assertThat(build(builder)).isInstanceOf(type.messageClass());
        }
    }

    @Test
    void buildNamesOtherValuesWithoutDefault() {
        assertThatThrownBy(() -> HoldRequest.builder().transactionDate(DATE).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("holdMode");
        assertThatThrownBy(() -> FeePaidRequest.builder().transactionDate(DATE).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("currencyType");
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void toBuilderCopiesEveryComponent(MessageType type) {
        Sip2Message full = construct(type, populated(type));
        Sip2Message empty = build(completeBuilder(type));

        Object copy = build(invoke(full, method(type.messageClass(), "toBuilder")));

        assertThat(copy).isEqualTo(full).hasSameHashCodeAs(full).isNotEqualTo(empty);
        assertThat(build(invoke(empty, method(type.messageClass(), "toBuilder")))).isEqualTo(empty);
    }

    @Test
    void toBuilderMakesAModifiedCopyWithoutChangingTheOriginal() {
        CheckoutRequest original = CheckoutRequest.builder()
                .transactionDate(DATE)
                .institutionId("MAIN")
                .patronIdentifier("P1")
                .itemIdentifier("I1")
                .build();

        CheckoutRequest changed = original.toBuilder().itemIdentifier("I2").cancel(true).build();

        assertThat(original.itemIdentifier()).isEqualTo("I1");
        assertThat(original.cancel()).isEmpty();
        assertThat(changed.itemIdentifier()).isEqualTo("I2");
        assertThat(changed.cancel()).contains(true);
        assertThat(changed.patronIdentifier()).isEqualTo("P1");
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void messageTypeAndCodeMatchTheEnum(MessageType type) {
        Sip2Message message = build(completeBuilder(type));

        assertThat(message.code()).isEqualTo(type.code());
        MessageType reported = message instanceof ScMessage
                ? ((ScMessage) message).messageType()
                : ((AcsMessage) message).messageType();
        assertThat(reported).isEqualTo(type);
        assertThat(message instanceof ScMessage).isEqualTo(type.direction() == Direction.SC_TO_ACS);
        assertThat(message instanceof AcsMessage).isEqualTo(type.direction() == Direction.ACS_TO_SC);
    }

    // ------------------------------------------------------------------ constructor validation

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void constructorRejectsNullNamingTheComponent(MessageType type) {
        RecordComponent[] components = components(type);
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isPrimitive()) {
                continue;
            }
            Object[] args = populated(type);
            args[i] = null;
            String name = components[i].getName();

            assertThatThrownBy(() -> construct(type, args))
                    .as("%s.%s", type, name)
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageStartingWith(name);
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void constructorRejectsAPipeNamingTheComponentAndFieldId(MessageType type) {
        RecordComponent[] components = components(type);
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (!isTextComponent(c)) {
                continue;
            }
            Object[] args = populated(type);
            args[i] = withPipe(c);
            String expectedName = c.getName().equals("protocolVersion")
                    ? "protocolVersion"
                    : c.getName() + " (" + fieldIdOf(c.getName())
                            .orElseThrow(() -> new AssertionError("no field id for " + c.getName()))
                            .code() + ")";

            assertThatThrownBy(() -> construct(type, args))
                    .as("%s.%s", type, c.getName())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(expectedName + ": ")
                    .hasMessageContaining("(expected: ");
        }
    }

    @Test
    void pipeInInstitutionIdIsRejectedWithTheComponentAndFieldId() {
        assertThatThrownBy(() -> CheckoutRequest.builder().transactionDate(DATE).institutionId("MA|N").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("institutionId (AO)")
                .hasMessageContaining("'|'")
                .hasMessageContaining("index 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\u0000"})
    void lineBreaksAndNulAreRejectedInValues(String bad) {
        assertThatThrownBy(() -> PatronStatusResponse.builder().transactionDate(DATE)
                        .addScreenMessage("line" + bad).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("screenMessages (AF)");
    }

    @Test
    void passwordValueNeverAppearsInAValidationMessage() {
        assertThatThrownBy(() -> LoginRequest.builder().loginUserId("u|" + PASSWORD).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loginUserId (CN)")
                .hasMessageNotContaining(PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "2.000", "", "2|00"})
    void protocolVersionMustBeFourCharacters(String version) {
        assertThatThrownBy(() -> ScStatus.builder().protocolVersion(version).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("protocolVersion: ");
        assertThatThrownBy(() -> AcsStatus.builder().protocolVersion(version).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("protocolVersion: ");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1000})
    void threeDigitNumbersMustFitThreeDigits(int value) {
        assertThatThrownBy(() -> ScStatus.builder().maxPrintWidth(value).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxPrintWidth: " + value + " (expected: 0 to 999)");
        assertThatThrownBy(() -> AcsStatus.builder().timeoutPeriod(value).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timeoutPeriod: ");
        assertThatThrownBy(() -> AcsStatus.builder().retriesAllowed(value).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("retriesAllowed: ");
        assertThat(ScStatus.builder().maxPrintWidth(999).build().maxPrintWidth()).isEqualTo(999);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_000})
    void fourDigitCountsMustFitFourDigits(int value) {
        assertThatThrownBy(() -> PatronInformationResponse.builder().transactionDate(DATE)
                        .holdItemsCount(OptionalInt.of(value)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("holdItemsCount: " + value);
        assertThatThrownBy(() -> PatronInformationResponse.builder().transactionDate(DATE)
                        .holdItemsLimit(OptionalInt.of(value)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("holdItemsLimit (BZ): " + value);
    }

    @ParameterizedTest
    @ValueSource(chars = {'|', '\r', '\u0001', '\u00e9'})
    void loginAlgorithmsMustBePrintableAscii(char algorithm) {
        assertThatThrownBy(() -> LoginRequest.builder().uidAlgorithm(algorithm).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("uidAlgorithm: ");
        assertThatThrownBy(() -> LoginRequest.builder().pwdAlgorithm(algorithm).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pwdAlgorithm: ");
    }

    // ------------------------------------------------------------------ immutability

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void listsAndSetsAreImmutableCopies(MessageType type) {
        Object[] args = populated(type);
        Sip2Message message = construct(type, args);
        RecordComponent[] components = components(type);

        for (int i = 0; i < components.length; i++) {
            Object value = component(message, components[i]);
            String what = type + "." + components[i].getName();
            if (args[i] instanceof List) {
                List<?> before = List.copyOf((List<?>) args[i]);
                ((List<?>) args[i]).clear();
                assertThat((List<?>) value).as(what).isEqualTo(before);
                assertThatThrownBy(() -> ((List<?>) value).clear()).as(what)
                        .isInstanceOf(UnsupportedOperationException.class);
            } else if (args[i] instanceof Set) {
                assertThatThrownBy(() -> ((Set<?>) value).clear()).as(what)
                        .isInstanceOf(UnsupportedOperationException.class);
            }
        }
    }

    @Test
    void builtMessagesDoNotChangeWhenTheBuilderGoesOn() {
        PatronStatusResponse.Builder builder = PatronStatusResponse.builder().transactionDate(DATE)
                .addScreenMessage("one")
                .addUnknownField("ZZ", "x");
        PatronStatusResponse first = builder.build();

        builder.addScreenMessage("two").addUnknownField("ZY", "y");

        assertThat(first.screenMessages()).containsExactly("one");
        assertThat(first.unknownFields()).containsExactly(RawField.of("ZZ", "x"));
        assertThat(builder.build().screenMessages()).containsExactly("one", "two");
    }

    @Test
    void flagSetsAreCopied() {
        Set<SupportedMessage> supported = EnumSet.of(SupportedMessage.values()[0]);
        AcsStatus status = AcsStatus.builder().supportedMessages(supported).build();

        supported.add(SupportedMessage.values()[1]);

        assertThat(status.supportedMessages()).containsExactly(SupportedMessage.values()[0]);
    }

    // ------------------------------------------------------------------ secrets

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void toStringNeverShowsAPassword(MessageType type) {
        Sip2Message message = construct(type, populated(type));
        boolean hasSecret = Arrays.stream(components(type))
                .anyMatch(c -> c.getGenericType().getTypeName().contains(Secret.class.getName()));

        String text = message.toString();

        assertThat(text).doesNotContain(PASSWORD).contains("vendor", "****");
        if (hasSecret) {
            Set<String> secrets = Arrays.stream(components(type))
                    .filter(c -> c.getGenericType().getTypeName().contains(Secret.class.getName()))
                    .map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            for (String name : secrets) {
                assertThat(text).as("%s.%s", type, name).containsPattern(name + "=(Optional\\[)?\\*\\*\\*\\*");
            }
        }
    }

    @Test
    void passwordsArePasswordFields() {
        Set<String> secretComponents = Arrays.stream(MessageType.values())
                .flatMap(t -> Arrays.stream(components(t)))
                .filter(c -> c.getGenericType().getTypeName().contains(Secret.class.getName()))
                .map(c -> fieldIdOf(c.getName()).orElseThrow().code())
                .collect(Collectors.toSet());

        assertThat(secretComponents).containsExactlyInAnyOrder("AC", "AD", "CO");
    }

    // ------------------------------------------------------------------ unknown messages

    @Test
    void unknownMessageKeepsCodeAndBody() {
        UnknownMessage message = new UnknownMessage("XX", "any|thing|");

        assertThat(message.code()).isEqualTo("XX");
        assertThat(message.body()).isEqualTo("any|thing|");
        assertThat(message).isEqualTo(new UnknownMessage("XX", "any|thing|"));
    }

    @Test
    void unknownMessageRejectsADefinedCode() {
        assertThatThrownBy(() -> new UnknownMessage("11", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("code: 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "XXX"})
    void unknownMessageRejectsACodeThatIsNotTwoCharacters(String code) {
        assertThatThrownBy(() -> new UnknownMessage(code, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("code: ")
                .hasMessageContaining("(expected: exactly 2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\rb", "a\nb", "a\u0000b"})
    void unknownMessageRejectsLineBreaksAndNul(String body) {
        assertThatThrownBy(() -> new UnknownMessage("XX", body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("body: ");
        assertThatThrownBy(() -> new UnknownMessage("X" + body.charAt(1), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("code: ");
    }

    @Test
    void unknownMessageRejectsNull() {
        assertThatThrownBy(() -> new UnknownMessage(null, "")).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
        assertThatThrownBy(() -> new UnknownMessage("XX", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("body");
    }

    // ------------------------------------------------------------------ message types

    @Test
    void requestsArePairedWithTheirResponses() {
        assertThat(MessageType.BLOCK_PATRON.responseType()).contains(MessageType.PATRON_STATUS_RESPONSE);
        assertThat(MessageType.PATRON_STATUS_REQUEST.responseType()).contains(MessageType.PATRON_STATUS_RESPONSE);
        assertThat(MessageType.LOGIN.responseType()).contains(MessageType.LOGIN_RESPONSE);
        assertThat(MessageType.SC_STATUS.responseType()).contains(MessageType.ACS_STATUS);
        assertThat(MessageType.CHECKOUT.responseType()).contains(MessageType.CHECKOUT_RESPONSE);
        assertThat(MessageType.REQUEST_ACS_RESEND.responseType()).isEmpty();
        assertThat(MessageType.REQUEST_SC_RESEND.responseType()).isEmpty();
        assertThat(MessageType.CHECKOUT_RESPONSE.responseType()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyRequestButResendIsAnsweredByAResponseAndTheRecordAgrees(MessageType type) {
        Sip2Message message = build(completeBuilder(type));

        if (type.direction() == Direction.ACS_TO_SC || type == MessageType.REQUEST_ACS_RESEND) {
            assertThat(type.responseType()).isEmpty();
        } else {
            MessageType response = type.responseType().orElseThrow();
            assertThat(response.direction()).isEqualTo(Direction.ACS_TO_SC);
            assertThat(((ScRequest<?>) message).responseType()).isEqualTo(response.messageClass());
        }
        if (type == MessageType.REQUEST_ACS_RESEND) {
            assertThat(((ScRequest<?>) message).responseType()).isEqualTo(AcsMessage.class);
        }
        assertThat(type.isRequest()).isEqualTo(type.direction() == Direction.SC_TO_ACS);
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void fromCodeFindsEveryType(MessageType type) {
        assertThat(MessageType.fromCode(type.code())).contains(type);
        assertThat(type.code()).matches("[0-9]{2}");
        assertThat(type.messageClass().isRecord()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "XX", "1", "110", "", "98 "})
    void fromCodeIsEmptyForUndefinedCodes(String code) {
        assertThat(MessageType.fromCode(code)).isEmpty();
    }

    @Test
    void thereAre31TypesSixteenFromTheScAndFifteenFromTheAcs() {
        assertThat(MessageType.values()).hasSize(31);
        assertThat(Arrays.stream(MessageType.values()).filter(MessageType::isRequest)).hasSize(16);
        assertThat(Arrays.stream(MessageType.values()).map(MessageType::messageClass).distinct()).hasSize(31);
    }
}
