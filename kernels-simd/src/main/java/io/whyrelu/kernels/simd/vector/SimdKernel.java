package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.Lanes.L;
import static io.whyrelu.kernels.simd.vector.Lanes.ZERO;
import static io.whyrelu.kernels.simd.vector.Lanes.madd;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.KernelArguments;
import io.whyrelu.core.network.Network;
import io.whyrelu.kernels.simd.SimdKernelProvider;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The kernel with the Vector API over {@link PackedWeights}: per panel, pre-activations for 2·L
 * hidden units accumulate in registers, then the activation, the output weights and the running
 * sum are applied in the same pass (a fused epilogue: the hidden layer is never stored).
 *
 * <p>Single input: four interleaved accumulator pairs over i, so eight independent FMA chains
 * cover the FMA latency. Batched: panel-outer, so a panel (n·2·L floats, 32 KB at n = 256 on
 * AVX-512) stays in L1 while every input streams past it; four inputs per pass share each weight
 * load, eight accumulators; per-input running sums live in a small scratch array between panels.
 */
final class SimdKernel implements Kernel {

    private static final int P = 2 * L;
    private static final int ROWS = 4;

    private final Network network;
    private final VectorActivation activation;
    private final PackedWeights weights;
    private final int n;
    private final float outOffset;
    /** Per-input running sums of the batched path (one vector each); grown on demand. */
    private float[] sums = new float[0];

    SimdKernel(Network network, Activation activation) {
        if (network == null || activation == null) {
            throw new IllegalArgumentException(network == null ? "network is null" : "activation is null");
        }
        this.network = network;
        this.activation = new VectorActivation(activation);
        this.weights = new PackedWeights(network, P);
        this.n = network.inputSize();
        this.outOffset = network.outputOffset();
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public Activation activation() {
        return activation.activation();
    }

    @Override
    public String implementation() {
        return SimdKernelProvider.NAME;
    }

    @Override
    public float evaluate(float[] x) {
        KernelArguments.checkInput(x, n);
        FloatVector sum = ZERO;
        for (int p = 0; p < weights.panels; p++) {
            sum = panelOneInput(x, 0, p, sum);
        }
        return sum.reduceLanes(VectorOperators.ADD) - outOffset;
    }

    @Override
    public void evaluateBatch(float[] xs, int batch, float[] out) {
        KernelArguments.checkBatch(xs, batch, n, out);
        if (sums.length < batch * L) {
            sums = new float[batch * L];
        }
        Arrays.fill(sums, 0, batch * L, 0f);
        for (int p = 0; p < weights.panels; p++) {
            int r = 0;
            for (; r + ROWS <= batch; r += ROWS) {
                panelFourInputs(xs, r, p);
            }
            for (; r < batch; r++) {
                FloatVector sum = FloatVector.fromArray(F, sums, r * L);
                panelOneInput(xs, r * n, p, sum).intoArray(sums, r * L);
            }
        }
        for (int r = 0; r < batch; r++) {
            out[r] = FloatVector.fromArray(F, sums, r * L).reduceLanes(VectorOperators.ADD) - outOffset;
        }
    }

    /** One input through panel p; returns sum + this panel's Σ W·s(h − b). */
    private FloatVector panelOneInput(float[] xs, int xOff, int p, FloatVector sum) {
        float[] w = weights.packed;
        int o = weights.panelOffset(p);
        FloatVector a0 = ZERO, a1 = ZERO, b0 = ZERO, b1 = ZERO, c0 = ZERO, c1 = ZERO, d0 = ZERO, d1 = ZERO;
        int i = 0;
        for (; i + 3 < n; i += 4, o += 4 * P) {
            FloatVector x0 = FloatVector.broadcast(F, xs[xOff + i]);
            FloatVector x1 = FloatVector.broadcast(F, xs[xOff + i + 1]);
            FloatVector x2 = FloatVector.broadcast(F, xs[xOff + i + 2]);
            FloatVector x3 = FloatVector.broadcast(F, xs[xOff + i + 3]);
            a0 = madd(FloatVector.fromArray(F, w, o), x0, a0);
            a1 = madd(FloatVector.fromArray(F, w, o + L), x0, a1);
            b0 = madd(FloatVector.fromArray(F, w, o + P), x1, b0);
            b1 = madd(FloatVector.fromArray(F, w, o + P + L), x1, b1);
            c0 = madd(FloatVector.fromArray(F, w, o + 2 * P), x2, c0);
            c1 = madd(FloatVector.fromArray(F, w, o + 2 * P + L), x2, c1);
            d0 = madd(FloatVector.fromArray(F, w, o + 3 * P), x3, d0);
            d1 = madd(FloatVector.fromArray(F, w, o + 3 * P + L), x3, d1);
        }
        for (; i < n; i++, o += P) {
            FloatVector xi = FloatVector.broadcast(F, xs[xOff + i]);
            a0 = madd(FloatVector.fromArray(F, w, o), xi, a0);
            a1 = madd(FloatVector.fromArray(F, w, o + L), xi, a1);
        }
        return epilogue(a0.add(b0).add(c0.add(d0)), a1.add(b1).add(c1.add(d1)), p, sum);
    }

    /** Inputs r..r+3 through panel p; their running sums in {@link #sums} are updated. */
    private void panelFourInputs(float[] xs, int r, int p) {
        float[] w = weights.packed;
        int o = weights.panelOffset(p);
        int x0 = r * n, x1 = x0 + n, x2 = x1 + n, x3 = x2 + n;
        FloatVector a0 = ZERO, a1 = ZERO, b0 = ZERO, b1 = ZERO, c0 = ZERO, c1 = ZERO, d0 = ZERO, d1 = ZERO;
        for (int i = 0; i < n; i++, o += P) {
            FloatVector w0 = FloatVector.fromArray(F, w, o);
            FloatVector w1 = FloatVector.fromArray(F, w, o + L);
            FloatVector x = FloatVector.broadcast(F, xs[x0 + i]);
            a0 = madd(w0, x, a0);
            a1 = madd(w1, x, a1);
            x = FloatVector.broadcast(F, xs[x1 + i]);
            b0 = madd(w0, x, b0);
            b1 = madd(w1, x, b1);
            x = FloatVector.broadcast(F, xs[x2 + i]);
            c0 = madd(w0, x, c0);
            c1 = madd(w1, x, c1);
            x = FloatVector.broadcast(F, xs[x3 + i]);
            d0 = madd(w0, x, d0);
            d1 = madd(w1, x, d1);
        }
        accumulate(r, epilogue(a0, a1, p, FloatVector.fromArray(F, sums, r * L)));
        accumulate(r + 1, epilogue(b0, b1, p, FloatVector.fromArray(F, sums, (r + 1) * L)));
        accumulate(r + 2, epilogue(c0, c1, p, FloatVector.fromArray(F, sums, (r + 2) * L)));
        accumulate(r + 3, epilogue(d0, d1, p, FloatVector.fromArray(F, sums, (r + 3) * L)));
    }

    private void accumulate(int r, FloatVector sum) {
        sum.intoArray(sums, r * L);
    }

    /** sum + Σ W·s(h − b) over panel p's two vectors of hidden units. */
    private FloatVector epilogue(FloatVector h0, FloatVector h1, int p, FloatVector sum) {
        int unit = p * P;
        FloatVector s0 = activation.apply(h0.sub(FloatVector.fromArray(F, weights.bias, unit)));
        FloatVector s1 = activation.apply(h1.sub(FloatVector.fromArray(F, weights.bias, unit + L)));
        sum = madd(s0, FloatVector.fromArray(F, weights.outW, unit), sum);
        return madd(s1, FloatVector.fromArray(F, weights.outW, unit + L), sum);
    }
}
