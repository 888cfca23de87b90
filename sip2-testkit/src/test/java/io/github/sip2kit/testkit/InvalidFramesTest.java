package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Sip2DecodeException.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every generated invalid frame is rejected by its codec with exactly its reason, for many seeds. The base seed is
 * random unless {@code -Dsip2.seed=N} fixes it; every assertion prints it.
 */
class InvalidFramesTest {

    private static final int CASES = 100;
    private static final long BASE_SEED = Long.getLong("sip2.seed", new SplittableRandom().nextLong());

    /** The reasons a frame alone cannot provoke: they need the class the caller expects. */
    private static final Set<Reason> NEED_EXPECTED_TYPE =
            EnumSet.of(Reason.UNEXPECTED_DIRECTION, Reason.UNEXPECTED_MESSAGE_TYPE);

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyGeneratedFrameIsRejectedWithExactlyItsReason(Reason reason) {
        for (int n = 0; n < CASES; n++) {
            long seed = BASE_SEED + (reason.ordinal() * (long) CASES + n) * 0x9E3779B97F4A7C15L;
            InvalidFrame frame = InvalidFrames.generate(reason, new SplittableRandom(seed));
            String description = "-Dsip2.seed=" + BASE_SEED + " " + reason + " case " + n + " (" + frame + ")";

            Sip2DecodeException e = catchThrowableOfType(Sip2DecodeException.class, frame::decode);

            assertThat(e).as(description + " was accepted").isNotNull();
            assertThat(e.reason()).as(description + ": %s", e.getMessage()).isEqualTo(reason);
            assertThat(e.violations()).as(description).extracting(Violation::reason).containsOnly(reason);
            assertThat(frame.reason()).isEqualTo(reason);
            assertThat(frame.expectedType().isPresent()).as(description).isEqualTo(NEED_EXPECTED_TYPE.contains(reason));
        }
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void framesThatNeedNoExpectedTypeAreRejectedByTryDecodeToo(Reason reason) {
        InvalidFrame frame = InvalidFrames.example(reason);
        if (frame.expectedType().isEmpty()) {
            assertThat(frame.codec().tryDecode(frame.bytes()))
                    .isInstanceOf(io.github.sip2kit.codec.DecodeResult.Malformed.class);
        } else {
            assertThat(frame.codec().decode(frame.bytes())).as("valid in itself").isNotNull();
        }
    }

    @Test
    void allGivesOneFramePerReasonInReasonOrder() {
        List<InvalidFrame> frames = InvalidFrames.all(new SplittableRandom(BASE_SEED));

        assertThat(frames).extracting(InvalidFrame::reason).containsExactly(Reason.values());
    }

    @Test
    void theSameSeedGivesTheSameFrames() {
        for (Reason reason : Reason.values()) {
            InvalidFrame first = InvalidFrames.generate(reason, new SplittableRandom(BASE_SEED));
            InvalidFrame second = InvalidFrames.generate(reason, new SplittableRandom(BASE_SEED));
            assertThat(second.bytes()).as("-Dsip2.seed=%d %s", BASE_SEED, reason).isEqualTo(first.bytes());
            assertThat(second.codec()).isEqualTo(first.codec());
            assertThat(second.expectedType()).isEqualTo(first.expectedType());
            assertThat(InvalidFrames.example(reason).bytes()).isEqualTo(InvalidFrames.example(reason).bytes());
        }
    }

    @Test
    void theBytesAreACopy() {
        InvalidFrame frame = InvalidFrames.example(Reason.CHECKSUM_MISMATCH);
        byte[] bytes = frame.bytes();
        bytes[0] = 'X';

        assertThat(frame.bytes()[0]).isNotEqualTo((byte) 'X');
    }
}
