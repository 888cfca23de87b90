package io.github.sip2kit.codec;

/** Whether the decoder checks the AZ checksum. */
public enum ChecksumPolicy {
    /** Verify AZ when the frame carries it; accept frames without it. The default, since error detection is configuration on both ends. */
    VERIFY_IF_PRESENT,
    /** Verify AZ and reject a frame without it (reason MISSING_CHECKSUM), for peers configured with error detection on. */
    REQUIRE,
    /** Never verify AZ (the frame reports NOT_VERIFIED); for diagnosing peers whose checksums are broken. */
    IGNORE
}
