package io.github.sip2kit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.core.field.Secret;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientPoliciesTest {

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    private static ClientPolicy loginFree(String address, String institution) {
        return ClientPolicy.builder().address(address).institutionId(institution).build();
    }

    private static ClientPolicy account(String address, String id, String institution) {
        return ClientPolicy.builder().address(address).login(id, Secret.of("pw-" + id)).institutionId(institution)
                .build();
    }

    @Test
    void usesThePoliciesOfTheMostSpecificMatchingAddress() throws UnknownHostException {
        ClientPolicy network = account("10.0.0.0/8", "staff", "main");
        ClientPolicy subnet = account("10.1.0.0/16", "branch", "branch");
        ClientPolicy host = loginFree("10.1.2.3", "kiosk");
        ClientPolicy anywhere = account("any", "remote", "main");
        ClientPolicies table = ClientPolicies.of(anywhere, network, host, subnet);

        assertThat(table.policiesFor(ip("10.1.2.3"))).containsExactly(host);
        assertThat(table.policiesFor(ip("10.1.9.9"))).containsExactly(subnet);
        assertThat(table.policiesFor(ip("10.200.0.1"))).containsExactly(network);
        assertThat(table.policiesFor(ip("192.0.2.1"))).containsExactly(anywhere);
        assertThat(table.policiesFor(ip("2001:db8::1"))).containsExactly(anywhere);
    }

    @Test
    void refusesAddressesNoPatternMatchesWhenThereIsNoAnyAccount() throws UnknownHostException {
        ClientPolicies table = ClientPolicies.of(loginFree("10.1.2.3", "kiosk"));

        assertThat(table.policiesFor(ip("10.1.2.4"))).isEmpty();
    }

    @Test
    void matchesIpv6BlocksAndKeepsTheFamiliesApart() throws UnknownHostException {
        ClientPolicy v6 = account("2001:db8:abcd::/48", "v6", "main");
        ClientPolicy v4 = account("0.0.0.0/0", "v4", "main");
        ClientPolicies table = ClientPolicies.of(v6, v4);

        assertThat(table.policiesFor(ip("2001:db8:abcd:12::7"))).containsExactly(v6);
        assertThat(table.policiesFor(ip("2001:db8:abce::7"))).isEmpty();
        assertThat(table.policiesFor(ip("203.0.113.9"))).containsExactly(v4);
    }

    @Test
    void keepsSeveralAccountsOfOneAddressInTableOrder() throws UnknownHostException {
        ClientPolicy north = account("10.0.0.7", "north", "north-lib");
        ClientPolicy south = account("10.0.0.7/32", "south", "south-lib");

        assertThat(ClientPolicies.of(north, south).policiesFor(ip("10.0.0.7"))).containsExactly(north, south);
    }

    @Test
    void rejectsALoginFreePolicySharingItsAddress() {
        ClientPolicy free = loginFree("10.0.0.7", "north-lib");
        ClientPolicy other = account("10.0.0.7", "south", "south-lib");

        assertThatThrownBy(() -> ClientPolicies.of(free, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("address 10.0.0.7 has a policy without login id (institution north-lib)")
                .hasMessageContaining("serves exactly one institution");
    }

    @Test
    void rejectsTwoLoginFreePoliciesForAny() {
        assertThatThrownBy(() -> ClientPolicies.of(loginFree("any", "a"), loginFree("ANY", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("address any");
    }

    @Test
    void rejectsALoginIdUsedTwiceForOneAddress() {
        assertThatThrownBy(() -> ClientPolicies.of(account("any", "kiosk", "a"), account("any", "kiosk", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("login id kiosk twice");
    }

    @Test
    void allowsTheSameLoginIdForDifferentAddresses() throws UnknownHostException {
        ClientPolicies table = ClientPolicies.of(account("10.0.0.1", "kiosk", "a"), account("10.0.0.2", "kiosk", "b"));

        assertThat(table.policiesFor(ip("10.0.0.2"))).extracting(ClientPolicy::institutionId).containsExactly("b");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kiosk.example.org", "10.0.0", "10.0.0.256", "10.0.0.1/33", "10.0.0.1/", "10.0.0.1/x", "::1/129",
        "fe80::1%eth0", "", "1.2.3.4.5", "-1.2.3.4", "g::1"
    })
    void rejectsAddressesThatAreNotLiterals(String address) {
        assertThatThrownBy(() -> loginFree(address, "main"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("address: " + address);
    }

    @Test
    void policyRequiresAnInstitutionAndAnAddress() {
        assertThatThrownBy(() -> ClientPolicy.builder().address("any").build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("institutionId");
        assertThatThrownBy(() -> ClientPolicy.builder().institutionId("main").build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("address");
        assertThatThrownBy(() -> loginFree("any", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("institutionId: blank");
        assertThatThrownBy(() -> loginFree("any", "a|b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("institutionId: contains");
    }

    @Test
    void policyAcceptsOnlyItsOwnCredentials() {
        ClientPolicy policy = ClientPolicy.builder().address("any").login("kiosk", Secret.of("s3cret"))
                .institutionId("main").build();

        assertThat(policy.acceptsLogin("kiosk", Secret.of("s3cret"))).isTrue();
        assertThat(policy.acceptsLogin("kiosk", Secret.of("s3creT"))).isFalse();
        assertThat(policy.acceptsLogin("Kiosk", Secret.of("s3cret"))).isFalse();
        assertThat(policy.acceptsLogin("kiosk", Secret.EMPTY)).isFalse();
        assertThat(loginFree("any", "main").acceptsLogin("", Secret.EMPTY)).isFalse();
    }

    @Test
    void policyNeverShowsItsPassword() {
        ClientPolicy policy = ClientPolicy.builder().address("any").login("kiosk", Secret.of("s3cret"))
                .institutionId("main").build();

        assertThat(policy.toString()).doesNotContain("s3cret").contains("****");
        assertThat(ClientPolicies.of(policy).toString()).doesNotContain("s3cret");
    }

    @Test
    void policyRejectsAPasswordWithoutLoginId() {
        assertThatThrownBy(() -> new ClientPolicy("any", java.util.Optional.empty(), Secret.of("pw"), "main",
                        java.util.Optional.empty(), "default", "", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loginPassword: set without a login id"
                        + " (expected: a password only together with a login id)");
    }
}
