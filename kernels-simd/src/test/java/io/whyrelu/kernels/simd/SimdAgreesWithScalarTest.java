package io.whyrelu.kernels.simd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.core.network.Network;
import io.whyrelu.core.network.NetworkGenerator;
import io.whyrelu.core.network.NetworkGenerator.OutputWeights;
import io.whyrelu.core.network.ReferenceEvaluator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SIMD and scalar sum in different orders; they must still agree within the sum of their bounds. */
@EnabledWhereSimdRuns
class SimdAgreesWithScalarTest {

    static java.util.List<Activation> activations() {
        return Activations.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void agreeWithinTheirBounds(Activation activation) {
        var scalar = Kernels.get("scalar");
        var simd = Kernels.get("simd");
        for (int n : new int[] {1, 17, 256}) {
            for (int k : new int[] {3, 33, 256}) {
                Network network = NetworkGenerator.generate(n * 31L + k, n, k, OutputWeights.NON_NEGATIVE);
                Kernel a = scalar.kernel(network, activation);
                Kernel b = simd.kernel(network, activation);
                ReferenceEvaluator reference = new ReferenceEvaluator(network, activation);
                float[] xs = NetworkGenerator.inputs(n + k, 16, n);
                float[] outA = new float[16];
                float[] outB = new float[16];
                a.evaluateBatch(xs, 16, outA);
                b.evaluateBatch(xs, 16, outB);
                for (int r = 0; r < 16; r++) {
                    double tolerance = reference.evaluateWithBound(xs, r, scalar.ulpBudget(activation)).errorBound()
                            + reference.evaluateWithBound(xs, r, simd.ulpBudget(activation)).errorBound();
                    int row = r;
                    assertTrue(Math.abs(outA[r] - outB[r]) <= tolerance, () -> activation + " n=" + n + " K=" + k
                            + " row " + row + ": scalar " + outA[row] + ", simd " + outB[row] + ", tolerance " + tolerance);
                }
            }
        }
    }
}
