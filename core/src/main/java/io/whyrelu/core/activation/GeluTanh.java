package io.whyrelu.core.activation;

import java.util.Optional;

/**
 * PyTorch's tanh approximation of GELU, ½x(1 + tanh(u)), u = √(2/π)(x + 0.044715x³). Measured
 * against its own reference, not against erf. Since 1 + tanh(u) = 2σ(2u), the float definition is
 * x·σ(2u), which does not cancel for x ≪ 0 as the tanh form does; the reference uses the tanh form
 * where it is accurate in double (u > −5) and the σ form beyond, so the two are computed differently.
 */
public final class GeluTanh extends Activation {

    private static final double SQRT_2_OVER_PI = 0.7978845608028654;
    private static final double CUBIC = 0.044715;

    GeluTanh() {}

    static double u(double x) {
        return SQRT_2_OVER_PI * (x + CUBIC * x * x * x);
    }

    @Override public ActivationKind kind() { return ActivationKind.GELU_TANH; }
    @Override public double[] parameterValues() { return new double[0]; }

    @Override public float apply(float x) {
        return (float) StableMath.timesVanishingGate(x, StableMath.sigmoid(2 * u(x)));
    }

    @Override public double reference(double x) {
        double u = u(x);
        double gate = u > -5 ? 0.5 * (1 + StrictMath.tanh(u)) : StableMath.sigmoid(2 * u); // StrictMath: see Tanh
        return StableMath.timesVanishingGate(x, gate);
    }

    @Override public Optional<Boolean> declaredConvex() { return Optional.of(false); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(false); }
    @Override public double slopeBound(double hi) { return 1.13; }
}
