package io.whyrelu.core.activation;

import java.util.Optional;

/** tanh(x). Monotone, convex only for x < 0. */
public final class Tanh extends Activation {

    Tanh() {}

    @Override public ActivationKind kind() { return ActivationKind.TANH; }
    @Override public double[] parameterValues() { return new double[0]; }
    @Override public float apply(float x) { return (float) Math.tanh(x); }
    // StrictMath: the reference must give the same bits on every JDK; JDK 24+ compiles Math.tanh to an intrinsic
    // whose last bits differ from JDK 17's, and that flipped a C5 verdict between the two.
    @Override public double reference(double x) { return StrictMath.tanh(x); }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(false); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(true); }
    @Override public double slopeBound(double hi) { return 1; }
}
