package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.server.ClientPolicy;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Login (93) to decide, with what the server knows about the connection it came on.
 *
 * @param loginUserId the login user id (CN)
 * @param loginPassword the login password (CO)
 * @param locationCode the location code (CP), when sent
 * @param remoteAddress the SC's address (behind a trusted proxy, the one the proxy reports)
 * @param candidates the policies with a login id that the connection's address may use, deactivated ones
 *     included, in table order
 */
public record LoginAttempt(
        String loginUserId,
        Secret loginPassword,
        Optional<String> locationCode,
        InetSocketAddress remoteAddress,
        List<ClientPolicy> candidates) {

    /**
     * Validates the components.
     *
     * @param loginUserId the login user id
     * @param loginPassword the login password
     * @param locationCode the location code, or empty
     * @param remoteAddress the SC's address
     * @param candidates the candidate policies
     * @throws NullPointerException if a component is null
     */
    public LoginAttempt {
        Objects.requireNonNull(loginUserId, "loginUserId");
        Objects.requireNonNull(loginPassword, "loginPassword");
        Objects.requireNonNull(locationCode, "locationCode");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        candidates = List.copyOf(candidates);
    }
}
