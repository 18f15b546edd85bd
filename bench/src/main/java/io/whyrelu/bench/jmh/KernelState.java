package io.whyrelu.bench.jmh;

import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.core.network.Network;
import io.whyrelu.core.network.NetworkGenerator;
import io.whyrelu.core.network.NetworkGenerator.OutputWeights;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A kernel bound to a seeded network, and a pool of inputs to rotate through.
 *
 * <p>Scope.Thread on purpose: a kernel keeps scratch buffers and is not thread-safe, and each
 * benchmark thread should own its inputs so no cache line is shared.
 *
 * <p>Pitfall avoided: a single input evaluated over and over lets the branch predictor learn the
 * scalar activations' branches; the pool has up to {@link #POOL} distinct inputs (batches when
 * batched) and each call takes the next one. Pitfall avoided the other way: a pool larger than
 * the L1 cache would measure cache misses on the inputs, which the native yardstick (one input,
 * nudged between calls) does not pay; the pool holds at most {@link #POOL_BYTES} of inputs.
 */
@State(Scope.Thread)
public class KernelState {

    /** At most this many distinct inputs; a power of two, like every pool size used, so the index wraps with a mask. */
    static final int POOL = 16;
    /** At most this many bytes of inputs: they stay in L1. */
    static final int POOL_BYTES = 32 * 1024;

    @Param("relu")
    public String activation;

    @Param("simd")
    public String impl;

    @Param("256")
    public int n;

    @Param("256")
    public int k;

    @Param("1")
    public int batch;

    @Param("42")
    public long seed;

    Kernel kernel;
    float[][] inputs;
    float[] out;
    int next;
    int mask;

    @Setup(Level.Trial)
    public void setUp() {
        Network network = NetworkGenerator.generate(seed, n, k, OutputWeights.NON_NEGATIVE);
        kernel = Kernels.get(impl).kernel(network, Activations.parse(activation));
        int pool = poolSize((long) batch * n * Float.BYTES, POOL_BYTES, POOL);
        mask = pool - 1;
        inputs = new float[pool][];
        for (int j = 0; j < pool; j++) {
            inputs[j] = NetworkGenerator.inputs(seed + 1 + j, batch, n);
        }
        out = new float[batch];
    }

    /** The next input (or batch) of the pool. */
    float[] nextInput() {
        next = (next + 1) & mask;
        return inputs[next];
    }

    /** The largest power of two ≤ max whose inputs fit in {@code budget} bytes, at least 1. */
    static int poolSize(long bytesPerInput, long budget, int max) {
        int pool = 1;
        while (pool * 2 <= max && (pool * 2L) * bytesPerInput <= budget) {
            pool *= 2;
        }
        return pool;
    }
}
