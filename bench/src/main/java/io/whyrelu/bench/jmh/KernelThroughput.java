package io.whyrelu.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Throughput of the activation-and-sum kernel: one operation is one input evaluated, so
 * GFLOP/s = ops/s · 2·n·K / 1e9.
 *
 * <p>With batch = B an invocation evaluates B inputs; {@code whyrelu run} sets JMH's
 * operationsPerInvocation to B for those runs (an annotation cannot, B being a parameter). Run
 * directly through JMH, pass {@code -opi B} yourself.
 *
 * <p>Pitfall avoided: dead code. The result is returned, so JMH sinks it into a Blackhole; the
 * batched results land in an array the state owns, and its last element is returned too.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KernelThroughput {

    @Benchmark
    public float kernel(KernelState s) {
        return s.invoke();
    }
}
