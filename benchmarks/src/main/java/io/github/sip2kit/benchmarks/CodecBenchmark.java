package io.github.sip2kit.benchmarks;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.Sip2Message;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode and encode of one message type at a time, with error detection (AY/AZ), single-threaded.
 *
 * <p>Each {@link Sample} runs in its own fork, so the JIT sees one message type only: these are best-case figures.
 * {@link CodecMixBenchmark} measures the same messages interleaved.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CodecBenchmark {

    /** The message measured. */
    @Param
    public Sample sample;

    private Sip2Codec codec;
    private Sip2Message message;
    private byte[] frame;

    /** Builds the codec, the message and its frame; nothing of this is measured. */
    @Setup
    public void setUp() {
        codec = sample.codec();
        Sample.Prepared prepared = sample.prepare(codec);
        message = prepared.message();
        frame = prepared.frame();
    }

    /**
     * Decodes the frame's bytes: trailer check, charset decoding, fixed and tagged fields, the record.
     *
     * @param bh consumes the decoded frame
     */
    @Benchmark
    public void decode(Blackhole bh) {
        bh.consume(codec.decodeFrame(frame));
    }

    /**
     * Encodes the message with sequence number and checksum to the frame's bytes.
     *
     * @param bh consumes the bytes
     */
    @Benchmark
    public void encode(Blackhole bh) {
        bh.consume(codec.encode(message, Sample.SEQUENCE_NUMBER));
    }
}
