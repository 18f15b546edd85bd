package io.whyrelu.reports.steady;

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
 */
public record WarmupOutcome(boolean converged, String reason, double seconds, int chunks, double compileSeconds,
        List<Double> opsPerSecond, List<Double> otherCpu) {}
