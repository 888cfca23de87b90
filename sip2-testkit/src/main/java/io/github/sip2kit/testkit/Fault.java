package io.github.sip2kit.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A transmission fault a fake peer applies to a frame it sends: a {@link FakeAcs} to its responses, a
 * {@link FakeSc} to its requests. Faults change the bytes (a wrong checksum, a wrong sequence number), the timing
 * (a delay) or the delivery (dropped, split across writes, cut off by a closed connection, sent twice), and
 * combine with {@link #and(Fault)}:
 * <pre>{@code
 * Fault.corruptChecksum()
 * Fault.delay(Duration.ofMillis(300)).and(Fault.split(3))
 * }</pre>
 *
 * <p>Byte faults work on the error-detection trailer: a frame without AZ (or, for
 * {@link #wrongSequenceNumber()}, without AY) is sent unchanged. Immutable and thread-safe.
 */
public final class Fault {

    /** The pause between the parts of a split frame unless one is given: 50 ms. */
    public static final Duration DEFAULT_SPLIT_PAUSE = Duration.ofMillis(50);

    /** How the (possibly changed) bytes are put on the wire. */
    enum Delivery {
        WHOLE,
        SPLIT,
        DROP,
        CLOSE_MID_FRAME,
        CLOSE,
        DUPLICATE
    }

    private static final Fault NONE =
            new Fault("none", List.of(), Duration.ZERO, Delivery.WHOLE, 1, Duration.ZERO);

    private final String description;
    private final List<UnaryOperator<byte[]>> transforms;
    private final Duration delay;
    private final Delivery delivery;
    private final int parts;
    private final Duration pause;

    private Fault(String description, List<UnaryOperator<byte[]>> transforms, Duration delay, Delivery delivery,
            int parts, Duration pause) {
        this.description = description;
        this.transforms = List.copyOf(transforms);
        this.delay = delay;
        this.delivery = delivery;
        this.parts = parts;
        this.pause = pause;
    }

    /** {@return no fault: the frame is sent as it is} */
    public static Fault none() {
        return NONE;
    }

    /**
     * {@return a fault that changes the first digit of the checksum (AZ), so the receiver must reject the frame: a
     * client answers with 97, an ACS with 96}
     */
    public static Fault corruptChecksum() {
        return transform("corrupt checksum", FaultWire::corruptChecksum);
    }

    /**
     * {@return a fault that changes the sequence number (AY) to another digit and seals the frame with a correct
     * checksum, so only the sequence number is wrong: a client discards such a response}
     */
    public static Fault wrongSequenceNumber() {
        return transform("wrong sequence number", FaultWire::wrongSequenceNumber);
    }

    /**
     * {@return a fault that waits before sending the frame}
     *
     * @param delay how long, not negative
     */
    public static Fault delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay: " + delay + " (expected: not negative)");
        }
        return new Fault("delay " + delay.toMillis() + " ms", List.of(), delay, Delivery.WHOLE, 1, Duration.ZERO);
    }

    /** {@return a fault that never sends the frame: it is lost, the connection stays open} */
    public static Fault drop() {
        return delivery("drop", Delivery.DROP, 1, Duration.ZERO);
    }

    /**
     * {@return a fault that sends the frame in parts, pausing {@link #DEFAULT_SPLIT_PAUSE} between them}
     *
     * @param parts into how many writes, at least 2 (fewer when the frame is shorter)
     */
    public static Fault split(int parts) {
        return split(parts, DEFAULT_SPLIT_PAUSE);
    }

    /**
     * {@return a fault that sends the frame in parts with a pause between them}
     *
     * @param parts into how many writes, at least 2 (fewer when the frame is shorter)
     * @param pause the pause between two writes, not negative
     */
    public static Fault split(int parts, Duration pause) {
        if (parts < 2) {
            throw new IllegalArgumentException("parts: " + parts + " (expected: >= 2)");
        }
        Objects.requireNonNull(pause, "pause");
        if (pause.isNegative()) {
            throw new IllegalArgumentException("pause: " + pause + " (expected: not negative)");
        }
        return delivery("split in " + parts, Delivery.SPLIT, parts, pause);
    }

    /** {@return a fault that sends the first half of the frame and then closes the connection} */
    public static Fault closeMidFrame() {
        return delivery("close mid-frame", Delivery.CLOSE_MID_FRAME, 1, Duration.ZERO);
    }

    /** {@return a fault that closes the connection instead of sending the frame} */
    public static Fault closeConnection() {
        return delivery("close connection", Delivery.CLOSE, 1, Duration.ZERO);
    }

    /**
     * {@return a fault that sends the frame twice, byte for byte: for a request, a retransmission with the same
     * AY and AZ, which an ACS must answer again without executing it again; for a response, a stale copy the client
     * must discard when it waits for its next response}
     */
    public static Fault duplicate() {
        return delivery("duplicate", Delivery.DUPLICATE, 1, Duration.ZERO);
    }

    /**
     * {@return a fault doing this one and then the other: byte changes in order, delays added, and the other's
     * delivery unless it sends the frame whole}
     *
     * @param other the fault to add
     */
    public Fault and(Fault other) {
        Objects.requireNonNull(other, "other");
        if (this == NONE) {
            return other;
        }
        if (other == NONE) {
            return this;
        }
        List<UnaryOperator<byte[]>> all = new ArrayList<>(transforms);
        all.addAll(other.transforms);
        boolean otherDelivers = other.delivery != Delivery.WHOLE;
        return new Fault(description + " and " + other.description, all, delay.plus(other.delay),
                otherDelivers ? other.delivery : delivery,
                otherDelivers ? other.parts : parts,
                otherDelivers ? other.pause : pause);
    }

    /**
     * {@return the bytes after this fault's changes}
     *
     * @param frame the frame, terminator included
     */
    byte[] transform(byte[] frame) {
        byte[] bytes = frame;
        for (UnaryOperator<byte[]> step : transforms) {
            bytes = step.apply(bytes);
        }
        return bytes;
    }

    Duration delay() {
        return delay;
    }

    Delivery delivery() {
        return delivery;
    }

    int parts() {
        return parts;
    }

    Duration pause() {
        return pause;
    }

    private static Fault transform(String description, UnaryOperator<byte[]> step) {
        return new Fault(description, List.of(step), Duration.ZERO, Delivery.WHOLE, 1, Duration.ZERO);
    }

    private static Fault delivery(String description, Delivery delivery, int parts, Duration pause) {
        return new Fault(description, List.of(), Duration.ZERO, delivery, parts, pause);
    }

    @Override
    public String toString() {
        return "Fault[" + description + "]";
    }
}
