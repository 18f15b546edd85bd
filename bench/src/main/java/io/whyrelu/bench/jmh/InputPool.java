package io.whyrelu.bench.jmh;

import java.util.function.IntFunction;

/**
 * Distinct inputs that a benchmark rotates through, one per call.
 *
 * <p>Pitfall avoided: a repeated input lets the branch predictor memorise the scalar activations'
 * data-dependent branches (sigmoid's sign test, elu's, fdlibm's range tests in tanh and log1p).
 * Whether it does depends on the fork — on where the code landed — so the figure did too:
 * element-wise scalar sigmoid over one array of 4096 uniform inputs ran at 120–125 M elements/s in
 * most forks and 180–235 M in others (AMD Zen 5, JDK 17, 1 GB heap), while four arrays of 1024
 * or one of 65 536 gave the same figure in every fork. So a rotation of the pool evaluates at
 * least {@link #MIN_EVALUATIONS} distinct pre-activations: more than a predictor's history can
 * hold, as inputs that are new on every call would be in use.
 *
 * <p>Pitfall avoided the other way: a pool far beyond L1 would measure cache misses on the inputs.
 * The pool stops at {@link #MAX_BYTES}, which the core's L2 holds beside a benchmark's weights on
 * every x86 core this project meets (512 KB L2 on Zen 3, 1–2 MB on Zen 4/5 and Xeons); the
 * hardware prefetcher streams sequential inputs from L2 at a cost that the element-wise
 * activations (a few ns each, scalar) and the kernels (n·K multiply-adds per input) do not notice.
 * The pool size is a power of two so that the index wraps with a mask.
 */
final class InputPool {

    /** The fewest distinct activation evaluations in one rotation of the pool. */
    static final long MIN_EVALUATIONS = 1 << 16;
    /** The most bytes all inputs may take together. */
    static final long MAX_BYTES = 256 * 1024;

    private final float[][] inputs;
    private final int mask;
    private int next;

    /**
     * @param bytesPerInput       what one input takes
     * @param evaluationsPerInput activations evaluated on one input (K·batch for a kernel)
     * @param make                the j-th input
     */
    InputPool(long bytesPerInput, long evaluationsPerInput, IntFunction<float[]> make) {
        int size = size(bytesPerInput, evaluationsPerInput);
        inputs = new float[size][];
        for (int j = 0; j < size; j++) {
            inputs[j] = make.apply(j);
        }
        mask = size - 1;
    }

    /** The next input of the pool. */
    float[] next() {
        next = (next + 1) & mask;
        return inputs[next];
    }

    int size() {
        return inputs.length;
    }

    /**
     * The smallest power of two whose inputs evaluate at least {@link #MIN_EVALUATIONS}
     * activations, or the largest that fits in {@link #MAX_BYTES}; at least 1.
     */
    static int size(long bytesPerInput, long evaluationsPerInput) {
        int pool = 1;
        while (pool * evaluationsPerInput < MIN_EVALUATIONS && pool * 2L * bytesPerInput <= MAX_BYTES) {
            pool *= 2;
        }
        return pool;
    }
}
