package io.whyrelu.core.activation;

import io.whyrelu.core.numeric.FastErfc;
import org.apache.commons.numbers.gamma.Erfc;
import java.util.Optional;

/**
 * x·Φ(x) = ½·x·erfc(−x/√2), the exact (erf) form of PyTorch's GELU. The reference uses Commons
 * Numbers' erfc; the float definition a fitted erfc ({@link FastErfc}) in double, with Φ written as
 * ½·erfc(|x|/√2) or 1 − ½·erfc(|x|/√2) so the tail for x &lt; 0 keeps its relative accuracy.
 * Neither convex (s'' &lt; 0 for x &lt; −√2) nor monotone (minimum ≈ −0.17 at x ≈ −0.75).
 */
public final class Gelu extends Activation {

    private static final double SQRT1_2 = 0.7071067811865476;

    Gelu() {}

    @Override public ActivationKind kind() { return ActivationKind.GELU; }
    @Override public double[] parameterValues() { return new double[0]; }

    @Override public float apply(float x) {
        double half = 0.5 * FastErfc.erfc(Math.abs(x) * SQRT1_2);
        double phi = StableMath.bySign(x, 1 - half, half);
        return (float) StableMath.timesVanishingGate(x, phi);
    }

    @Override public double reference(double x) {
        return StableMath.timesVanishingGate(x, 0.5 * Erfc.value(-x * SQRT1_2));
    }

    @Override public Optional<Boolean> declaredConvex() { return Optional.of(false); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(false); }
    /** max |Φ(x) + x·φ(x)| = Φ(√2) + √2·φ(√2) ≈ 1.1289. */
    @Override public double slopeBound(double hi) { return 1.13; }
}
