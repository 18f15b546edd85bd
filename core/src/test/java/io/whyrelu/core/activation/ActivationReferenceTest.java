package io.whyrelu.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.numeric.FastErfc;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The references against independent values and the declared slope bounds against measured slopes. */
class ActivationReferenceTest {

    static java.util.List<Activation> activations() {
        return Activations.all();
    }

    @Test
    void referencesMatchIndependentValues() {
        // Values computed with mpmath at 40 digits.
        assertEquals(0.8413447460685429, Activations.parse("gelu").reference(1.0), 1e-15);
        assertEquals(-0.15865525393145705, Activations.parse("gelu").reference(-1.0), 1e-15);
        assertEquals(-7.619853024160526e-23, Activations.parse("gelu").reference(-10.0), 1e-36);
        assertEquals(0.8411919906082767, Activations.parse("gelu-tanh").reference(1.0), 1e-15);
        assertEquals(0.7310585786300049, Activations.parse("silu").reference(1.0), 1e-15);
        assertEquals(0.8650983882673103, Activations.parse("mish").reference(1.0), 1e-15);
        assertEquals(1.3132616875182228, Activations.parse("softplus").reference(1.0), 1e-15);
        assertEquals(2.0611536203143807e-9, Activations.parse("softplus").reference(-20.0), 1e-23);
        assertEquals(-1.1113307378125625, Activations.parse("selu").reference(-1.0), 1e-6);
        assertEquals(-0.0, Activations.parse("gelu").reference(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Activations.parse("mish").reference(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(Activations.parse("sigmoid").reference(Double.NaN)));
    }

    @Test
    void geluTanhReferenceIsAccurateInTheTail() {
        // ½x(1 + tanh(u)) = x·σ(2u); at x = −10 the tanh form alone would cancel to 0 in double.
        double x = -10;
        double u = 0.7978845608028654 * (x + 0.044715 * x * x * x);
        double expected = x * Math.exp(2 * u) / (1 + Math.exp(2 * u));
        assertEquals(expected, Activations.parse("gelu-tanh").reference(x), Math.abs(expected) * 1e-14);
    }

    @Test
    void fittedErfcIsWithinItsStatedRelativeError() {
        double worst = 0;
        for (int j = 0; j <= 200_000; j++) {
            double z = j * 1e-4;
            double exact = Erfc.value(z);
            if (exact > 0) {
                worst = Math.max(worst, Math.abs(FastErfc.erfc(z) - exact) / exact);
            }
        }
        assertTrue(worst < 8e-9, "max relative error " + worst);
    }

    /** The error bound relies on slopeBound(hi) ≥ |s'| on (−∞, hi]; measure s' by central differences. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void slopeBoundCoversMeasuredSlopes(Activation activation) {
        double h = 1e-6;
        for (double hi = -30; hi <= 30; hi += 2.5) {
            double bound = activation.slopeBound(hi);
            for (double t = -40; t + h <= hi; t += 1e-3) {
                double slope = Math.abs(activation.reference(t + h) - activation.reference(t - h)) / (2 * h);
                if (slope > bound * (1 + 1e-6) + 1e-9) {
                    throw new AssertionError(activation + ": |s'(" + t + ")| ≈ " + slope + " > slopeBound(" + hi + ") = " + bound);
                }
            }
        }
    }
}
