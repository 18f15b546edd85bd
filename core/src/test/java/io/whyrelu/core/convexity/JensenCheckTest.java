package io.whyrelu.core.convexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.network.NetworkGenerator.OutputWeights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JensenCheckTest {

    private static final JensenCheck.Setup SETUP = new JensenCheck.Setup(3, 10, 20);

    @ParameterizedTest
    @ValueSource(strings = {"relu", "leaky-relu", "softplus", "elu", "squared-relu", "exp"})
    void neverFlagsTheDoubleReferenceOfAConvexNetwork(String spec) {
        Activation a = Activations.parse(spec);
        for (int n : new int[] {1, 4, 32}) {
            var r = JensenCheck.run(a, n, 16, OutputWeights.NON_NEGATIVE, (net, ref) -> JensenCheck.Subject.reference(ref), SETUP, n);
            assertEquals(0, r.flaggedNetworks(), spec + " n=" + n + ": " + r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"relu", "softplus", "exp"})
    void flagsMixedSignNetworks(String spec) {
        var r = JensenCheck.run(Activations.parse(spec), 4, 16, OutputWeights.MIXED_SIGN,
                (net, ref) -> JensenCheck.Subject.reference(ref), SETUP, 5);
        assertTrue(r.flaggedNetworks() >= SETUP.networks() / 2, spec + ": " + r);
        assertTrue(r.maxGapOverTolerance() > 1e3, "a real violation is far beyond rounding: " + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sigmoid", "tanh"})
    void flagsNonConvexActivationsEvenWithNonNegativeWeights(String spec) {
        var r = JensenCheck.run(Activations.parse(spec), 1, 16, OutputWeights.NON_NEGATIVE,
                (net, ref) -> JensenCheck.Subject.reference(ref), SETUP, 6);
        assertTrue(r.flaggedNetworks() > 0, spec + ": " + r);
    }
}
