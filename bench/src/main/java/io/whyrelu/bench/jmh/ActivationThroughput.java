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
 * <p>Pitfall avoided: sizes beyond the caches measure memory bandwidth, not the arithmetic, and
 * say so in the size; the default 4096 keeps the output in L1 and its 16 rotating inputs (256 KB,
 * see InputPool) in L2.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ActivationThroughput {

    @Benchmark
    public float activation(ActivationState s) {
        return s.invoke();
    }
}
