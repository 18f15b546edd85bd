package io.whyrelu.kernels.simd.vector;

import io.whyrelu.core.activation.ActivationKind;

/**
 * The maximum ULP error each vector activation keeps against the double reference, over all
 * floats. Set from the exhaustive sweep (whyrelu accuracy --exhaustive) with headroom, enforced on
 * a dense sample by the accuracy tests, and listed in docs/accuracy.md.
 */
final class UlpBudgets {

    private UlpBudgets() {}

    static double of(ActivationKind kind) {
        return switch (kind) {
            case RELU, LEAKY_RELU, SQUARED_RELU -> 0.5;
            case GELU, GELU_TANH -> 1;
            case EXP, SELU, ELU -> 2;
            case TANH -> 3;
            case SIGMOID, SOFTPLUS, SILU, MISH -> 4;
        };
    }
}
