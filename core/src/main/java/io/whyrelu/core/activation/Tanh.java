package io.whyrelu.core.activation;

/** tanh(x). Monotone, convex only for x < 0. */
public final class Tanh extends Activation {

    Tanh() {}

    @Override public ActivationKind kind() { return ActivationKind.TANH; }
    @Override public double[] parameterValues() { return new double[0]; }
    @Override public float apply(float x) { return (float) Math.tanh(x); }
    @Override public double reference(double x) { return Math.tanh(x); }
    @Override public boolean declaredConvex() { return false; }
    @Override public boolean declaredMonotone() { return true; }
    @Override public double slopeBound(double hi) { return 1; }
}
