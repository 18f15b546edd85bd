package io.whyrelu.bench.jmh;

import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.core.network.NetworkGenerator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One implementation's activation and arrays of inputs uniform on [−10, 10], the native
 * yardstick's range, so that exp-based activations see both tails, not only their middle.
 */
@State(Scope.Thread)
public class ActivationState {

    static final int POOL = 4;

    @Param("sigmoid")
    public String activation;

    @Param("simd")
    public String impl;

    @Param("4096")
    public int size;

    @Param("42")
    public long seed;

    ElementwiseActivation elementwise;
    float[][] inputs;
    float[] out;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        elementwise = Kernels.get(impl).elementwise(Activations.parse(activation));
        inputs = new float[POOL][];
        for (int j = 0; j < POOL; j++) {
            inputs[j] = NetworkGenerator.inputs(seed + j, size, 1);
            for (int i = 0; i < size; i++) {
                inputs[j][i] *= 10;
            }
        }
        out = new float[size];
    }

    float[] nextInput() {
        next = (next + 1) & (POOL - 1);
        return inputs[next];
    }
}
