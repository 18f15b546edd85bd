package io.whyrelu.core.activation;

import java.util.Optional;

/** max(0, x). s'' = δ: the paper's answer to both requirements. */
public final class Relu extends Activation {

    Relu() {}

    @Override public ActivationKind kind() { return ActivationKind.RELU; }
    @Override public double[] parameterValues() { return new double[0]; }
    @Override public float apply(float x) { return Math.max(x, 0f); }
    @Override public double reference(double x) { return Math.max(x, 0); }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(true); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(true); }
    @Override public double slopeBound(double hi) { return 1; }
}
