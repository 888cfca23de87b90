package io.github.sip2kit.codec;

/**
 * Size limits applied to untrusted input, so that a broken or hostile peer cannot make a connection hold
 * unbounded memory. Each limit has a finite default; configure limits per codec or connection, there is no global
 * setting:
 * <pre>{@code
 * Sip2Limits limits = Sip2Limits.builder().maxFrameLength(16_384).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Sip2Limits {

    /**
     * Default {@link #maxFrameLength()}: 65,536 bytes. Real messages are far shorter (a patron information
     * response with a full page of items is a few kilobytes), so this never cuts real traffic, and it bounds what
     * a connection buffers while waiting for a terminator.
     */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 65_536;

    /**
     * Default {@link #maxFieldLength()}: 4,096 characters. The spec allows 255 characters per tagged value, but
     * ILSs send longer titles and screen messages and some never truncate; 4,096 accepts those while still
     * rejecting a value that could only be garbage.
     */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 4_096;

    /**
     * Default {@link #maxRepeats()}: 10,000 occurrences of one field identifier in a message. Repeatable fields
     * (screen messages, item lists) rarely occur more than a few hundred times; the limit bounds the lists a
     * decoder builds from one frame.
     */
    public static final int DEFAULT_MAX_REPEATS = 10_000;

    private static final Sip2Limits DEFAULTS =
            new Sip2Limits(DEFAULT_MAX_FRAME_LENGTH, DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_REPEATS);

    private final int maxFrameLength;
    private final int maxFieldLength;
    private final int maxRepeats;

    private Sip2Limits(int maxFrameLength, int maxFieldLength, int maxRepeats) {
        this.maxFrameLength = positive("maxFrameLength", maxFrameLength);
        this.maxFieldLength = positive("maxFieldLength", maxFieldLength);
        this.maxRepeats = positive("maxRepeats", maxRepeats);
    }

    /** {@return the limits with every default} */
    public static Sip2Limits defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** {@return a builder starting from these limits} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * {@return the largest frame accepted, in bytes, not counting the terminator} Default
     * {@value #DEFAULT_MAX_FRAME_LENGTH}.
     */
    public int maxFrameLength() {
        return maxFrameLength;
    }

    /** {@return the longest tagged field value accepted, in characters} Default {@value #DEFAULT_MAX_FIELD_LENGTH}. */
    public int maxFieldLength() {
        return maxFieldLength;
    }

    /**
     * {@return how many times one field identifier may occur in a message} Default {@value #DEFAULT_MAX_REPEATS}.
     */
    public int maxRepeats() {
        return maxRepeats;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sip2Limits that
                && maxFrameLength == that.maxFrameLength
                && maxFieldLength == that.maxFieldLength
                && maxRepeats == that.maxRepeats;
    }

    @Override
    public int hashCode() {
        return (maxFrameLength * 31 + maxFieldLength) * 31 + maxRepeats;
    }

    @Override
    public String toString() {
        return "Sip2Limits[maxFrameLength=" + maxFrameLength + ", maxFieldLength=" + maxFieldLength
                + ", maxRepeats=" + maxRepeats + "]";
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
        }
        return value;
    }

    /** Builds {@link Sip2Limits}; each setter checks its value at once. Not thread-safe. */
    public static final class Builder {

        private int maxFrameLength;
        private int maxFieldLength;
        private int maxRepeats;

        private Builder(Sip2Limits from) {
            this.maxFrameLength = from.maxFrameLength;
            this.maxFieldLength = from.maxFieldLength;
            this.maxRepeats = from.maxRepeats;
        }

        /**
         * Sets the largest frame accepted, in bytes, not counting the terminator.
         *
         * @param maxFrameLength the limit, greater than 0
         * @return this builder
         * @throws IllegalArgumentException if {@code maxFrameLength} is not positive
         */
        public Builder maxFrameLength(int maxFrameLength) {
            this.maxFrameLength = positive("maxFrameLength", maxFrameLength);
            return this;
        }

        /**
         * Sets the longest tagged field value accepted, in characters.
         *
         * @param maxFieldLength the limit, greater than 0
         * @return this builder
         * @throws IllegalArgumentException if {@code maxFieldLength} is not positive
         */
        public Builder maxFieldLength(int maxFieldLength) {
            this.maxFieldLength = positive("maxFieldLength", maxFieldLength);
            return this;
        }

        /**
         * Sets how many times one field identifier may occur in a message.
         *
         * @param maxRepeats the limit, greater than 0
         * @return this builder
         * @throws IllegalArgumentException if {@code maxRepeats} is not positive
         */
        public Builder maxRepeats(int maxRepeats) {
            this.maxRepeats = positive("maxRepeats", maxRepeats);
            return this;
        }

        /** {@return the limits} */
        public Sip2Limits build() {
            return new Sip2Limits(maxFrameLength, maxFieldLength, maxRepeats);
        }
    }
}
