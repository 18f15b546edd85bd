package io.whyrelu.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Latency of one single-input evaluation: JMH samples call times (SampleTime), and
 * {@code whyrelu run} turns the samples of each iteration into an HdrHistogram interval
 * ({@code latency/*.hlog}) and percentiles.
 *
 * <p>Pitfall avoided: timer granularity. A sample is one call timed with System.nanoTime
 * (≈ 20 ns of overhead), so shapes whose evaluation takes well under a microsecond report timer
 * cost more than kernel cost; read them with that in mind, or use the throughput benchmark.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KernelLatency {

    @Benchmark
    public float single(KernelState s) {
        return s.kernel.evaluate(s.nextInput());
    }
}
