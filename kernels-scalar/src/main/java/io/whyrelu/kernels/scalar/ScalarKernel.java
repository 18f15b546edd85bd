package io.whyrelu.kernels.scalar;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.KernelArguments;
import io.whyrelu.core.network.Network;

/**
 * The kernel in plain Java, written to be a fair baseline rather than a naive one. C2 never
 * reassociates float additions (it would change results), so a single-accumulator dot product
 * runs at one add per FP-add latency, about 4× below what the hardware allows. Here two rows
 * share each load of x and each row has four independent accumulators: eight dependency chains,
 * enough to cover the add latency on current x86 and ARM cores.
 */
final class ScalarKernel implements Kernel {

    private final Network network;
    private final Activation activation;
    private final int n;
    private final int k;
    private final float[] w;
    private final float[] b;
    private final float[] outW;
    private final float outOffset;

    ScalarKernel(Network network, Activation activation) {
        if (network == null || activation == null) {
            throw new IllegalArgumentException(network == null ? "network is null" : "activation is null");
        }
        this.network = network;
        this.activation = activation;
        this.n = network.inputSize();
        this.k = network.hiddenSize();
        this.w = network.weights();
        this.b = network.biases();
        this.outW = network.outputWeights();
        this.outOffset = network.outputOffset();
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public Activation activation() {
        return activation;
    }

    @Override
    public String implementation() {
        return ScalarKernelProvider.NAME;
    }

    @Override
    public float evaluate(float[] x) {
        KernelArguments.checkInput(x, n);
        return evaluateRow(x, 0);
    }

    @Override
    public void evaluateBatch(float[] xs, int batch, float[] out) {
        KernelArguments.checkBatch(xs, batch, n, out);
        for (int r = 0; r < batch; r++) {
            out[r] = evaluateRow(xs, r * n);
        }
    }

    private float evaluateRow(float[] x, int xOff) {
        float sum0 = 0;
        float sum1 = 0;
        int row = 0;
        for (; row + 1 < k; row += 2) {
            int w0 = row * n;
            int w1 = w0 + n;
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            float c0 = 0, c1 = 0, c2 = 0, c3 = 0;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                float x0 = x[xOff + i], x1 = x[xOff + i + 1], x2 = x[xOff + i + 2], x3 = x[xOff + i + 3];
                a0 += w[w0 + i] * x0;
                a1 += w[w0 + i + 1] * x1;
                a2 += w[w0 + i + 2] * x2;
                a3 += w[w0 + i + 3] * x3;
                c0 += w[w1 + i] * x0;
                c1 += w[w1 + i + 1] * x1;
                c2 += w[w1 + i + 2] * x2;
                c3 += w[w1 + i + 3] * x3;
            }
            for (; i < n; i++) {
                float xi = x[xOff + i];
                a0 += w[w0 + i] * xi;
                c0 += w[w1 + i] * xi;
            }
            sum0 += outW[row] * activation.apply((a0 + a1) + (a2 + a3) - b[row]);
            sum1 += outW[row + 1] * activation.apply((c0 + c1) + (c2 + c3) - b[row + 1]);
        }
        if (row < k) {
            int w0 = row * n;
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                a0 += w[w0 + i] * x[xOff + i];
                a1 += w[w0 + i + 1] * x[xOff + i + 1];
                a2 += w[w0 + i + 2] * x[xOff + i + 2];
                a3 += w[w0 + i + 3] * x[xOff + i + 3];
            }
            for (; i < n; i++) {
                a0 += w[w0 + i] * x[xOff + i];
            }
            sum0 += outW[row] * activation.apply((a0 + a1) + (a2 + a3) - b[row]);
        }
        return (sum0 + sum1) - outOffset;
    }
}
