package io.whyrelu.core.activation;

import java.util.Optional;

/**
 * x ≥ 0 ? x : α·x (PyTorch's form; equals max(x, αx) for 0 ≤ α ≤ 1). For 0 ≤ α ≤ 1 it is
 * αx + (1−α)·relu(x): affine plus a ReLU, so it meets both requirements. α > 1 makes the slope
 * fall at 0, hence concave; α < 0 keeps it convex but not monotone.
 */
public final class LeakyRelu extends Activation {

    private final double alpha;
    private final float alphaF;

    LeakyRelu(double alpha) {
        this.alpha = alpha;
        this.alphaF = (float) alpha;
    }

    public double alpha() { return alpha; }

    @Override public ActivationKind kind() { return ActivationKind.LEAKY_RELU; }
    @Override public double[] parameterValues() { return new double[] {alpha}; }
    @Override public float apply(float x) { return x >= 0 ? x : alphaF * x; }
    // The reference uses the float-rounded α: implementations can only use α as a float, and the
    // accuracy measured should be the arithmetic's, not the parameter's rounding.
    @Override public double reference(double x) { return x >= 0 ? x : (double) alphaF * x; }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(alpha <= 1); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(alpha >= 0); }
    @Override public double slopeBound(double hi) { return Math.max(1, Math.abs(alphaF)); }
}
