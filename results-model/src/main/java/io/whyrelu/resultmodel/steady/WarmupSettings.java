package io.whyrelu.resultmodel.steady;

/**
 * The warm-up criterion's knobs, shared by the forks that apply it and the results that record
 * it. A warm-up ends, converged, after the last {@code window} chunks of about {@code chunkMillis}
 * each were all JIT-quiet (no compilation finished, and the process spent less than
 * {@code quietCpu} of a core outside the benchmark thread: no compilation running, no GC) and
 * their throughputs lie within {@code stability} of each other; it ends unconverged at
 * {@code maxSeconds}.
 */
public record WarmupSettings(int chunkMillis, int window, double stability, double quietCpu, double maxSeconds) {

    public static final WarmupSettings DEFAULT = new WarmupSettings(50, 5, 0.05, 0.10, 30);

    /** The same settings with another cap. */
    public WarmupSettings withMaxSeconds(double seconds) {
        return new WarmupSettings(chunkMillis, window, stability, quietCpu, seconds);
    }
}
