package io.github.sip2kit.server;

import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.WireText;
import io.github.sip2kit.server.internal.AddressPattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.Validate;

/**
 * One row of the access table: which client address may connect, whether it must log in (and with which account),
 * and what the connection then serves: institution, location (branch) and vendor profile.
 *
 * <pre>{@code
 * // a kiosk at a fixed address that never sends a Login (93)
 * ClientPolicy.builder().address("10.1.2.3").institutionId("main").locationCode("north").build();
 * // an account usable from anywhere, like a classic SIP login table
 * ClientPolicy.builder().address("any").login("kiosk1", Secret.of("s3cret")).institutionId("main").build();
 * }</pre>
 *
 * <p>How policies combine is the business of {@link ClientPolicies}.
 *
 * @param address {@code any}, an IPv4 or IPv6 address, or a CIDR block such as {@code 10.0.0.0/8}; only literals,
 *     never host names
 * @param loginUserId the login user id (CN) the SC must send in a Login (93), or empty when the address needs no
 *     login
 * @param loginPassword the login password (CO); {@link Secret#EMPTY} when there is no login id
 * @param institutionId the institution id (AO) the connection serves
 * @param locationCode the location or branch the connection serves, if any
 * @param profileName the name of the vendor profile for the connection (a built-in one or one given to the
 *     server)
 * @param description free text for operators, such as {@code "self-check by the entrance"}
 * @param activated whether the policy is in force; a deactivated policy refuses its clients
 */
public record ClientPolicy(
        String address,
        Optional<String> loginUserId,
        Secret loginPassword,
        String institutionId,
        Optional<String> locationCode,
        String profileName,
        String description,
        boolean activated) {

    /**
     * Validates every component.
     *
     * @param address the address pattern
     * @param loginUserId the login user id, or empty
     * @param loginPassword the login password
     * @param institutionId the institution id
     * @param locationCode the location code, or empty
     * @param profileName the vendor profile name
     * @param description the description
     * @param activated whether the policy is in force
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the address is not a literal address, CIDR block or {@code any}; if the
     *     institution id, login id, location or profile name is blank or holds a character SIP2 cannot carry; or
     *     if a password is given without a login id
     */
    public ClientPolicy {
        address = AddressPattern.parse(address).isAny() ? AddressPattern.ANY : address.trim();
        Objects.requireNonNull(loginUserId, "loginUserId");
        loginUserId.ifPresent(id -> fieldValue(id, "loginUserId"));
        Objects.requireNonNull(loginPassword, "loginPassword");
        if (loginUserId.isEmpty() && !loginPassword.isEmpty()) {
            throw new IllegalArgumentException(
                    "loginPassword: set without a login id (expected: a password only together with a login id)");
        }
        fieldValue(institutionId, "institutionId");
        Objects.requireNonNull(locationCode, "locationCode");
        locationCode.ifPresent(code -> fieldValue(code, "locationCode"));
        Validate.notBlank(profileName, "profileName: blank (expected: a vendor profile name such as \"default\")");
        Objects.requireNonNull(description, "description");
    }

    /** {@return a builder; address and institution id are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this policy's values} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return whether the SC must log in (send a Login (93)) to use this policy} */
    public boolean requiresLogin() {
        return loginUserId.isPresent();
    }

    /**
     * {@return whether a Login (93) with these credentials selects this policy} The login id is compared exactly,
     * the password in time that does not depend on where it differs. A policy without a login id accepts no login.
     *
     * @param userId the login user id (CN) sent
     * @param password the login password (CO) sent
     */
    public boolean acceptsLogin(String userId, Secret password) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(password, "password");
        if (loginUserId.isEmpty() || !loginUserId.get().equals(userId)) {
            return false;
        }
        return MessageDigest.isEqual(
                loginPassword.reveal().getBytes(StandardCharsets.UTF_8),
                password.reveal().getBytes(StandardCharsets.UTF_8));
    }

    private static void fieldValue(String value, String name) {
        WireText.requireValue(value, name);
        Validate.isTrue(!StringUtils.isBlank(value), "%s: blank (expected: a non-blank value)", name);
    }

    /** Builds {@link ClientPolicy} values; not thread-safe. */
    public static final class Builder {
        private String address;
        private Optional<String> loginUserId = Optional.empty();
        private Secret loginPassword = Secret.EMPTY;
        private String institutionId;
        private Optional<String> locationCode = Optional.empty();
        private String profileName = "default";
        private String description = "";
        private boolean activated = true;

        private Builder() {}

        private Builder(ClientPolicy policy) {
            this.address = policy.address;
            this.loginUserId = policy.loginUserId;
            this.loginPassword = policy.loginPassword;
            this.institutionId = policy.institutionId;
            this.locationCode = policy.locationCode;
            this.profileName = policy.profileName;
            this.description = policy.description;
            this.activated = policy.activated;
        }

        /**
         * Sets the client address. Required.
         *
         * @param address {@code any}, an IPv4 or IPv6 address, or a CIDR block such as {@code 192.168.0.0/16}
         * @return this builder
         */
        public Builder address(String address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Requires a Login (93) with this account. Default: no login.
         *
         * @param userId the login user id (CN)
         * @param password the login password (CO)
         * @return this builder
         */
        public Builder login(String userId, Secret password) {
            this.loginUserId = Optional.of(Objects.requireNonNull(userId, "userId"));
            this.loginPassword = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * Removes the login requirement.
         *
         * @return this builder
         */
        public Builder noLogin() {
            this.loginUserId = Optional.empty();
            this.loginPassword = Secret.EMPTY;
            return this;
        }

        /**
         * Sets the institution id (AO) served. Required.
         *
         * @param institutionId the institution id
         * @return this builder
         */
        public Builder institutionId(String institutionId) {
            this.institutionId = Objects.requireNonNull(institutionId, "institutionId");
            return this;
        }

        /**
         * Sets the location or branch served. Default: none.
         *
         * @param locationCode the location code
         * @return this builder
         */
        public Builder locationCode(String locationCode) {
            this.locationCode = Optional.of(Objects.requireNonNull(locationCode, "locationCode"));
            return this;
        }

        /**
         * Sets or clears the location or branch served.
         *
         * @param locationCode the location code, or empty
         * @return this builder
         */
        public Builder locationCode(Optional<String> locationCode) {
            this.locationCode = Objects.requireNonNull(locationCode, "locationCode");
            return this;
        }

        /**
         * Sets the vendor profile by name. Default: {@code "default"}.
         *
         * @param profileName a built-in profile name such as {@code "koha"}, or one given to the server
         * @return this builder
         */
        public Builder profileName(String profileName) {
            this.profileName = Objects.requireNonNull(profileName, "profileName");
            return this;
        }

        /**
         * Sets the description. Default: empty.
         *
         * @param description free text for operators
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets whether the policy is in force. Default: {@code true}.
         *
         * @param activated {@code false} to refuse the policy's clients without deleting the policy
         * @return this builder
         */
        public Builder activated(boolean activated) {
            this.activated = activated;
            return this;
        }

        /**
         * {@return the policy}
         *
         * @throws NullPointerException if the address or the institution id was not set
         * @throws IllegalArgumentException if a value is invalid
         */
        public ClientPolicy build() {
            Objects.requireNonNull(address, "address: not set (expected: an address, a CIDR block or \"any\")");
            Objects.requireNonNull(institutionId, "institutionId: not set (expected: the institution id served)");
            return new ClientPolicy(address, loginUserId, loginPassword, institutionId, locationCode, profileName,
                    description, activated);
        }
    }
}
