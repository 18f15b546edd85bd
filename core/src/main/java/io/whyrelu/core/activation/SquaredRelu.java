package io.whyrelu.core.activation;

import java.util.Optional;

/** relu(x)². Convex and smooth at 0, but s'' is a step (2 for x > 0), not a δ: no extreme point. */
public final class SquaredRelu extends Activation {

    SquaredRelu() {}

    @Override public ActivationKind kind() { return ActivationKind.SQUARED_RELU; }
    @Override public double[] parameterValues() { return new double[0]; }
    @Override public float apply(float x) {
        float r = Math.max(x, 0f);
        return r * r;
    }
    @Override public double reference(double x) {
        double r = Math.max(x, 0);
        return r * r;
    }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(true); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(true); }
    @Override public double slopeBound(double hi) { return 2 * Math.max(hi, 0); }
}
