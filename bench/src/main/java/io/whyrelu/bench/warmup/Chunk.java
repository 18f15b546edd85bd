package io.whyrelu.bench.warmup;

/**
 * One timed chunk of warm-up calls.
 *
 * @param compiled  whether a JIT compilation finished during it
 * @param otherCpu  CPU outside the benchmark thread, as a fraction of the chunk's wall time (NaN if unknown)
 * @param allocated bytes the benchmark thread allocated during the chunk (negative if unknown)
 */
record Chunk(long calls, long nanos, boolean compiled, double otherCpu, long allocated) {

    double opsPerSecond() {
        return calls * 1e9 / nanos;
    }

    boolean quiet(double quietCpu) {
        return !compiled && !(otherCpu >= quietCpu);
    }
}
