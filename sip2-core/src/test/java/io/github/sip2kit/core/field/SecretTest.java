package io.github.sip2kit.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class SecretTest {

    private static final String PASSWORD = "s3cr3t-PIN";

    /** A message-like record, as the model holds secrets. */
    private record Login(String userId, Secret password) {}

    @Test
    void revealsTheValueOnlyThroughReveal() {
        assertThat(Secret.of(PASSWORD).reveal()).isEqualTo(PASSWORD);
    }

    @Test
    void toStringIsAlwaysMasked() {
        assertThat(Secret.of(PASSWORD)).hasToString("****");
        assertThat(Secret.EMPTY).hasToString("****");
        assertThat(Secret.of("****")).hasToString("****");
    }

    @Test
    void neverShowsTheValueWhenPrintedIndirectly() {
        Secret secret = Secret.of(PASSWORD);
        assertThat(String.valueOf(secret)).doesNotContain(PASSWORD);
        assertThat("password=" + secret).isEqualTo("password=****");
        assertThat(String.format("%s", secret)).doesNotContain(PASSWORD);
        assertThat(new Login("kiosk1", secret).toString())
                .isEqualTo("Login[userId=kiosk1, password=****]")
                .doesNotContain(PASSWORD);
        assertThat(List.of(secret).toString()).doesNotContain(PASSWORD);
        assertThat(Map.of("AD", secret).toString()).doesNotContain(PASSWORD);
    }

    @Test
    void equalsByValue() {
        assertThat(Secret.of(PASSWORD)).isEqualTo(Secret.of(PASSWORD)).hasSameHashCodeAs(Secret.of(PASSWORD));
        assertThat(Secret.of(PASSWORD)).isNotEqualTo(Secret.of(PASSWORD + "x"));
        assertThat(Secret.of("a")).isNotEqualTo(Secret.of("b"));
        assertThat(Secret.of("é")).isNotEqualTo(Secret.of("e"));
    }

    @Test
    void followsTheEqualsContract() {
        EqualsVerifier.forClass(Secret.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void emptyStringGivesTheEmptySecret() {
        assertThat(Secret.of("")).isSameAs(Secret.EMPTY);
        assertThat(Secret.EMPTY.isEmpty()).isTrue();
        assertThat(Secret.EMPTY.reveal()).isEmpty();
        assertThat(Secret.of(" ").isEmpty()).isFalse();
    }

    @Test
    void rejectsWhatTheWireCannotCarryWithoutShowingTheValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Secret.of("hunter2|AY1"))
                .withMessage("secret: contains '|' at index 7 (expected: no '|', CR, LF or NUL in a SIP2 field value)")
                .withMessageNotContaining("hunter2");
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.of("pin\r"));
        assertThatNullPointerException().isThrownBy(() -> Secret.of(null)).withMessage("secret");
    }
}
