package io.whyrelu.bench.jmh;

import java.util.function.IntFunction;

/**
 * A few distinct inputs that a benchmark rotates through, one per call.
 *
 * <p>Pitfall avoided: a single input evaluated over and over lets the branch predictor learn the
 * scalar activations' branches. Pitfall avoided the other way: a pool larger than the L1 cache
 * would measure cache misses on the inputs, which the native yardstick (one input, nudged between
 * calls) does not pay. So the pool holds as many inputs as fit in a byte budget, up to a maximum,
 * a power of two so that the index wraps with a mask.
 */
final class InputPool {

    private final float[][] inputs;
    private final int mask;
    private int next;

    /**
     * @param bytesPerInput what one input takes
     * @param budget        bytes all inputs may take together
     * @param max           at most this many inputs (a power of two)
     * @param make          the j-th input
     */
    InputPool(long bytesPerInput, long budget, int max, IntFunction<float[]> make) {
        int size = size(bytesPerInput, budget, max);
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

    /** The largest power of two ≤ max whose inputs fit in {@code budget} bytes, at least 1. */
    static int size(long bytesPerInput, long budget, int max) {
        int pool = 1;
        while (pool * 2 <= max && (pool * 2L) * bytesPerInput <= budget) {
            pool *= 2;
        }
        return pool;
    }
}
