package io.github.sip2kit.testkit;

import static io.github.sip2kit.testkit.Sip2Assertions.assertThat;
import static io.github.sip2kit.testkit.Sip2Assertions.catchThrowableOfType;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.field.FieldId;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.Secret;
import org.junit.jupiter.api.Test;

class Sip2AssertionsTest {

    private static final CheckoutRequest CHECKOUT = Sip2Fixtures.checkoutRequest().build();
    private static final String CHECKOUT_WIRE =
            "11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC|AD1111|";

    @Test
    void passesWhenTheMessageEncodesToTheFrame() {
        assertThat(CHECKOUT).encodesTo(CHECKOUT_WIRE).encodesTo(CHECKOUT_WIRE + "\r");
        assertThat(Sip2Fixtures.scStatus().build()).encodesTo(Sip2Codec.defaults(), 1, "9900402.00AY1AZFCA4\r");
    }

    @Test
    void printsBothFramesUnderAColumnRulerWithACaretAtTheFirstDifference() {
        AssertionError error = failure(() -> assertThat(CHECKOUT).encodesTo(
                "11NN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC|AD1111|"));

        assertThat(error).hasMessage(String.join("\n",
                "Expecting CheckoutRequest (11) to encode to the expected frame, but the frames differ from column 3"
                        + " (passwords masked as ****):",
                "                   1         2         3         4         5         6         7",
                "          1234567890123456789012345678901234567890123456789012345678901234567890123456789",
                "expected: 11NN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC|AD****|",
                "actual:   11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC|AD****|",
                "            ^"));
    }

    @Test
    void countsColumnsOfTheMaskedTextWhenAPasswordChangesTheirPositions() {
        CheckoutRequest longPassword = CHECKOUT.toBuilder().terminalPassword("terminal-secret").build();

        AssertionError error = failure(() -> assertThat(longPassword).encodesTo(
                "11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|ACx|AD1111|BOY|"));

        assertThat(error.getMessage())
                .contains("differ from column 84 (passwords masked as ****; columns count the masked text)")
                .contains("expected: 11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC****|AD****|BOY|\n")
                .contains("actual:   11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC****|AD****|\n")
                .endsWith("\n" + " ".repeat(10 + 83) + "^")
                .doesNotContain("terminal-secret").doesNotContain("1111");
    }

    @Test
    void saysWhenTheFramesDifferOnlyInsideAPasswordWithoutShowingIt() {
        AssertionError error = failure(() -> assertThat(CHECKOUT).encodesTo(CHECKOUT_WIRE.replace("AD1111", "AD9999")));

        assertThat(error.getMessage())
                .startsWith("Expecting CheckoutRequest (11) to encode to the expected frame, but the frames differ"
                        + " only inside a password (AC, AD or CO), which is not shown:\n")
                .doesNotContain("1111").doesNotContain("9999");
    }

    @Test
    void passesWhenTheFrameDecodesToTheMessage() {
        assertThat(CHECKOUT_WIRE + "\r").decodesTo(CHECKOUT).startsWith("11");
        assertThat("9900402.00AY1AZFCA4").decodesTo(Sip2Codec.strict(), Sip2Fixtures.scStatus().build());
    }

    @Test
    void listsTheDifferingComponentsAndPrintsBothFramesWhenDecodingGivesAnotherMessage() {
        CheckoutRequest other = CHECKOUT.toBuilder().itemIdentifier("ITM-0002").build();

        AssertionError error = failure(() -> assertThat(CHECKOUT_WIRE).decodesTo(other));

        assertThat(error).hasMessage(String.join("\n",
                "Expecting the frame to decode to CheckoutRequest (11), but these components differ:",
                "  itemIdentifier: expected ITM-0002 but was ITM-0001",
                "Written the same way, the frames differ from column 68 (passwords masked as ****):",
                "                   1         2         3         4         5         6         7",
                "          1234567890123456789012345678901234567890123456789012345678901234567890123456789",
                "expected: 11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0002|AC|AD****|",
                "actual:   11YN20240115    103000                  AOMAIN|AAPAT-0001|ABITM-0001|AC|AD****|",
                "                                                                             ^"));
    }

    @Test
    void writesTheExpectedMessageInTheFramesFieldOrderAndTrailer() {
        String shuffled = "11YN20240115    103000                  ABITM-0001|AOMAIN|AAPAT-0001|AC|AD1111|AY4AZED7D";
        CheckoutRequest other = CHECKOUT.toBuilder().noBlock(true).build();

        AssertionError error = failure(() -> assertThat(shuffled).decodesTo(other));

        assertThat(error.getMessage())
                .contains("  noBlock: expected true but was false\n")
                .contains("differ from column 4 ")
                .contains("expected: 11YY20240115    103000                  ABITM-0001|AOMAIN|AAPAT-0001|AC|AD****|AY4AZ");
    }

    @Test
    void pointsAtTheColumnWhereDecodingFailed() {
        AssertionError error = failure(() -> assertThat("11YN2024011").decodesTo(CHECKOUT));

        assertThat(error).hasMessage(String.join("\n",
                "Expecting the frame to decode to CheckoutRequest (11), but decoding failed: fixed part of 9"
                        + " characters (expected: 38) [message 11, column 12] near \"11YN2024011\"",
                "                   1",
                "          12345678901",
                "frame:    11YN2024011",
                "                     ^"));
    }

    @Test
    void checksFieldsAsTheyAppearOnTheWire() {
        CheckoutResponse response = Sip2Fixtures.checkoutResponse()
                .mediaType(MediaType.BOOK)
                .addScreenMessage("Thank you")
                .addScreenMessage("Due in two weeks")
                .addUnknownField("XK", "vendor")
                .build();

        assertThat(response)
                .isOfType(MessageType.CHECKOUT_RESPONSE)
                .hasField(FieldId.PATRON_IDENTIFIER, "PAT-0001")
                .hasField(FieldId.INSTITUTION_ID, "MAIN")
                .hasField(FieldId.MEDIA_TYPE, MediaType.BOOK)
                .hasField(FieldId.DUE_DATE, Sip2Fixtures.DUE_DATE)
                .hasField("XK", "vendor")
                .hasFieldValues(FieldId.SCREEN_MESSAGE, "Thank you", "Due in two weeks")
                .doesNotHaveField(FieldId.FEE_AMOUNT)
                .hasFixedField("ok", true)
                .hasFixedField("magneticMedia", "N")
                .hasFixedField("transactionDate", "20240115    103000");
        assertThat(CHECKOUT)
                .hasField(FieldId.PATRON_PASSWORD, Secret.of("1111"))
                .hasField(FieldId.TERMINAL_PASSWORD, "")
                .doesNotHaveField(FieldId.CANCEL)
                .isNotNull();
    }

    @Test
    void fieldFailuresNameTheFieldAndHidePasswords() {
        assertThat(failure(() -> assertThat(CHECKOUT).hasField(FieldId.ITEM_IDENTIFIER, "ITM-0002")))
                .hasMessage("Expecting CheckoutRequest (11) to carry field AB once with \"ITM-0002\" but it carries"
                        + " [\"ITM-0001\"]");
        assertThat(failure(() -> assertThat(CHECKOUT).hasField(FieldId.PATRON_PASSWORD, "9999")))
                .hasMessage("Expecting CheckoutRequest (11) to carry field AD once with a password of 4 characters"
                        + " but it carries [a password of 4 characters]");
        assertThat(failure(() -> assertThat(CHECKOUT).hasField(FieldId.FEE_ACKNOWLEDGED, true)))
                .hasMessage("Expecting CheckoutRequest (11) to carry field BO once with \"Y\" but it has no such field");
        assertThat(failure(() -> assertThat(CHECKOUT).doesNotHaveField(FieldId.ITEM_IDENTIFIER)))
                .hasMessage("Expecting CheckoutRequest (11) not to carry field AB but it carries [\"ITM-0001\"]");
        assertThat(failure(() -> assertThat(CHECKOUT).isOfType(MessageType.CHECKIN)))
                .hasMessage("Expecting a message of type CHECKIN (09) but was CheckoutRequest (11)");
    }

    @Test
    void fixedFieldFailuresNameTheComponent() {
        assertThat(failure(() -> assertThat(Sip2Fixtures.patronStatusRequest().build())
                .hasFixedField("language", Language.FRENCH)))
                .hasMessage("Expecting PatronStatusRequest (23).language to be Language[code=002] but was"
                        + " Language[code=001]");
        assertThat(failure(() -> assertThat(CHECKOUT).hasFixedField("noSuchField", 1)).getMessage())
                .startsWith("Expecting CheckoutRequest (11) to have a field named noSuchField but it has [scRenewalPolicy,");
    }

    @Test
    void aNullMessageOrFrameFails() {
        assertThat(failure(() -> assertThat((CheckoutRequest) null).encodesTo(CHECKOUT_WIRE))).isNotNull();
        assertThat(failure(() -> assertThat((String) null).decodesTo(CHECKOUT))).isNotNull();
    }

    private static AssertionError failure(Runnable assertion) {
        AssertionError error = catchThrowableOfType(AssertionError.class, assertion::run);
        if (error == null) {
            throw new AssertionError("expected the assertion to fail");
        }
        return error;
    }
}
