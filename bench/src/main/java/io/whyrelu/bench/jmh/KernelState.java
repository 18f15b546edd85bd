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
import org.openjdk.jmh.infra.BenchmarkParams;
import io.whyrelu.bench.warmup.WarmedUpState;

/**
 * A kernel bound to a seeded network, and a pool of inputs to rotate through.
 *
 * <p>Scope.Thread on purpose: a kernel keeps scratch buffers and is not thread-safe, and each
 * benchmark thread should own its inputs so no cache line is shared.
 *
 * <p>The trial setup warms up until steady state ({@link WarmedUpState}): JMH's fixed warm-up
 * iterations alone measured the JIT on slower machines.
 *
 * <p>Each call takes the next of a pool of distinct inputs (batches when batched): see
 * {@link InputPool} for the two pitfalls that size it.
 */
@State(Scope.Thread)
public class KernelState extends WarmedUpState {

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
    InputPool inputs;
    float[] out;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Network network = NetworkGenerator.generate(seed, n, k, OutputWeights.NON_NEGATIVE);
        kernel = Kernels.get(impl).kernel(network, Activations.parse(activation));
        inputs = new InputPool((long) batch * n * Float.BYTES, (long) batch * k, j -> NetworkGenerator.inputs(seed + 1 + j, batch, n));
        out = new float[batch];
        warmUp(params, this::invoke);
    }

    /** One invocation: a single input, or a batch whose results land in {@link #out} (its last is returned). */
    float invoke() {
        if (batch == 1) {
            return kernel.evaluate(nextInput());
        }
        kernel.evaluateBatch(nextInput(), batch, out);
        return out[batch - 1];
    }

    /** The next input (or batch) of the pool. */
    float[] nextInput() {
        return inputs.next();
    }
}
