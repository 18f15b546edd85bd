package io.whyrelu.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.network.KernelErrorBound;
import io.whyrelu.core.network.Network;
import io.whyrelu.core.network.NetworkGenerator;
import io.whyrelu.core.network.NetworkGenerator.OutputWeights;
import io.whyrelu.core.network.ReferenceEvaluator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every kernel implementation must do, checked against the double reference and the error
 * bound derived from the arithmetic ({@link KernelErrorBound}), never against a tuned epsilon.
 * Sizes are odd on purpose: n and K around vector widths (15, 16, 17, 31) and beyond, so every
 * tail and padding path runs. Extended by each kernel module's tests.
 */
public abstract class KernelContract {

    static final int[] INPUT_SIZES = {1, 3, 15, 16, 17, 31, 1000};
    static final int[] HIDDEN_SIZES = {1, 17, 64};
    /** Batches that leave every remainder pass of the batched kernels: 13 = 8 + 4 + 1 (32 registers) and 6 + 6 + 1 (16). */
    static final int[] BATCHES = {1, 2, 7, 13, 64};
    /** Inputs U(−1,1) scaled by these: 8 pushes pre-activations into saturation and exp's growth. */
    static final float[] INPUT_SCALES = {1f, 8f};

    protected abstract KernelProvider provider();

    static Stream<Activation> activations() {
        return ActivationUlpContract.activations();
    }

    static float[] scaled(float[] xs, float scale) {
        float[] out = xs.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void singleAndBatchedWithinErrorBoundOfReference(Activation activation) {
        KernelProvider provider = provider();
        double ulps = provider.ulpBudget(activation);
        long seed = 1;
        for (int n : INPUT_SIZES) {
            for (int k : HIDDEN_SIZES) {
                for (float scale : INPUT_SCALES) {
                    seed++;
                    Network network = NetworkGenerator.generate(seed, n, k, OutputWeights.MIXED_SIGN);
                    Kernel kernel = provider.kernel(network, activation);
                    ReferenceEvaluator reference = new ReferenceEvaluator(network, activation);
                    float[] xs = scaled(NetworkGenerator.inputs(seed + 1000, 64, n), scale);
                    String where = provider.name() + " " + activation + " n=" + n + " K=" + k + " scale=" + scale;
                    float[] single = new float[64];
                    for (int r = 0; r < 64; r++) {
                        float[] x = java.util.Arrays.copyOfRange(xs, r * n, (r + 1) * n);
                        single[r] = kernel.evaluate(x);
                        assertAdmitted(reference.evaluateWithBound(x, ulps), single[r], where + " row " + r);
                    }
                    for (int batch : BATCHES) {
                        float[] out = new float[batch];
                        kernel.evaluateBatch(java.util.Arrays.copyOf(xs, batch * n), batch, out);
                        for (int r = 0; r < batch; r++) {
                            KernelErrorBound.Reference ref = reference.evaluateWithBound(xs, r, ulps);
                            assertAdmitted(ref, out[r], where + " batch=" + batch + " row " + r);
                            double both = 2 * ref.errorBound();
                            int row = r;
                            assertTrue(Math.abs(out[r] - single[r]) <= both || Float.isNaN(out[r]) && Float.isNaN(single[r]),
                                    () -> where + " batch=" + batch + " row " + row + ": batched " + out[row]
                                            + " and single " + single[row] + " differ by more than " + both);
                        }
                    }
                }
            }
        }
    }

    /**
     * Weights beyond L2 (n·K·4 bytes over 1 MB here) take other paths in a tuned kernel, e.g. loads
     * ahead of the stream; n odd and K off the panel width keep the tails and the padding in them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void weightsLargerThanL2WithinErrorBoundOfReference(Activation activation) {
        KernelProvider provider = provider();
        double ulps = provider.ulpBudget(activation);
        int n = 1027;
        int k = 300;
        Network network = NetworkGenerator.generate(42, n, k, OutputWeights.MIXED_SIGN);
        Kernel kernel = provider.kernel(network, activation);
        ReferenceEvaluator reference = new ReferenceEvaluator(network, activation);
        int batch = 3;
        float[] xs = scaled(NetworkGenerator.inputs(43, batch, n), 4f);
        String where = provider.name() + " " + activation + " n=" + n + " K=" + k;
        float[] out = new float[batch];
        kernel.evaluateBatch(xs, batch, out);
        for (int r = 0; r < batch; r++) {
            KernelErrorBound.Reference ref = reference.evaluateWithBound(xs, r, ulps);
            assertAdmitted(ref, kernel.evaluate(java.util.Arrays.copyOfRange(xs, r * n, (r + 1) * n)), where + " row " + r);
            assertAdmitted(ref, out[r], where + " batched row " + r);
        }
    }

    /**
     * The worst case of underflow: every product w·x is exactly 1.5·2^-149, which a float product
     * rounds to 2·2^-149 (ties to even); n of them drift by n/2 subnormal spacings in the same
     * direction, hundreds of times what relative error terms alone allow for a result this small.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void subnormalProductsStayWithinTheBound(Activation activation) {
        KernelProvider provider = provider();
        double ulps = provider.ulpBudget(activation);
        for (int n : new int[] {3, 17, 1000}) {
            int k = 33;
            float[] w = new float[n * k];
            java.util.Arrays.fill(w, Math.scalb(1.5f, -75));
            float[] outW = new float[k];
            java.util.Arrays.fill(outW, 1f);
            Network network = Network.of(n, k, w, new float[k], outW, 0f);
            float[] x = new float[n];
            java.util.Arrays.fill(x, Math.scalb(1f, -74));
            KernelErrorBound.Reference ref = new ReferenceEvaluator(network, activation).evaluateWithBound(x, ulps);
            assertTrue(ref.inDomain());
            assertAdmitted(ref, provider.kernel(network, activation).evaluate(x), provider.name() + " " + activation
                    + " subnormal products n=" + n);
        }
    }

    @Test
    void partialSumsThatCanOverflowAreOutsideTheBoundsDomain() {
        Network g = NetworkGenerator.generate(3, 16, 8, OutputWeights.NON_NEGATIVE);
        Network network = Network.of(16, 8, scaled(g.weights(), 1e20f), g.biases(), g.outputWeights(), 0f);
        float[] x = new float[16];
        java.util.Arrays.fill(x, 1e19f); // |w·x| ~ 1e39 > Float.MAX_VALUE: some order of summation overflows
        KernelErrorBound.Reference ref = new ReferenceEvaluator(network, Activations.parse("relu")).evaluateWithBound(x, 0);
        assertTrue(!ref.inDomain() && ref.errorBound() == Double.POSITIVE_INFINITY, ref.toString());
    }

    static void assertAdmitted(KernelErrorBound.Reference ref, float computed, String where) {
        assertTrue(ref.admits(computed), () -> where + ": computed " + computed + ", reference " + ref.value()
                + ", error " + Math.abs(computed - ref.value()) + " > bound " + ref.errorBound());
    }

    @Test
    void nonFiniteInputsPropagate() {
        Network network = NetworkGenerator.generate(7, 5, 3, OutputWeights.NON_NEGATIVE);
        Kernel kernel = provider().kernel(network, Activations.parse("relu"));
        assertTrue(Float.isNaN(kernel.evaluate(new float[] {1, Float.NaN, 0, 0, 0})));
    }

    @Test
    void rejectsBadInputWithMessagesNamingTheProblem() {
        Network network = NetworkGenerator.generate(3, 5, 4, OutputWeights.NON_NEGATIVE);
        Kernel kernel = provider().kernel(network, Activations.parse("relu"));
        assertEquals("input x is null", assertThrows(IllegalArgumentException.class, () -> kernel.evaluate(null)).getMessage());
        assertEquals("input x has 4 values, the network expects n = 5",
                assertThrows(IllegalArgumentException.class, () -> kernel.evaluate(new float[4])).getMessage());
        assertEquals("batch input xs has 9 values, expected batch·n = 2·5 = 10",
                assertThrows(IllegalArgumentException.class, () -> kernel.evaluateBatch(new float[9], 2, new float[2])).getMessage());
        assertEquals("output array has 1 slots, batch needs 2",
                assertThrows(IllegalArgumentException.class, () -> kernel.evaluateBatch(new float[10], 2, new float[1])).getMessage());
        assertEquals("batch must be > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> kernel.evaluateBatch(new float[0], 0, new float[1])).getMessage());
        assertThrows(IllegalArgumentException.class, () -> provider().kernel(null, Activations.parse("relu")));
        assertThrows(IllegalArgumentException.class, () -> provider().elementwise(null));
        assertThrows(IllegalArgumentException.class, () -> provider().elementwise(Activations.parse("relu")).apply(new float[3], new float[2], 3));
    }

    @Test
    void identifiesItself() {
        Network network = NetworkGenerator.generate(3, 2, 2, OutputWeights.NON_NEGATIVE);
        Kernel kernel = provider().kernel(network, Activations.parse("elu:alpha=0.5"));
        assertEquals(provider().name(), kernel.implementation());
        assertEquals(Activations.parse("elu:alpha=0.5"), kernel.activation());
        assertEquals(network, kernel.network());
    }
}
