package io.whyrelu.core.activation;

import java.util.Optional;

/** 1/(1+e^-x), evaluated at -|x| and reflected. Monotone, convex only for x < 0. */
public final class Sigmoid extends Activation {

    Sigmoid() {}

    @Override public ActivationKind kind() { return ActivationKind.SIGMOID; }
    @Override public double[] parameterValues() { return new double[0]; }
    @Override public float apply(float x) { return (float) StableMath.sigmoid(x); }
    @Override public double reference(double x) { return StableMath.sigmoid(x); }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(false); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(true); }
    @Override public double slopeBound(double hi) { return 0.25; }
}
