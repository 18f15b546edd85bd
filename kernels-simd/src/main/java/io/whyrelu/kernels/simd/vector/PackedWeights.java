package io.whyrelu.kernels.simd.vector;

import io.whyrelu.core.kernel.AlignedFloats;
import io.whyrelu.core.network.Network;

/**
 * The first layer transposed into column panels, packed once when a kernel is bound.
 *
 * <p>Panel p holds hidden units [p·P, p·P + P) for every input i, P = 2 vectors wide:
 * {@code packed[(p·n + i)·P + j] = w[p·P + j][i]}. A kernel then walks each panel front to back,
 * one broadcast x[i] feeding 2 vector FMAs per input row, with no horizontal reductions until the
 * very end, and every load unit-stride for the prefetchers. K is padded to a multiple of P with
 * w = b = W = 0: a padded unit computes W·s(0) = 0 (s(0) is finite for every activation), so no
 * masked tail is needed.
 */
final class PackedWeights {

    final int n;
    final int k;
    final int panelWidth;
    final int panels;
    /** The panels, from index {@link #start} on, 64-byte aligned where the JVM allows ({@link AlignedFloats}). */
    final float[] packed;
    final int start;
    final float[] bias;
    /** 0 − b: where the batched passes' accumulators start (+0, not −0, where b is zero, as the sum's own start). */
    final float[] negBias;
    final float[] outW;

    /** @param slack zero floats after the last panel, for loops that read ahead of their position */
    PackedWeights(Network network, int panelWidth, int slack) {
        this.n = network.inputSize();
        this.k = network.hiddenSize();
        this.panelWidth = panelWidth;
        this.panels = (k + panelWidth - 1) / panelWidth;
        int padded = Math.multiplyExact(panels, panelWidth);
        this.packed = AlignedFloats.allocate(Math.addExact(Math.multiplyExact(padded, n), slack));
        this.start = AlignedFloats.start(packed);
        float[] w = network.weights();
        for (int unit = 0; unit < k; unit++) {
            int base = start + (unit / panelWidth) * n * panelWidth + unit % panelWidth;
            for (int i = 0; i < n; i++) {
                packed[base + i * panelWidth] = w[unit * n + i];
            }
        }
        this.bias = java.util.Arrays.copyOf(network.biases(), padded);
        this.negBias = new float[padded];
        for (int unit = 0; unit < padded; unit++) {
            negBias[unit] = 0f - bias[unit];
        }
        this.outW = java.util.Arrays.copyOf(network.outputWeights(), padded);
    }

    /** Offset of panel p's first value. */
    int panelOffset(int p) {
        return start + p * n * panelWidth;
    }
}
