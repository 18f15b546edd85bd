package io.whyrelu.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.network.NetworkGenerator.OutputWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bound must admit any honest float evaluation and still catch a real bug. */
class KernelErrorBoundTest {

    static java.util.List<Activation> activations() {
        return Activations.all();
    }

    /** The most naive float evaluation: one accumulator, left to right, no FMA. The worst honest order. */
    static float naive(Network net, Activation s, float[] x, int dropLast) {
        float[] w = net.weights();
        float[] b = net.biases();
        float[] outW = net.outputWeights();
        int n = net.inputSize();
        float sum = 0;
        for (int k = 0; k < net.hiddenSize(); k++) {
            float h = 0;
            for (int i = 0; i < n - dropLast; i++) {
                h += w[k * n + i] * x[i];
            }
            sum += outW[k] * s.apply(h - b[k]);
        }
        return sum - net.outputOffset();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void admitsNaiveFloatEvaluation(Activation activation) {
        for (int n : new int[] {1, 17, 1000}) {
            Network net = NetworkGenerator.generate(n, n, 33, OutputWeights.MIXED_SIGN);
            ReferenceEvaluator ref = new ReferenceEvaluator(net, activation);
            float[] xs = NetworkGenerator.inputs(9, 20, n);
            for (int r = 0; r < 20; r++) {
                float[] x = java.util.Arrays.copyOfRange(xs, r * n, r * n + n);
                var expected = ref.evaluateWithBound(x, 1.0);
                float computed = naive(net, activation, x, 0);
                assertTrue(expected.admits(computed), activation + " n=" + n + ": " + computed + " vs " + expected);
                assertEquals(expected.value(), ref.evaluate(x), 0.0);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void catchesAKernelThatDropsTheLastInput(Activation activation) {
        int n = 17;
        Network net = NetworkGenerator.generate(3, n, 33, OutputWeights.MIXED_SIGN);
        ReferenceEvaluator ref = new ReferenceEvaluator(net, activation);
        float[] xs = NetworkGenerator.inputs(4, 20, n);
        int caught = 0;
        for (int r = 0; r < 20; r++) {
            float[] x = java.util.Arrays.copyOfRange(xs, r * n, r * n + n);
            if (!ref.evaluateWithBound(x, 1.0).admits(naive(net, activation, x, 1))) {
                caught++;
            }
        }
        assertEquals(20, caught, activation + ": a tail bug must violate the bound on every input");
    }

    @Test
    void boundGrowsWithSizeAndIsSmallRelativeToTheValue() {
        Activation relu = Activations.parse("relu");
        Network small = NetworkGenerator.generate(1, 16, 16, OutputWeights.NON_NEGATIVE);
        Network large = NetworkGenerator.generate(1, 1024, 1024, OutputWeights.NON_NEGATIVE);
        double smallBound = new ReferenceEvaluator(small, relu).evaluateWithBound(new float[16], 0, 0).errorBound();
        var largeRef = new ReferenceEvaluator(large, relu).evaluateWithBound(NetworkGenerator.inputs(2, 1, 1024), 0, 0);
        assertTrue(largeRef.errorBound() > smallBound);
        assertTrue(largeRef.errorBound() < 1e-2 * Math.max(1, Math.abs(largeRef.value())), largeRef.toString());
        assertFalse(largeRef.admits((float) (largeRef.value() + 2 * largeRef.errorBound())));
    }
}
