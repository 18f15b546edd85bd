package io.whyrelu.resultmodel.steady;

import java.util.List;

/**
 * How one fork's warm-up to steady state went, as the fork reported it (one JSON line each; see
 * io.whyrelu.bench.warmup.SteadyStateWarmup).
 *
 * @param converged       whether the criterion was met before the cap
 * @param reason          what ended the warm-up, in words
 * @param seconds         wall time of the warm-up
 * @param chunks          timed chunks run
 * @param compileSeconds  JIT time during the warm-up (CompilationMXBean)
 * @param opsPerSecond    each chunk's throughput, in order (the first chunks are interpreted code)
 * @param otherCpu        each chunk's CPU time outside the benchmark thread, as a fraction of its wall time (JIT, GC)
 * @param allocatedBytesPerCall heap the benchmark thread allocated per call of the benchmark
 *                        (one JMH invocation) over the last chunks, the steady ones (ThreadMXBean);
 *                        null where the JVM does not count it, or in files written before
 */
public record WarmupOutcome(boolean converged, String reason, double seconds, int chunks, double compileSeconds,
        List<Double> opsPerSecond, List<Double> otherCpu, Double allocatedBytesPerCall) {

    /**
     * A fork allocates when it does so at least {@link #ALLOCATION_FLOOR} bytes per call and
     * {@link #ALLOCATION_RATE_FLOOR} bytes per second. Per call alone misjudges slow calls: the
     * counter drifts about 16 B per millisecond-long call (scalar kernels at batch 64, 16–18 B per
     * call, 0.1 MB/s), while one boxed vector is 48 B and a boxing kernel allocates hundreds of MB/s.
     */
    public static final double ALLOCATION_FLOOR = 16;
    public static final double ALLOCATION_RATE_FLOOR = 1 << 20;

    /** Whether the fork allocated in steady state: in whyrelu's benchmarks, vectors the JIT failed to keep in registers. */
    public boolean allocates() {
        if (allocatedBytesPerCall == null || allocatedBytesPerCall < ALLOCATION_FLOOR || opsPerSecond == null || opsPerSecond.isEmpty()) {
            return false;
        }
        return allocatedBytesPerCall * opsPerSecond.get(opsPerSecond.size() - 1) >= ALLOCATION_RATE_FLOOR;
    }
}
