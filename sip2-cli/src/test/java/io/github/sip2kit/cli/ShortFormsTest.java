package io.github.sip2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.ScRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortFormsTest {

    private static final ShortForms.Defaults DEFAULTS = new ShortForms.Defaults("MAIN", "MAIN-ADULT", "",
            Clock.fixed(Instant.parse("2024-01-15T10:30:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "login user=kiosk1 password=secret;"
                + "LOGIN;9300CNkiosk1|COsecret|CPMAIN-ADULT|",
        "sc-status width=40;"
                + "SC_STATUS;9900402.00",
        "checkout patron=P1 item=I1 pin=1234 fee-ack=Y;"
                + "CHECKOUT;11YN20240115    103000                  AOMAIN|AAP1|ABI1|AC|AD1234|BOY|",
        "checkin item=I1 location=EAST-LEND;"
                + "CHECKIN;09N20240115    10300020240115    103000APEAST-LEND|AOMAIN|ABI1|AC|",
        "patron-status patron=P1;"
                + "PATRON_STATUS_REQUEST;2300020240115    103000AOMAIN|AAP1|AC|AD|",
        "patron-info patron=P1 summary=fines start=1 end=5;"
                + "PATRON_INFORMATION;6300020240115    103000   Y      AOMAIN|AAP1|AC|BP1|BQ5|",
        "item-info item=I1 institution=EAST;"
                + "ITEM_INFORMATION;1720240115    103000AOEAST|ABI1|AC|",
        "renew patron=P1 title='A Title';"
                + "RENEW;29NN20240115    103000                  AOMAIN|AAP1|AJA Title|AC|",
        "renew-all patron=P1;"
                + "RENEW_ALL;6520240115    103000AOMAIN|AAP1|AC|",
        "hold patron=P1 item=I1 mode=- pickup=EAST-LEND;"
                + "HOLD;15-20240115    103000BSEAST-LEND|AOMAIN|AAP1|ABI1|AC|",
        "fee-paid patron=P1 amount=4.50 fee-id=FEE-0301;"
                + "FEE_PAID;3720240115    1030000100USDBV4.50|AOMAIN|AAP1|AC|CGFEE-0301|",
        "end-session patron=P1;"
                + "END_PATRON_SESSION;3520240115    103000AOMAIN|AAP1|AC|",
        "block-patron patron=P1 message=\"Card left behind\" retained=Y;"
                + "BLOCK_PATRON;01Y20240115    103000AOMAIN|ALCard left behind|AAP1|AC|",
        "patron-enable patron=P1;"
                + "PATRON_ENABLE;2520240115    103000AOMAIN|AAP1|AC|",
        "item-status-update item=I1 properties=shelf;"
                + "ITEM_STATUS_UPDATE;1920240115    103000AOMAIN|ABI1|AC|CHshelf|"
    })
    void eachShortFormBuildsItsRequest(String line, MessageType type, String wire) {
        ScRequest<?> request = ShortForms.parse(line, DEFAULTS);

        assertThat(request.messageType()).isEqualTo(type);
        assertThat(Sip2Codec.defaults().encodeToString(request)).isEqualTo(wire);
    }

    @Test
    void namesTheProblemWithAShortForm() {
        assertThatThrownBy(() -> ShortForms.parse("hold patron=P1 item=I1 mode=x", DEFAULTS))
                .hasMessage("hold: mode='x' (expected: +, - or *)");
        assertThatThrownBy(() -> ShortForms.parse("patron-info patron=P1 summary=loans", DEFAULTS))
                .hasMessage("patron-info: summary='loans' (expected: charged, fines, holds, overdue, recalls, "
                        + "unavailable)");
        assertThatThrownBy(() -> ShortForms.parse("login user=u passwrd=secret", DEFAULTS))
                .hasMessage("login: 'passwrd' is not one of its keys (expected: login user= password= [location=])")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ShortForms.parse("block-patron patron=P1 message=\"open", DEFAULTS))
                .hasMessage("unbalanced \" quote (expected: a closing \")");
    }
}
