package io.github.sip2kit.codec;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSplitterTest {

    /** Records what a splitter delivers: frames as text, errors as {@code <reason>}. */
    static final class Events implements Sip2FrameSplitter.FrameSink {
        final List<String> events = new ArrayList<>();
        final List<Sip2DecodeException> errors = new ArrayList<>();

        @Override
        public void onFrame(byte[] frame) {
            events.add(new String(frame, ISO_8859_1));
        }

        @Override
        public void onOversizedFrame(Sip2DecodeException error) {
            events.add("<" + error.reason() + ">");
            errors.add(error);
        }
    }

    private static Events feed(Sip2FrameSplitter splitter, String... chunks) {
        Events sink = new Events();
        for (String chunk : chunks) {
            byte[] bytes = chunk.getBytes(ISO_8859_1);
            splitter.feed(bytes, 0, bytes.length, sink);
        }
        return sink;
    }

    private static Sip2FrameSplitter splitter(TerminatorPolicy policy) {
        return new Sip2FrameSplitter(Sip2Limits.defaults(), policy);
    }

    private static Sip2FrameSplitter limited(int maxFrameLength) {
        return new Sip2FrameSplitter(
                Sip2Limits.builder().maxFrameLength(maxFrameLength).build(), TerminatorPolicy.ANY);
    }

    @Test
    void deliversFramesEndedByCrWithoutTheTerminator() {
        assertThat(feed(new Sip2FrameSplitter(), "9900802.00AY1AZFCA0\r941AY5AZFDF8\r").events)
                .containsExactly("9900802.00AY1AZFCA0", "941AY5AZFDF8");
    }

    @Test
    void acceptsCrLfAndALoneLfByDefault() {
        assertThat(feed(new Sip2FrameSplitter(), "97AZFEF5\r\n96AZFEF6\n941AY5AZFDF8\r").events)
                .containsExactly("97AZFEF5", "96AZFEF6", "941AY5AZFDF8");
    }

    @Test
    void swallowsTheLfOfACrLfSplitAcrossTwoFeeds() {
        for (TerminatorPolicy policy : List.of(TerminatorPolicy.ANY, TerminatorPolicy.CR_OR_CRLF)) {
            Sip2FrameSplitter splitter = splitter(policy);
            Events sink = feed(splitter, "97AZFEF5\r", "\n96AZFEF6\r", "\n");
            assertThat(sink.events).as("%s", policy).containsExactly("97AZFEF5", "96AZFEF6");
            assertThat(splitter.hasPartialFrame()).isFalse();
        }
    }

    @Test
    void skipsEmptyLines() {
        assertThat(feed(new Sip2FrameSplitter(), "\r\r\n\n\r\n97AZFEF5\r\r\n\n").events).containsExactly("97AZFEF5");
        assertThat(feed(splitter(TerminatorPolicy.CR_ONLY), "\r\r97AZFEF5\r\r").events).containsExactly("97AZFEF5");
    }

    @Test
    void crOnlyKeepsEveryLfAsData() {
        assertThat(feed(splitter(TerminatorPolicy.CR_ONLY), "97AZFEF5\r\n96AZ\nFEF6\r").events)
                .containsExactly("97AZFEF5", "\n96AZ\nFEF6");
    }

    @Test
    void crOrCrLfKeepsALoneLfAsData() {
        assertThat(feed(splitter(TerminatorPolicy.CR_OR_CRLF), "97AZFEF5\r\n96AZ\nFEF6\r", "\n").events)
                .containsExactly("97AZFEF5", "96AZ\nFEF6");
    }

    @Test
    void aFrameOfExactlyTheLimitPasses() {
        Sip2FrameSplitter splitter = limited(8);
        assertThat(feed(splitter, "97AZFEF5\r").events).containsExactly("97AZFEF5");
        assertThat(feed(splitter, "97AZ", "FEF5", "\r\n").events).containsExactly("97AZFEF5");
    }

    @Test
    void aFrameOneByteOverTheLimitIsReportedOnceAndDropped() {
        Sip2FrameSplitter splitter = limited(8);
        Events sink = feed(splitter, "941AY5AZFDF8\r");
        assertThat(sink.events).containsExactly("<FRAME_TOO_LONG>");
        Sip2DecodeException error = sink.errors.get(0);
        assertThat(error.reason()).isEqualTo(Reason.FRAME_TOO_LONG);
        assertThat(error.column()).isZero();
        assertThat(error.messageCode()).isEmpty();
        assertThat(error.resendable()).isFalse();
        assertThat(error.getOriginalMessage()).contains("8 bytes");
        assertThat(feed(limited(8), "97AZFEF5X").events).containsExactly("<FRAME_TOO_LONG>");
    }

    @Test
    void deliversTheFramesAfterAnOversizedOneInTheSameChunk() {
        assertThat(feed(limited(8), "97AZFEF5\r941AY5AZFDF8\r96AZFEF6\r\n97AZFEF5\r").events)
                .containsExactly("97AZFEF5", "<FRAME_TOO_LONG>", "96AZFEF6", "97AZFEF5");
    }

    @Test
    void discardsAnOversizedFrameSpreadOverManyFeedsWithoutBufferingIt() {
        Sip2FrameSplitter splitter = limited(8);
        Events sink = new Events();
        byte[] chunk = "0123456".getBytes(ISO_8859_1);
        for (int i = 0; i < 100; i++) {
            splitter.feed(chunk, 0, chunk.length, sink);
            assertThat(splitter.bufferedBytes()).isLessThanOrEqualTo(8);
            assertThat(splitter.hasPartialFrame()).isTrue();
        }
        feed(splitter, "\r97AZFEF5\r").events.forEach(sink.events::add);
        assertThat(sink.events).containsExactly("<FRAME_TOO_LONG>", "97AZFEF5");
        assertThat(splitter.hasPartialFrame()).isFalse();
    }

    @Test
    void deliversTheSameFramesFromOneByteChunks() {
        String stream = "9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B\r\n941AY5AZFDF8\r"
                + "9900802.00AY1AZFCA0\n\r\n97AZFEF5\r";
        Sip2FrameSplitter splitter = new Sip2FrameSplitter();
        Events sink = new Events();
        byte[] bytes = stream.getBytes(ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            splitter.feed(bytes, i, 1, sink);
        }
        assertThat(sink.events)
                .containsExactly(
                        "9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B",
                        "941AY5AZFDF8",
                        "9900802.00AY1AZFCA0",
                        "97AZFEF5");
    }

    @Test
    void keepsAPartialFrameUntilItsTerminatorArrives() {
        Sip2FrameSplitter splitter = new Sip2FrameSplitter();
        assertThat(splitter.hasPartialFrame()).isFalse();
        assertThat(feed(splitter, "941AY5").events).isEmpty();
        assertThat(splitter.hasPartialFrame()).isTrue();
        assertThat(splitter.bufferedBytes()).isEqualTo(6);
        assertThat(feed(splitter, "AZFDF8\r").events).containsExactly("941AY5AZFDF8");
        assertThat(splitter.bufferedBytes()).isZero();
    }

    @Test
    void resetForgetsAPartialFrame() {
        Sip2FrameSplitter splitter = limited(8);
        feed(splitter, "garbage");
        splitter.reset();
        assertThat(splitter.hasPartialFrame()).isFalse();
        assertThat(feed(splitter, "97AZFEF5\r").events).containsExactly("97AZFEF5");

        feed(splitter, "too long for the limit");
        splitter.reset();
        assertThat(feed(splitter, "97AZFEF5\r").events).containsExactly("97AZFEF5");
    }

    @Test
    void readsHeapDirectAndReadOnlyBuffersFromTheirPosition() {
        byte[] bytes = "xx97AZFEF5\r96AZFEF6\ryy".getBytes(ISO_8859_1);
        ByteBuffer heap = ByteBuffer.wrap(bytes, 2, 18).slice();
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).position(2).limit(20);
        ByteBuffer readOnly = ByteBuffer.wrap(bytes).position(2).limit(20).asReadOnlyBuffer();
        for (ByteBuffer buffer : List.of(heap, direct, readOnly)) {
            Events sink = new Events();
            new Sip2FrameSplitter().feed(buffer, sink);
            assertThat(sink.events).as("%s", buffer).containsExactly("97AZFEF5", "96AZFEF6");
            assertThat(buffer.hasRemaining()).isFalse();
        }
    }

    @Test
    void rejectsARangeOutsideTheArray() {
        Sip2FrameSplitter splitter = new Sip2FrameSplitter();
        assertThatThrownBy(() -> splitter.feed(new byte[4], 2, 3, new Events()))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> splitter.feed(new byte[4], 0, 4, null)).isInstanceOf(NullPointerException.class);
    }
}
