package io.whyrelu.core.network;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.KernelArguments;

/**
 * The double-precision reference of the kernel: every product and sum in double, the activation's
 * double reference. The float inputs and weights convert to double exactly, so the only error here
 * is double rounding, about 2^29 times smaller than the float kernels' and accounted for by
 * {@link KernelErrorBound}.
 */
public final class ReferenceEvaluator {

    private final Network network;
    private final Activation activation;
    private final int n;
    private final int k;
    private final float[] w;
    private final float[] b;
    private final float[] outW;

    public ReferenceEvaluator(Network network, Activation activation) {
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
    }

    public Network network() {
        return network;
    }

    public Activation activation() {
        return activation;
    }

    public double evaluate(float[] x) {
        KernelArguments.checkInput(x, n);
        return evaluateRow(x, 0);
    }

    public double[] evaluateBatch(float[] xs, int batch) {
        KernelArguments.checkBatch(xs, batch, n, new float[batch]);
        double[] out = new double[batch];
        for (int r = 0; r < batch; r++) {
            out[r] = evaluateRow(xs, r * n);
        }
        return out;
    }

    /** The reference value of input {@code row} of {@code xs} and the bound on a float kernel's error there. */
    public KernelErrorBound.Reference evaluateWithBound(float[] xs, int row, double activationUlps) {
        if (xs == null || row < 0 || (long) (row + 1) * n > xs.length) {
            throw new IllegalArgumentException("row " + row + " is not an input of the batch");
        }
        return KernelErrorBound.of(hiddenLayer(xs, row * n), activation, outW, network.outputOffset(), activationUlps);
    }

    public KernelErrorBound.Reference evaluateWithBound(float[] x, double activationUlps) {
        KernelArguments.checkInput(x, n);
        return evaluateWithBound(x, 0, activationUlps);
    }

    private double evaluateRow(float[] xs, int offset) {
        double[] h = hiddenLayer(xs, offset).h();
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += outW[j] * activation.reference(h[j]);
        }
        return sum - network.outputOffset();
    }

    /** Pre-activations h[k] and the magnitudes Σ_i |w[k][i]·x[i]| + |b[k]| their rounding scales with. */
    private KernelErrorBound.HiddenLayer hiddenLayer(float[] xs, int offset) {
        double[] h = new double[k];
        double[] magnitude = new double[k];
        for (int j = 0; j < k; j++) {
            double sum = -b[j];
            double abs = Math.abs(b[j]);
            int row = j * n;
            for (int i = 0; i < n; i++) {
                double p = (double) w[row + i] * xs[offset + i];
                sum += p;
                abs += Math.abs(p);
            }
            h[j] = sum;
            magnitude[j] = abs;
        }
        return new KernelErrorBound.HiddenLayer(n, h, magnitude);
    }
}
