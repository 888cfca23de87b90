package io.github.sip2kit.benchmarks;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.Sip2Message;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode and encode of a session's mix of messages on one default (IBM850) codec: each invocation handles every
 * sample of {@link Sample#defaultCodecMix()} once (99, 98, 93, 94, 11, 12, 09, 10, 64, 18 in enum order), and the
 * figures are per message. Unlike {@link CodecBenchmark}, the JIT sees all message types at the same call sites.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CodecMixBenchmark {

    /** How many messages one invocation handles; checked against the mix in the setup. */
    static final int MIX_SIZE = 10;

    private Sip2Codec codec;
    private Sip2Message[] messages;
    private byte[][] frames;

    /** Builds the codec, the messages and their frames; nothing of this is measured. */
    @Setup
    public void setUp() {
        codec = Sip2Codec.defaults();
        Sample[] mix = Sample.defaultCodecMix();
        if (mix.length != MIX_SIZE) {
            throw new IllegalStateException("mix of " + mix.length + " samples (expected: " + MIX_SIZE + ")");
        }
        messages = new Sip2Message[mix.length];
        frames = new byte[mix.length][];
        for (int i = 0; i < mix.length; i++) {
            Sample.Prepared prepared = mix[i].prepare(codec);
            messages[i] = prepared.message();
            frames[i] = prepared.frame();
        }
    }

    /**
     * Decodes each frame of the mix once.
     *
     * @param bh consumes the decoded frames
     */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void decodeMix(Blackhole bh) {
        byte[][] f = frames;
        for (int i = 0; i < f.length; i++) {
            bh.consume(codec.decodeFrame(f[i]));
        }
    }

    /**
     * Encodes each message of the mix once, with sequence number and checksum.
     *
     * @param bh consumes the bytes
     */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void encodeMix(Blackhole bh) {
        Sip2Message[] m = messages;
        for (int i = 0; i < m.length; i++) {
            bh.consume(codec.encode(m[i], Sample.SEQUENCE_NUMBER));
        }
    }
}
