package io.whyrelu.core.activation;

import java.util.Optional;

/** e^x: convex, monotone, and s'' > 0 everywhere. */
public final class Exp extends Activation {

    Exp() {}

    @Override public ActivationKind kind() { return ActivationKind.EXP; }
    @Override public double[] parameterValues() { return new double[0]; }
    @Override public float apply(float x) { return (float) Math.exp(x); }
    @Override public double reference(double x) { return Math.exp(x); }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(true); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(true); }
    @Override public double slopeBound(double hi) { return Math.exp(hi); }
}
