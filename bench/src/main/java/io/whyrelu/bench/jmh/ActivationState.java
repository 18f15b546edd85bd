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
 * yardstick's range, so that exp-based activations see both tails, not only their middle. Enough
 * distinct arrays that the branch predictor cannot learn them (16 at the default size, 256 KB,
 * streamed from L2: see {@link InputPool}).
 *
 * <p>Pitfall avoided: alignment chosen by the heap. Every array starts its data on a 64-byte
 * boundary in every fork ({@link AlignedFloats}); before, element-wise sigmoid over 4096 floats
 * ranged 1.9–3.3 G elements/s from fork to fork.
 */
@State(Scope.Thread)
public class ActivationState extends WarmedUpState {

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
        inputs = new InputPool((long) size * Float.BYTES, size, j -> {
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
