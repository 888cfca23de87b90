package io.github.sip2kit.testkit;

import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;

/**
 * The terminal accounts of the demo server: the {@link ClientPolicies} that go with the demo data set
 * ({@code InMemoryLibrary.defaultData()}), documented in {@code docs/demo-data.md} under "Accounts".
 *
 * <table>
 *   <caption>Demo accounts</caption>
 *   <tr><th>Address</th><th>Login (CN / CO)</th><th>Institution</th><th>Location</th><th>State</th></tr>
 *   <tr><td>any</td><td>{@code kiosk1} / {@code kiosk1-pass}</td><td>MAIN</td><td>MAIN-ADULT</td>
 *       <td>active</td></tr>
 *   <tr><td>any</td><td>{@code kiosk2} / {@code kiosk2-pass}</td><td>EAST</td><td>EAST-LEND</td>
 *       <td>active</td></tr>
 *   <tr><td>any</td><td>{@code retired} / {@code retired-pass}</td><td>MAIN</td><td>MAIN-KIDS</td>
 *       <td>deactivated: its logins are refused</td></tr>
 *   <tr><td>127.0.0.2</td><td>none: served without a Login (93)</td><td>MAIN</td><td>MAIN-ADULT</td>
 *       <td>active</td></tr>
 * </table>
 *
 * <p>The login accounts use the address {@code any}, so they serve every address except 127.0.0.2, which has its
 * own login-free policy (the most specific address pattern wins, see {@link ClientPolicies}). All policies use the
 * vendor profile {@code default}. The passwords are public demo values; never use them outside a demo.
 */
public final class DemoAccounts {

    /** Login user id (CN) of the main library's kiosk. */
    public static final String MAIN_KIOSK_LOGIN = "kiosk1";
    /** Login password (CO) of the main library's kiosk. */
    public static final String MAIN_KIOSK_PASSWORD = "kiosk1-pass";
    /** Login user id (CN) of the east branch's kiosk. */
    public static final String EAST_KIOSK_LOGIN = "kiosk2";
    /** Login password (CO) of the east branch's kiosk. */
    public static final String EAST_KIOSK_PASSWORD = "kiosk2-pass";
    /** Login user id (CN) of the deactivated account. */
    public static final String RETIRED_LOGIN = "retired";
    /** Login password (CO) of the deactivated account; a login with it is refused all the same. */
    public static final String RETIRED_PASSWORD = "retired-pass";
    /** The loopback address served without a login. */
    public static final String LOGIN_FREE_ADDRESS = "127.0.0.2";

    private DemoAccounts() {}

    /** {@return the main library's kiosk: login {@code kiosk1}, institution MAIN, location MAIN-ADULT} */
    public static ClientPolicy mainKiosk() {
        return ClientPolicy.builder()
                .address("any")
                .login(MAIN_KIOSK_LOGIN, Secret.of(MAIN_KIOSK_PASSWORD))
                .institutionId("MAIN")
                .locationCode("MAIN-ADULT")
                .description("Demo self-check, Central Library, Adult Lending")
                .build();
    }

    /** {@return the east branch's kiosk: login {@code kiosk2}, institution EAST, location EAST-LEND} */
    public static ClientPolicy eastKiosk() {
        return ClientPolicy.builder()
                .address("any")
                .login(EAST_KIOSK_LOGIN, Secret.of(EAST_KIOSK_PASSWORD))
                .institutionId("EAST")
                .locationCode("EAST-LEND")
                .description("Demo self-check, East Branch, Lending")
                .build();
    }

    /** {@return a deactivated account: login {@code retired}, institution MAIN, location MAIN-KIDS} */
    public static ClientPolicy retiredKiosk() {
        return ClientPolicy.builder()
                .address("any")
                .login(RETIRED_LOGIN, Secret.of(RETIRED_PASSWORD))
                .institutionId("MAIN")
                .locationCode("MAIN-KIDS")
                .description("Demo: a retired self-check whose account is deactivated")
                .activated(false)
                .build();
    }

    /** {@return the login-free policy of address 127.0.0.2: institution MAIN, location MAIN-ADULT} */
    public static ClientPolicy loginFreeLoopback() {
        return ClientPolicy.builder()
                .address(LOGIN_FREE_ADDRESS)
                .institutionId("MAIN")
                .locationCode("MAIN-ADULT")
                .description("Demo: a terminal at a fixed address that never logs in")
                .build();
    }

    /** {@return the four demo policies, in the order of the table above} */
    public static ClientPolicies policies() {
        return ClientPolicies.of(mainKiosk(), eastKiosk(), retiredKiosk(), loginFreeLoopback());
    }
}
