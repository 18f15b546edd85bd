package io.whyrelu.core.activation;

import java.util.Optional;

/** λ·elu(x, α) with PyTorch's λ and α. The slope falls from λα ≈ 1.76 to λ ≈ 1.05 at 0: not convex. */
public final class Selu extends Activation {

    /** PyTorch's constants (torch.nn.SELU), rounded to float as every implementation uses them. */
    public static final float LAMBDA = 1.0507009873554804934193349852946f;
    public static final float ALPHA = 1.6732632423543772848170429916717f;
    /** λ·α, rounded once: the scale of the negative branch. */
    public static final float LAMBDA_ALPHA = (float) ((double) LAMBDA * ALPHA);

    Selu() {}

    @Override public ActivationKind kind() { return ActivationKind.SELU; }
    @Override public double[] parameterValues() { return new double[0]; }
    @Override public float apply(float x) { return (float) reference(x); }
    @Override public double reference(double x) { return x > 0 ? (double) LAMBDA * x : (double) LAMBDA_ALPHA * Math.expm1(x); }
    @Override public Optional<Boolean> declaredConvex() { return Optional.of(false); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(true); }
    @Override public double slopeBound(double hi) { return LAMBDA_ALPHA; }
}
