package io.github.sip2kit.codec;

/**
 * Whether a connection's messages carry the AY/AZ error-detection trailer. SIP2 does not negotiate it: it is
 * configuration on both ends, so a profile says what to expect of a peer.
 */
public enum ErrorDetection {
    /**
     * Mirror the peer: answer a request that carried AY/AZ with a response that carries them, and one that did not
     * without. What Evergreen and Koha do; the default.
     */
    AUTO,
    /** Always write AY/AZ (and, with {@link ChecksumPolicy#REQUIRE}, insist on them). */
    ON,
    /** Never write AY/AZ. */
    OFF
}
