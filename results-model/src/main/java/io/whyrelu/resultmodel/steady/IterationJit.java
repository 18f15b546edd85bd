package io.whyrelu.resultmodel.steady;

/**
 * JIT and background activity during one JMH iteration, as the fork saw it.
 *
 * @param measured      a measured iteration (else a JMH warm-up one)
 * @param compileMillis JIT time that finished during the iteration
 * @param otherCpu      CPU outside the benchmark thread, as a fraction of the iteration's wall time
 * @param waitedMillis  how long the untimed setup before it waited for the JIT to go quiet
 */
public record IterationJit(boolean measured, long compileMillis, double otherCpu, long waitedMillis) {}
