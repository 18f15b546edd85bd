package io.whyrelu.bench.jmh;

import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.kernel.AlignedFloats;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.core.network.NetworkGenerator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import io.whyrelu.bench.warmup.WarmedUpState;

/**
 * One implementation's activation and arrays of inputs uniform on [−10, 10], the native
 * yardstick's range, so that exp-based activations see both tails, not only their middle. As
 * many distinct arrays as fit with the output in 32 KB (one at the default size): the benchmark
 * measures the arithmetic on L1-resident data, as the native yardstick does.
 *
 * <p>Pitfall avoided: alignment chosen by the heap. Every array starts its data on a 64-byte
 * boundary in every fork ({@link AlignedFloats}); before, element-wise sigmoid over 4096 floats
 * ranged 1.9–3.3 G elements/s from fork to fork.
 */
@State(Scope.Thread)
public class ActivationState extends WarmedUpState {

    static final int POOL = 4;
    static final int POOL_BYTES = 32 * 1024;

    @Param("sigmoid")
    public String activation;

    @Param("simd")
    public String impl;

    @Param("4096")
    public int size;

    @Param("42")
    public long seed;

    ElementwiseActivation elementwise;
    InputPool inputs;
    float[] out;
    /** Where the data of every array starts: 64-byte aligned in every fork (AlignedFloats). */
    int start;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        elementwise = Kernels.get(impl).elementwise(Activations.parse(activation));
        // Each input counts twice against the budget: the output array shares L1 with it.
        inputs = new InputPool(2L * size * Float.BYTES, POOL_BYTES, POOL, j -> {
            float[] x = NetworkGenerator.inputs(seed + j, size, 1);
            float[] aligned = AlignedFloats.allocate(size);
            int start = AlignedFloats.start(aligned);
            for (int i = 0; i < size; i++) {
                aligned[start + i] = x[i] * 10;
            }
            return aligned;
        });
        out = AlignedFloats.allocate(size);
        start = AlignedFloats.start(out);
        warmUp(params, this::invoke);
    }

    /** One invocation: the next input array through the activation; the last output is returned. */
    float invoke() {
        elementwise.apply(inputs.next(), start, out, start, size);
        return out[start + size - 1];
    }
}
