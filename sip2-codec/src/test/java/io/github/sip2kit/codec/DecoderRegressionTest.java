package io.github.sip2kit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.field.RawField;
import org.junit.jupiter.api.Test;

/** Inputs the property tests found, kept as named cases. */
class DecoderRegressionTest {

    private final Sip2Codec codec = Sip2Codec.defaults();

    @Test
    void aValueEndingLikeATrailerIsAValueWhenTheFrameEndsWithTheDelimiter() {
        String frame = "36Y20240102    030405AOx|AAp|AGPAY AZTEC|";

        EndSessionResponse response = codec.decode(frame, EndSessionResponse.class);

        assertThat(response.printLines()).containsExactly("PAY AZTEC");
        assertThat(codec.encodeToString(codec.decodeFrame(frame))).isEqualTo(frame);
        assertThat(Sip2Codec.strict().decode(frame)).isEqualTo(response);
    }

    @Test
    void aTruncatedTrailerIsAMalformedChecksumNotAField() {
        assertThatThrownBy(() -> codec.decode("6520240115    103000AOMAIN|AA123|AY4AZD81"))
                .isInstanceOfSatisfying(Sip2DecodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CHECKSUM);
                    assertThat(e.fieldId()).contains("AY");
                    assertThat(e.resendable()).isTrue();
                });
        assertThatThrownBy(() -> codec.decode("96AZFF6"))
                .isInstanceOfSatisfying(Sip2DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CHECKSUM));
    }

    @Test
    void aFrameWithoutTaggedFieldsReencodesWithoutThem() {
        String frame = "6520001013    214316";

        Sip2Frame decoded = codec.decodeFrame(frame);

        assertThat(decoded.fieldOrder()).isEmpty();
        assertThat(((RenewAllRequest) decoded.message()).institutionId()).isEmpty();
        assertThat(codec.encodeToString(decoded)).isEqualTo(frame);
        // A frame made from the message records the spec order, so it writes the required fields.
        assertThat(codec.encodeToString(Sip2Frame.of(decoded.message()))).isEqualTo(frame + "AO|AA|");
    }

    @Test
    void anInvalidFirstOccurrenceClaimsTheFieldSoTheFrameReencodesExactly() {
        String frame = "24              00119960212    100240AOi|AAp|AEn|CQN|BHxx|CQY|BHUSD|";

        Sip2Frame decoded = codec.decodeFrame(frame);

        PatronStatusResponse response = (PatronStatusResponse) decoded.message();
        assertThat(response.currencyType()).isEmpty();
        assertThat(response.validPatronPassword()).contains(false);
        assertThat(response.unknownFields())
                .containsExactly(RawField.of("BH", "xx"), RawField.of("CQ", "Y"), RawField.of("BH", "USD"));
        assertThat(codec.encodeToString(decoded)).isEqualTo(frame);
        assertThat(codec.decodeFrame(codec.encode(decoded))).isEqualTo(decoded);
    }

    @Test
    void aLoginWithLettersForAlgorithmsIsRejectedSoNoPieceOfThePasswordReachesARecord() {
        assertThatThrownBy(() -> codec.decode("93COkiosk1-pass|CNkiosk1|"))
                .isInstanceOfSatisfying(Sip2DecodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_FIXED_FIELD);
                    assertThat(e.getMessage()).doesNotContain("kiosk1-pass").doesNotContain("osk1-pass");
                });
    }

    @Test
    void aSequenceNumberWithoutChecksumAfterAValueEndingInAzIsAMissingChecksum() {
        assertThatThrownBy(() -> codec.decode("26              00119980723    094241AOx|AAp|AEn|AFab,AZ|AY7"))
                .isInstanceOfSatisfying(Sip2DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_CHECKSUM));
    }

    @Test
    void aRequiredFieldThatDoesNotParseIsReportedOnceWhenStrict() {
        String frame = "98YYNNNY00500520230822    1524342.00AO3662|BXmaybe|AMThe Library|";

        assertThatThrownBy(() -> Sip2Codec.strict().decode(frame))
                .isInstanceOfSatisfying(Sip2DecodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_FIELD_VALUE);
                    assertThat(e.fieldId()).contains("BX");
                    assertThat(e.violations()).hasSize(1);
                });
    }
}
