package io.github.sip2kit.testkit;

import io.github.sip2kit.core.MessageType;
import java.util.Objects;

/**
 * Selects frames a fake peer received, for its scripts and fault rules: by message type, by the n-th frame of a
 * type, by the n-th frame overall, or by any condition on the {@link CapturedFrame}. Matchers are plain predicates
 * over the captured frame, which carries its own counts ({@link CapturedFrame#index()},
 * {@link CapturedFrame#occurrence()}), so one matcher can serve several rules and several peers.
 * <pre>{@code
 * RequestMatcher.type(MessageType.CHECKOUT)        // every checkout
 * RequestMatcher.nth(MessageType.CHECKOUT, 2)      // only the second checkout
 * RequestMatcher.nthFrame(3)                       // the third frame, whatever it is
 * RequestMatcher.type(MessageType.CHECKOUT).and(frame -> frame.text().contains("|ABITM-0001|"))
 * }</pre>
 */
@FunctionalInterface
public interface RequestMatcher {

    /**
     * {@return whether the frame is selected}
     *
     * @param frame a frame the peer received
     */
    boolean matches(CapturedFrame frame);

    /** {@return a matcher selecting every frame} */
    static RequestMatcher any() {
        return frame -> true;
    }

    /**
     * {@return a matcher selecting every frame of a message type} Frames that do not decode count by their code.
     *
     * @param type the message type
     */
    static RequestMatcher type(MessageType type) {
        Objects.requireNonNull(type, "type");
        return frame -> frame.code().equals(type.code());
    }

    /**
     * {@return a matcher selecting only the n-th frame of a message type the peer received, over all connections}
     *
     * @param type the message type
     * @param n the position, from 1
     */
    static RequestMatcher nth(MessageType type, int n) {
        Objects.requireNonNull(type, "type");
        FaultWire.checkPositive(n, "n");
        return frame -> frame.code().equals(type.code()) && frame.occurrence() == n;
    }

    /**
     * {@return a matcher selecting only the n-th frame the peer received, whatever its type}
     *
     * @param n the position, from 1
     */
    static RequestMatcher nthFrame(int n) {
        FaultWire.checkPositive(n, "n");
        return frame -> frame.index() == n;
    }

    /** {@return a matcher selecting the frames that did not decode (a corrupted checksum, a truncated frame)} */
    static RequestMatcher undecodable() {
        return frame -> frame.decodeError().isPresent();
    }

    /**
     * {@return a matcher selecting the frames both this one and the other select}
     *
     * @param other the other matcher
     */
    default RequestMatcher and(RequestMatcher other) {
        Objects.requireNonNull(other, "other");
        return frame -> matches(frame) && other.matches(frame);
    }

    /**
     * {@return a matcher selecting the frames this one or the other selects}
     *
     * @param other the other matcher
     */
    default RequestMatcher or(RequestMatcher other) {
        Objects.requireNonNull(other, "other");
        return frame -> matches(frame) || other.matches(frame);
    }
}
