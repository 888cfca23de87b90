package io.github.sip2kit.codec;

/** What a decoded frame's AZ checksum turned out to be. */
public enum ChecksumStatus {
    /** The frame had no AZ (error detection off). */
    ABSENT,
    /** The frame had an AZ and it matched. */
    VERIFIED,
    /** The frame had an AZ that was not checked, because the checksum policy is IGNORE. */
    NOT_VERIFIED
}
