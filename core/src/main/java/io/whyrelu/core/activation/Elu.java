package io.whyrelu.core.activation;

import java.util.Optional;

/**
 * x > 0 ? x : α·expm1(x). Convex iff 0 ≤ α ≤ 1: the slope jumps from α to 1 at 0 and α·e^x
 * has s'' = α·e^x. expm1 rather than exp − 1, which cancels near 0.
 */
public final class Elu extends Activation {

    private final double alpha;
    private final float alphaF;

    Elu(double alpha) {
        this.alpha = alpha;
        this.alphaF = (float) alpha;
    }

    public double alpha() { return alpha; }

    @Override public ActivationKind kind() { return ActivationKind.ELU; }
    @Override public double[] parameterValues() { return new double[] {alpha}; }
    @Override public float apply(float x) { return x > 0 ? x : (float) ((double) alphaF * Math.expm1(x)); }
    @Override public double reference(double x) { return x > 0 ? x : (double) alphaF * Math.expm1(x); }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(alpha >= 0 && alpha <= 1); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(alpha >= 0); }
    @Override public double slopeBound(double hi) { return Math.max(1, Math.abs(alphaF)); }
}
