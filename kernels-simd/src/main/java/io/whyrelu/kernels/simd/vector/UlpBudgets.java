package io.whyrelu.kernels.simd.vector;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.kernels.simd.spi.VectorForm;

/**
 * The maximum ULP error each vector activation keeps against the double reference, over all
 * floats. Set from the exhaustive sweep (whyrelu accuracy --exhaustive) with headroom, enforced on
 * a dense sample by the accuracy tests, and listed in docs/accuracy.md.
 */
final class UlpBudgets {

    private UlpBudgets() {}

    static double of(Activation activation) {
        return switch (activation.kind()) {
            case RELU, LEAKY_RELU, SQUARED_RELU -> 0.5;
            // Float lanes: a 1-ULP exp, h's rational (≤ 2.3 u) and three roundings: 4.65 exhaustively.
            case GELU -> 5;
            // As silu: a 1-ULP exp of a float-pair argument, then 1 + z and the division: 2.34 exhaustively (3.40 with x·z/(1 + z)).
            case GELU_TANH -> 4;
            case EXP, SELU, ELU -> 2;
            case TANH -> 3;
            case SIGMOID, SILU -> 4;
            // β ≠ 1 adds the residual correction and the division by β: 4.30 exhaustively at β = 0.7 (2.89 at β = 1).
            case SOFTPLUS -> activation.parameterValues()[0] == 1 ? 4 : 5;
            // Five roundings after a 1-ULP exp (x·e, the fma, the denominator, the division): 4.28 exhaustively.
            case MISH -> 5;
            // Stated by the plug-in: its vector form's, or, without one, its float form's (which the SIMD kernel then runs).
            case PLUGIN -> VectorPlugins.form((PluginActivation) activation).map(VectorForm::ulpBudget)
                    .orElse(((PluginActivation) activation).floatUlpBudget());
        };
    }
}
