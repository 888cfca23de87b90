package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2DecodeException.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sip2DecodeExceptionTest {

    @ParameterizedTest
    @CsvSource({
        "FRAME_TOO_LONG, false",
        "TRUNCATED_FIXED_PART, true",
        "INVALID_FIXED_FIELD, false",
        "INVALID_FIELD_VALUE, false",
        "INVALID_FIELD_ID, false",
        "MISSING_REQUIRED_FIELD, false",
        "DUPLICATE_FIELD, false",
        "UNKNOWN_FIELD, false",
        "FIELD_TOO_LONG, false",
        "TOO_MANY_REPEATS, false",
        "UNKNOWN_MESSAGE_CODE, false",
        "UNEXPECTED_DIRECTION, false",
        "UNEXPECTED_MESSAGE_TYPE, false",
        "MISSING_DELIMITER, false",
        "CHECKSUM_MISMATCH, true",
        "MALFORMED_CHECKSUM, true",
        "MISSING_CHECKSUM, true",
        "BAD_SEQUENCE_NUMBER, true",
        "ILLEGAL_CHARACTER, true",
    })
    void saysWhichReasonsAskThePeerToResend(Reason reason, boolean resendable) {
        assertThat(reason.resendable()).isEqualTo(resendable);
        Sip2DecodeException error = new Sip2DecodeException(reason, "bad", null, null, 0, "");
        assertThat(error.resendable()).isEqualTo(resendable);
        assertThat(Violation.of(reason, "bad", null, null, 0).resendable()).isEqualTo(resendable);
    }

    @Test
    void everyReasonIsCovered() {
        assertThat(Reason.values()).hasSize(19);
    }

    @Test
    void messageAppendsLocationAndExcerpt() {
        Sip2DecodeException error = new Sip2DecodeException(
                Reason.MISSING_REQUIRED_FIELD, "required field is missing", "11", "AB", 42, "…AC****|AY3AZEDC2");
        assertThat(error.getOriginalMessage()).isEqualTo("required field is missing");
        assertThat(error.getMessage())
                .isEqualTo("required field is missing [message 11, field AB, column 42] near \"…AC****|AY3AZEDC2\"");
        assertThat(error.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
        assertThat(error.messageCode()).contains("11");
        assertThat(error.fieldId()).contains("AB");
        assertThat(error.column()).isEqualTo(42);
        assertThat(error.excerpt()).isEqualTo("…AC****|AY3AZEDC2");
        assertThat(error).hasToString(Sip2DecodeException.class.getName() + ": " + error.getMessage());
    }

    @Test
    void messageShowsOnlyTheKnownParts() {
        assertThat(new Sip2DecodeException(Reason.CHECKSUM_MISMATCH, "checksum mismatch", "11", null, 0, "")
                        .getMessage())
                .isEqualTo("checksum mismatch [message 11]");
        assertThat(new Sip2DecodeException(Reason.INVALID_FIELD_ID, "no field id", null, null, 7, "")
                        .getMessage())
                .isEqualTo("no field id [column 7]");
        assertThat(new Sip2DecodeException(Reason.DUPLICATE_FIELD, "twice", null, "AO", 0, "")
                        .getMessage())
                .isEqualTo("twice [field AO]");
        assertThat(new Sip2DecodeException(Reason.FRAME_TOO_LONG, "too long", null, null, 0, "")
                        .getMessage())
                .isEqualTo("too long");
        assertThat(new Sip2DecodeException(Reason.FRAME_TOO_LONG, "too long", null, null, 0, null))
                .satisfies(e -> assertThat(e.excerpt()).isEmpty())
                .hasMessage("too long");
    }

    @Test
    void absentPartsAreEmptyOptionals() {
        Sip2DecodeException error = new Sip2DecodeException(Reason.FRAME_TOO_LONG, "too long", null, null, 0, "");
        assertThat(error.messageCode()).isEmpty();
        assertThat(error.fieldId()).isEmpty();
        assertThat(error.column()).isZero();
        assertThat(error.violations())
                .containsExactly(new Violation(Reason.FRAME_TOO_LONG, "too long", Optional.empty(), Optional.empty(), 0));
    }

    @Test
    void reportsTheFirstOfSeveralViolationsAndKeepsAll() {
        List<Violation> violations = new ArrayList<>(List.of(
                Violation.of(Reason.INVALID_FIXED_FIELD, "bad flag", "11", null, 3),
                Violation.of(Reason.MISSING_REQUIRED_FIELD, "missing", "11", "AB", 0),
                Violation.of(Reason.DUPLICATE_FIELD, "twice", "11", "AO", 50)));
        Sip2DecodeException error = new Sip2DecodeException(violations, "11YX");
        violations.clear();

        assertThat(error.reason()).isEqualTo(Reason.INVALID_FIXED_FIELD);
        assertThat(error.column()).isEqualTo(3);
        assertThat(error.violations()).hasSize(3);
        assertThat(error.violations().get(2).fieldId()).contains("AO");
        assertThat(error.getMessage()).isEqualTo("bad flag [message 11, column 3] near \"11YX\" (and 2 more violations)");
        assertThatThrownBy(() -> error.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countsASingleFurtherViolation() {
        Sip2DecodeException error = new Sip2DecodeException(
                List.of(
                        Violation.of(Reason.UNKNOWN_FIELD, "unknown field", "23", "ZZ", 30),
                        Violation.of(Reason.UNKNOWN_FIELD, "unknown field", "23", "ZY", 40)),
                "");
        assertThat(error.getMessage()).isEqualTo("unknown field [message 23, field ZZ, column 30] (and 1 more violation)");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new Sip2DecodeException(List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("violations: [] (expected: at least one)");
        assertThatThrownBy(() -> new Sip2DecodeException(Reason.FRAME_TOO_LONG, "x", null, null, -1, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column: -1 (expected: >= 0)");
        assertThatThrownBy(() -> new Sip2DecodeException(null, "x", null, null, 0, ""))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
        assertThatThrownBy(() -> new Sip2DecodeException(Reason.FRAME_TOO_LONG, null, null, null, 0, ""))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("message");
        assertThatThrownBy(() -> new Sip2DecodeException(null, ""))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void belongsToTheSip2ExceptionFamily() {
        assertThat(new Sip2DecodeException(Reason.FRAME_TOO_LONG, "x", null, null, 0, ""))
                .isInstanceOf(Sip2Exception.class)
                .isInstanceOf(RuntimeException.class);
        Throwable cause = new IllegalStateException("cause");
        assertThat(new Sip2EncodeException("cannot encode", cause))
                .isInstanceOf(Sip2Exception.class)
                .hasMessage("cannot encode")
                .hasCause(cause);
        assertThat(new Sip2Exception("plain")).hasMessage("plain").hasNoCause();
    }

    @Test
    void survivesSerializationWithItsFirstViolation() throws IOException, ClassNotFoundException {
        Sip2DecodeException error = new Sip2DecodeException(
                List.of(
                        Violation.of(Reason.DUPLICATE_FIELD, "twice", "11", "AO", 50),
                        Violation.of(Reason.UNKNOWN_FIELD, "unknown", "11", "ZZ", 60)),
                "…AOx|AOy|");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(error);
        }
        Sip2DecodeException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Sip2DecodeException) in.readObject();
        }
        assertThat(copy.reason()).isEqualTo(Reason.DUPLICATE_FIELD);
        assertThat(copy.fieldId()).contains("AO");
        assertThat(copy.column()).isEqualTo(50);
        assertThat(copy.excerpt()).isEqualTo("…AOx|AOy|");
        assertThat(copy.violations()).containsExactly(error.violations().get(0));
    }
}
