package io.github.sip2kit.server.spi;

import io.github.sip2kit.server.ClientPolicy;
import java.util.Optional;

/**
 * Decides a Login (93): which client policy, if any, the credentials select. The default,
 * {@link #policyTable()}, looks the account up among the connection's candidate policies; an ILS that keeps SIP
 * accounts in its own database implements this interface instead, and may return a policy of its own making.
 *
 * <p>The server calls it on its worker executor under the backend timeout, like a handler, so it may block. It
 * is called concurrently for different connections and must be thread-safe. The server refuses the login
 * ({@code 940}) when the result is empty or a deactivated policy, and counts the refusal towards the failed-login
 * limit; when the authenticator throws or times out, the login is refused without being counted.
 */
@FunctionalInterface
public interface LoginAuthenticator {

    /**
     * Decides a login.
     *
     * @param attempt the credentials and the connection's candidate policies
     * @return the selected policy; empty to refuse the login
     * @throws Exception when the decision cannot be made (the login is then refused)
     */
    Optional<ClientPolicy> authenticate(LoginAttempt attempt) throws Exception;

    /**
     * {@return the authenticator that accepts exactly the accounts of the policy table} It selects the candidate
     * whose login id equals the one sent and whose password equals the one sent (compared in constant time).
     */
    static LoginAuthenticator policyTable() {
        return attempt -> attempt.candidates().stream()
                .filter(policy -> policy.acceptsLogin(attempt.loginUserId(), attempt.loginPassword()))
                .findFirst();
    }
}
