package io.whyrelu.bench.warmup;

import java.util.List;

/**
 * Has JMH's generated loop compiled in JMH's warm-up iterations, not in the measured ones.
 *
 * <p>The steady-state warm-up drives the benchmark's operation from its own loop, so the code under
 * test is compiled and settled before JMH starts; but JMH's stub (the loop that calls the
 * {@code @Benchmark} method) is compiled only when its own counters reach the tiered thresholds,
 * 60 000 back-edges for on-stack replacement. An operation of 20 µs (element-wise silu over 4096
 * floats, scalar) runs about 45 000 times a second, so the stub was compiled 2.3 s into the fork,
 * after the quick preset's measured iterations. Once it was, its call went to another compilation
 * of the same loop, 30% slower (2.0 → 1.4·10⁸ elements/s, JDK 17, Zen 5, 2 of 2 forks), and stayed
 * there through the stub's C2 compilation: the level every longer run settles at. The quick preset
 * had measured the first, as steady.
 *
 * <p>{@code CompileThresholdScaling} per method (a product {@code CompileCommand} option since JDK
 * 9) scales the thresholds of the stubs alone: they compile in the first warm-up iteration, and
 * the code under test keeps the JVM's own thresholds and profiles.
 */
public final class JmhStubCompilation {

    /** Thresholds × 0.05: 3 000 back-edges, a few milliseconds of even the slowest operation here. */
    static final double SCALE = 0.05;

    private JmhStubCompilation() {}

    /** The fork flags; {@code quiet} keeps the JVM from echoing the command into every fork's output. */
    public static List<String> flags() {
        return List.of("-XX:CompileCommand=quiet", "-XX:CompileCommand=CompileThresholdScaling,*::*_jmhStub," + SCALE);
    }
}
