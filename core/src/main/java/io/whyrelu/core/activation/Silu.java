package io.whyrelu.core.activation;

import java.util.Optional;

/** x·σ(x) (a.k.a. swish). Neither convex nor monotone (minimum ≈ −0.28 at x ≈ −1.28). */
public final class Silu extends Activation {

    Silu() {}

    @Override public ActivationKind kind() { return ActivationKind.SILU; }
    @Override public double[] parameterValues() { return new double[0]; }
    @Override public float apply(float x) { return (float) reference(x); }
    @Override public double reference(double x) { return StableMath.timesVanishingGate(x, StableMath.sigmoid(x)); }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(false); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(false); }
    /** max s' = σ(x)(1 + x(1 − σ(x))) ≈ 1.0998 at x ≈ 2.4. */
    @Override public double slopeBound(double hi) { return 1.1; }
}
