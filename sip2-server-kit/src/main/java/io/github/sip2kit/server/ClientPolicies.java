package io.github.sip2kit.server;

import io.github.sip2kit.server.internal.AddressPattern;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.lang3.Validate;

/**
 * The access table: every {@link ClientPolicy} of a server, and the rules that decide which of them a connection
 * may use. The rules follow how libraries run SIP2 in practice:
 * <ul>
 *   <li><b>Most specific address wins.</b> A connection uses the policies of the most specific address pattern that
 *       matches its address (a single address before a {@code /24}, a {@code /24} before a {@code /16}). Policies
 *       with the address {@code any} are used only by addresses that no other pattern matches: they are the classic
 *       login table of accounts usable from anywhere.</li>
 *   <li><b>No login id, one institution.</b> A policy without a login id serves exactly one institution and
 *       location, and its clients need no Login (93); so it must be the only policy of its address pattern. A table
 *       that breaks this rule is rejected when it is built.</li>
 *   <li><b>Several accounts per address.</b> An address pattern may carry several policies when each has its own
 *       login id; the Login (93) picks one, and a further Login on the open connection switches to another (say,
 *       another branch or institution).</li>
 *   <li><b>Refusals.</b> A connection from an address that no pattern matches is closed at once, and so is one
 *       whose only policy needs no login but is deactivated. A Login naming a deactivated policy is refused.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ClientPolicies {

    private final List<ClientPolicy> policies;
    /** Policies grouped by canonical address pattern, the most specific pattern first. */
    private final List<Group> groups;

    private ClientPolicies(List<ClientPolicy> policies) {
        this.policies = List.copyOf(policies);
        Map<AddressPattern, List<ClientPolicy>> byPattern = new LinkedHashMap<>();
        for (ClientPolicy policy : this.policies) {
            byPattern.computeIfAbsent(AddressPattern.parse(policy.address()), p -> new ArrayList<>()).add(policy);
        }
        List<Group> list = new ArrayList<>();
        byPattern.forEach((pattern, members) -> list.add(new Group(pattern, validate(pattern, members))));
        list.sort((a, b) -> {
            if (a.pattern.isAny() != b.pattern.isAny()) {
                return a.pattern.isAny() ? 1 : -1;
            }
            return Integer.compare(b.pattern.prefixLength(), a.pattern.prefixLength());
        });
        this.groups = List.copyOf(list);
    }

    /**
     * Builds a table.
     *
     * @param policies the policies, in the order operators see them
     * @return the table
     * @throws IllegalArgumentException if a policy without a login id shares its address pattern with another
     *     policy, or one address pattern carries the same login id twice
     */
    public static ClientPolicies of(ClientPolicy... policies) {
        return of(List.of(policies));
    }

    /**
     * Builds a table.
     *
     * @param policies the policies, in the order operators see them
     * @return the table
     * @throws IllegalArgumentException if a policy without a login id shares its address pattern with another
     *     policy, or one address pattern carries the same login id twice
     */
    public static ClientPolicies of(List<ClientPolicy> policies) {
        Objects.requireNonNull(policies, "policies");
        Validate.noNullElements(policies, "policies: null at index %d (expected: no null policy)");
        return new ClientPolicies(policies);
    }

    /** {@return every policy, in the order given} */
    public List<ClientPolicy> policies() {
        return policies;
    }

    /**
     * {@return the policies a connection from this address may use: those of the most specific matching address
     * pattern, in table order; empty when no pattern matches (the connection is then refused)} Deactivated policies
     * are included.
     *
     * @param address the client's address (behind a trusted proxy, the address the proxy reports)
     */
    public List<ClientPolicy> policiesFor(InetAddress address) {
        Objects.requireNonNull(address, "address");
        for (Group group : groups) {
            if (group.pattern.matches(address)) {
                return group.policies;
            }
        }
        return List.of();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientPolicies that && policies.equals(that.policies);
    }

    @Override
    public int hashCode() {
        return policies.hashCode();
    }

    @Override
    public String toString() {
        return "ClientPolicies" + policies;
    }

    private static List<ClientPolicy> validate(AddressPattern pattern, List<ClientPolicy> members) {
        if (members.size() > 1) {
            for (ClientPolicy policy : members) {
                if (!policy.requiresLogin()) {
                    throw new IllegalArgumentException("policies: address " + pattern + " has a policy without login id"
                            + " (institution " + policy.institutionId() + ") and " + (members.size() - 1)
                            + " other polic" + (members.size() == 2 ? "y" : "ies") + " (expected: an address whose"
                            + " policy has no login id serves exactly one institution and location; give every policy"
                            + " of an address shared by several its own login id)");
                }
            }
            Set<String> ids = new HashSet<>();
            for (ClientPolicy policy : members) {
                String id = policy.loginUserId().orElseThrow();
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("policies: address " + pattern + " has login id " + id
                            + " twice (expected: each login id once per address)");
                }
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(members));
    }

    private static final class Group {
        final AddressPattern pattern;
        final List<ClientPolicy> policies;

        Group(AddressPattern pattern, List<ClientPolicy> policies) {
            this.pattern = pattern;
            this.policies = policies;
        }
    }
}
