package io.whyrelu.core.network;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.numeric.Rounding;

/**
 * A worst-case bound on |f̂(x) − f(x)| for a float kernel, derived from the arithmetic (see
 * docs/accuracy.md). With u = 2^-24 and γ_m = m·u/(1 − m·u):
 *
 * <pre>
 *   e_k   = γ_{n+1} · (Σ_i |w_ki·x_i| + |b_k|)          pre-activation error, any summation order
 *   L_k   = sup |s'| on (−∞, h_k + e_k]                  the activation's declared slope bound
 *   a_k   = U · ulp(|s(h_k)| + L_k·e_k)                  the implementation's activation error, U ULPs
 *   |f̂ − f| ≤ Σ_k |W_k|·(L_k·e_k + a_k) + γ_{K+1}·(Σ_k |W_k|·(|s(h_k)| + L_k·e_k + a_k) + |W0|) + ε_ref
 * </pre>
 *
 * where ε_ref bounds the double reference's own rounding. Valid for every evaluation order, with
 * or without FMA, and for reductions in any tree: it is what lets scalar and SIMD kernels, which
 * sum in different orders, be held to one standard.
 */
public final class KernelErrorBound {

    /** Pre-activations of one input and the magnitude Σ|terms| of each. */
    record HiddenLayer(int inputSize, double[] h, double[] magnitude) {}

    /**
     * A reference value, the bound on a float kernel's distance from it, and the part of that
     * bound that is the double reference's own rounding (what bounds the reference itself).
     */
    public record Reference(double value, double errorBound, double referenceError) {
        public boolean admits(float computed) {
            return Math.abs(computed - value) <= errorBound || Double.isNaN(value) && Float.isNaN(computed);
        }
    }

    private KernelErrorBound() {}

    static Reference of(HiddenLayer layer, Activation activation, float[] outW, float outputOffset, double activationUlps) {
        int n = layer.inputSize();
        int k = outW.length;
        double gammaDot = Rounding.gamma(n + 1L, Rounding.FLOAT_U);
        double gammaSum = Rounding.gamma(k + 1L, Rounding.FLOAT_U);
        double gammaDotRef = Rounding.gamma(n + 1L, Rounding.DOUBLE_U);
        double gammaSumRef = Rounding.gamma(k + 1L, Rounding.DOUBLE_U);

        double value = 0;
        double propagated = 0;
        double magnitude = Math.abs(outputOffset);
        double reference = 0;
        for (int j = 0; j < k; j++) {
            double s = activation.reference(layer.h()[j]);
            double absW = Math.abs(outW[j]);
            double e = gammaDot * layer.magnitude()[j];
            double slope = activation.slopeBound(layer.h()[j] + e);
            double sensitivity = slope * e;
            double activationError = activationUlps * Math.ulp((float) (Math.abs(s) + sensitivity));
            value += outW[j] * s;
            propagated += absW * (sensitivity + activationError);
            magnitude += absW * (Math.abs(s) + sensitivity + activationError);
            // The reference's h carries at most γ(n+1, double)·magnitude, and its activation a few double ulps.
            reference += absW * (slope * gammaDotRef * layer.magnitude()[j] + 4 * Rounding.DOUBLE_U * Math.abs(s));
        }
        value -= outputOffset;
        reference += gammaSumRef * magnitude;
        return new Reference(value, propagated + gammaSum * magnitude + reference, reference);
    }
}
