package io.whyrelu.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Element-wise activation over an array: one operation is one element (whyrelu run sets
 * operationsPerInvocation to the size), so ops/s / 1e9 is G elements/s, the unit of the native
 * yardstick's {@code act}.
 *
 * <p>Pitfall avoided: an L1-resident default size (4096 floats in, 4096 out) measures the
 * arithmetic; sizes beyond the caches measure memory bandwidth instead, and say so in the size.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ActivationThroughput {

    @Benchmark
    public float activation(ActivationState s) {
        return s.invoke();
    }
}
