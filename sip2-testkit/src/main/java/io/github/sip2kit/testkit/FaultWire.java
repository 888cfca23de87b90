package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Checksum;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** Puts frames on the wire through a {@link Fault}; shared by the fake peers. */
final class FaultWire {

    private FaultWire() {}

    static int checkPositive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + ": " + n + " (expected: >= 1)");
        }
        return n;
    }

    /**
     * Sends a frame through a fault.
     *
     * @param frame the frame, terminator included
     * @param fault the fault
     * @param out the connection's output
     * @param connection closed by the closing faults
     * @return whether the connection is still open
     */
    static boolean send(byte[] frame, Fault fault, OutputStream out, Closeable connection) throws IOException {
        byte[] bytes = fault.transform(frame);
        if (!sleep(fault.delay())) {
            return true;
        }
        switch (fault.delivery()) {
            case DROP:
                return true;
            case CLOSE:
                connection.close();
                return false;
            case CLOSE_MID_FRAME:
                out.write(bytes, 0, Math.max(1, bytes.length / 2));
                out.flush();
                connection.close();
                return false;
            case DUPLICATE:
                out.write(bytes);
                out.write(bytes);
                out.flush();
                return true;
            case SPLIT:
                int step = Math.max(1, (bytes.length + fault.parts() - 1) / fault.parts());
                for (int from = 0; from < bytes.length; from += step) {
                    if (from > 0 && !sleep(fault.pause())) {
                        return true;
                    }
                    out.write(bytes, from, Math.min(step, bytes.length - from));
                    out.flush();
                }
                return true;
            default:
                out.write(bytes);
                out.flush();
                return true;
        }
    }

    /** {@return false when interrupted (the flag is kept)} */
    private static boolean sleep(Duration duration) {
        if (duration.isZero()) {
            return true;
        }
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@return the length of the frame without its trailing CR/LF} */
    private static int bodyLength(byte[] frame) {
        int length = frame.length;
        while (length > 0 && (frame[length - 1] == '\r' || frame[length - 1] == '\n')) {
            length--;
        }
        return length;
    }

    /** {@return the offset of the "AZ" of a trailing AZ and four characters, or -1} */
    private static int checksumOffset(byte[] frame, int bodyLength) {
        int az = bodyLength - 6;
        return az >= 0 && frame[az] == 'A' && (frame[az + 1] == 'Z' || frame[az + 1] == 'z') ? az : -1;
    }

    static byte[] corruptChecksum(byte[] frame) {
        int az = checksumOffset(frame, bodyLength(frame));
        if (az < 0) {
            return frame;
        }
        byte[] bad = frame.clone();
        bad[az + 2] = (byte) (bad[az + 2] == '0' ? '1' : '0');
        return bad;
    }

    static byte[] wrongSequenceNumber(byte[] frame) {
        int az = checksumOffset(frame, bodyLength(frame));
        int ay = az - 3;
        if (az < 0 || ay < 0 || frame[ay] != 'A' || frame[ay + 1] != 'Y'
                || frame[ay + 2] < '0' || frame[ay + 2] > '9') {
            return frame;
        }
        byte[] changed = frame.clone();
        changed[ay + 2] = (byte) ('0' + (frame[ay + 2] - '0' + 5) % 10);
        byte[] sum = Checksum.toHex(Checksum.compute(changed, 0, az + 2)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(sum, 0, changed, az + 2, 4);
        return changed;
    }

    /** {@return the frame with the terminator appended unless it already ends with CR or LF} */
    static byte[] terminated(byte[] frame, byte[] terminator) {
        if (frame.length > 0 && (frame[frame.length - 1] == '\r' || frame[frame.length - 1] == '\n')) {
            return frame;
        }
        byte[] out = Arrays.copyOf(frame, frame.length + terminator.length);
        System.arraycopy(terminator, 0, out, frame.length, terminator.length);
        return out;
    }
}
