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
 * activation's branches and, in the worst case, lets C2 hoist work; the pool has {@link #POOL}
 * distinct inputs (distinct batches when batched) and each call takes the next one.
 */
@State(Scope.Thread)
public class KernelState {

    /** Distinct inputs cycled through; a power of two so the index wraps with a mask. */
    static final int POOL = 16;

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

    @Setup(Level.Trial)
    public void setUp() {
        Network network = NetworkGenerator.generate(seed, n, k, OutputWeights.NON_NEGATIVE);
        kernel = Kernels.get(impl).kernel(network, Activations.parse(activation));
        inputs = new float[POOL][];
        for (int j = 0; j < POOL; j++) {
            inputs[j] = NetworkGenerator.inputs(seed + 1 + j, batch, n);
        }
        out = new float[batch];
    }

    /** The next input (or batch) of the pool. */
    float[] nextInput() {
        next = (next + 1) & (POOL - 1);
        return inputs[next];
    }
}
