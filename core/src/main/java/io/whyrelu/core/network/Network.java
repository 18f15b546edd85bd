package io.whyrelu.core.network;

import java.util.Arrays;

/**
 * The weights of a one-hidden-layer network f(x) = Σ_k W[k]·s(Σ_i w[k][i]·x[i] − b[k]) − W0,
 * independent of the activation s. Immutable and validated on construction: every dimension
 * positive and consistent, every value finite. Accessors return copies; kernels copy (and pack)
 * the weights once when they are bound.
 */
public final class Network {

    private final int inputSize;
    private final int hiddenSize;
    private final float[] weights;
    private final float[] biases;
    private final float[] outputWeights;
    private final float outputOffset;

    private Network(int inputSize, int hiddenSize, float[] weights, float[] biases, float[] outputWeights, float outputOffset) {
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.weights = weights;
        this.biases = biases;
        this.outputWeights = outputWeights;
        this.outputOffset = outputOffset;
    }

    /**
     * @param n             input size (> 0)
     * @param k             hidden size K (> 0)
     * @param weights       w, K×n row-major: w[k][i] at index k·n + i
     * @param biases        b, K values (the w_k0 of the paper)
     * @param outputWeights W, K values
     * @param outputOffset  W0
     * @throws IllegalArgumentException naming the first problem found
     */
    public static Network of(int n, int k, float[] weights, float[] biases, float[] outputWeights, float outputOffset) {
        positive("n (input size)", n);
        positive("K (hidden size)", k);
        long expected = (long) n * k;
        if (expected > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("network too large: K·n = " + expected + " exceeds a Java array");
        }
        checkArray("w (first-layer weights, K×n row-major)", weights, (int) expected);
        checkArray("b (biases)", biases, k);
        checkArray("W (output weights)", outputWeights, k);
        if (!Float.isFinite(outputOffset)) {
            throw new IllegalArgumentException("W0 (output offset) is " + outputOffset + ": weights must be finite");
        }
        for (int i = 0; i < weights.length; i++) {
            if (!Float.isFinite(weights[i])) {
                throw new IllegalArgumentException("w[" + i / n + "][" + i % n + "] is " + weights[i] + ": weights must be finite");
            }
        }
        finite("b", biases);
        finite("W", outputWeights);
        return new Network(n, k, weights.clone(), biases.clone(), outputWeights.clone(), outputOffset);
    }

    private static void positive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be > 0, got " + value);
        }
    }

    private static void checkArray(String what, float[] values, int expected) {
        if (values == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (values.length != expected) {
            throw new IllegalArgumentException(what + " has " + values.length + " values, expected " + expected);
        }
    }

    private static void finite(String name, float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + values[i] + ": weights must be finite");
            }
        }
    }

    public int inputSize() {
        return inputSize;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    /** w, K×n row-major (a copy). */
    public float[] weights() {
        return weights.clone();
    }

    public float weight(int k, int i) {
        return weights[k * inputSize + i];
    }

    public float[] biases() {
        return biases.clone();
    }

    public float[] outputWeights() {
        return outputWeights.clone();
    }

    public float outputOffset() {
        return outputOffset;
    }

    /** All W[k] ≥ 0: with a convex activation, f is then convex (the paper's requirement on W). */
    public boolean hasNonNegativeOutputWeights() {
        for (float v : outputWeights) {
            if (v < 0) {
                return false;
            }
        }
        return true;
    }

    /** 2·n·K: the flops of one evaluation's dot products, the unit of GFLOP/s figures. */
    public long flopsPerEvaluation() {
        return 2L * inputSize * hiddenSize;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network other && inputSize == other.inputSize && hiddenSize == other.hiddenSize
                && Float.compare(outputOffset, other.outputOffset) == 0 && Arrays.equals(weights, other.weights)
                && Arrays.equals(biases, other.biases) && Arrays.equals(outputWeights, other.outputWeights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Arrays.hashCode(outputWeights);
    }

    @Override
    public String toString() {
        return "Network[n=" + inputSize + ", K=" + hiddenSize + "]";
    }
}
