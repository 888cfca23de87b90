package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.Sip2Session;
import io.github.sip2kit.server.internal.ProtocolEngine;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The demo accounts, as the protocol engine applies them. */
class DemoAccountsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:30:00Z"), ZoneOffset.UTC);
    private static final String ITEM_INFORMATION = "17" + "20260310    103000" + "AOMAIN|ABITM-0001|";

    private final ProtocolEngine engine = Terminal.engine(
            new InMemoryLibraryBackend(InMemoryLibrary.defaultData(CLOCK)), DemoAccounts.policies(), CLOCK);

    @Test
    void mainKioskServesTheCentralLibrarysAdultLending() {
        Terminal terminal = Terminal.loggedIn(engine, DemoAccounts.MAIN_KIOSK_LOGIN, DemoAccounts.MAIN_KIOSK_PASSWORD);

        Sip2Session session = terminal.session().session();
        assertThat(session.institutionId()).isEqualTo("MAIN");
        assertThat(session.locationCode()).hasValue("MAIN-ADULT");
        assertThat(session.loginUserId()).hasValue("kiosk1");
    }

    @Test
    void eastKioskServesTheEastBranchsLending() {
        Terminal terminal = Terminal.loggedIn(engine, DemoAccounts.EAST_KIOSK_LOGIN, DemoAccounts.EAST_KIOSK_PASSWORD);

        assertThat(terminal.session().session().institutionId()).isEqualTo("EAST");
        assertThat(terminal.session().session().locationCode()).hasValue("EAST-LEND");
    }

    @Test
    void refusesTheDeactivatedAccountAndAWrongPassword() {
        Terminal terminal = Terminal.connect(engine, "192.0.2.20");

        assertThat(terminal.send("9300CN" + DemoAccounts.RETIRED_LOGIN + "|CO" + DemoAccounts.RETIRED_PASSWORD + "|"))
                .isEqualTo("940");
        assertThat(terminal.send("9300CN" + DemoAccounts.MAIN_KIOSK_LOGIN + "|COwrong|")).isEqualTo("940");
        assertThat(terminal.session().awaitingLogin()).isTrue();
    }

    @Test
    void servesTheLoginFreeLoopbackAddressWithoutALogin() {
        Terminal terminal = Terminal.connect(engine, DemoAccounts.LOGIN_FREE_ADDRESS);

        assertThat(terminal.session().awaitingLogin()).isFalse();
        assertThat(terminal.session().session().locationCode()).hasValue("MAIN-ADULT");
        assertThat(terminal.send(ITEM_INFORMATION)).contains("AJThe Example Handbook|");
    }

    @Test
    void makesOtherAddressesLogIn() {
        Terminal terminal = Terminal.connect(engine, "127.0.0.1");

        assertThat(terminal.session().awaitingLogin()).isTrue();
        assertThat(terminal.send(ITEM_INFORMATION)).contains("AFPlease log in first|");
    }

    @Test
    void listsTheFourAccountsWithTheLoginAccountsUsableFromAnywhereButTheLoopbackAddress() throws Exception {
        assertThat(DemoAccounts.policies().policies()).containsExactly(DemoAccounts.mainKiosk(),
                DemoAccounts.eastKiosk(), DemoAccounts.retiredKiosk(), DemoAccounts.loginFreeLoopback());
        assertThat(DemoAccounts.policies().policiesFor(InetAddress.getByName("198.51.100.7")))
                .extracting(ClientPolicy::loginUserId)
                .extracting(id -> id.orElseThrow())
                .containsExactly("kiosk1", "kiosk2", "retired");
        assertThat(DemoAccounts.policies().policiesFor(InetAddress.getByName(DemoAccounts.LOGIN_FREE_ADDRESS)))
                .containsExactly(DemoAccounts.loginFreeLoopback());
        assertThat(DemoAccounts.retiredKiosk().activated()).isFalse();
    }
}
