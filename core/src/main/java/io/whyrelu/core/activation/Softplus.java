package io.whyrelu.core.activation;

import java.util.Optional;

/**
 * (1/β)·log(1 + e^(βx)) in the stable form (max(βx,0) + log1p(e^-|βx|))/β. PyTorch switches to
 * the identity above βx = 20 (its threshold); the difference there is below 2e-9 and invisible in
 * float, while the threshold would put a jump into the double reference, so it is left out.
 */
public final class Softplus extends Activation {

    private final double beta;
    /** β as implementations use it; the reference uses it too, as for leaky-relu's α. */
    private final float betaF;

    Softplus(double beta) {
        this.beta = beta;
        this.betaF = (float) beta;
    }

    public double beta() { return beta; }

    @Override public ActivationKind kind() { return ActivationKind.SOFTPLUS; }
    @Override public double[] parameterValues() { return new double[] {beta}; }
    @Override public float apply(float x) { return (float) reference(x); }
    @Override public double reference(double x) { return StableMath.softplus((double) betaF * x) / betaF; }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(true); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(true); }
    @Override public double slopeBound(double hi) { return 1; }
}
