package io.whyrelu.core.network;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.numeric.Rounding;

/**
 * A worst-case bound on |f̂(x) − f(x)| for a float kernel, derived from the arithmetic (see
 * docs/accuracy.md). With u = 2^-24 and γ_m = m·u/(1 − m·u):
 *
 * <pre>
 *   e_k   = γ_{n+1} · (Σ_i |w_ki·x_i| + |b_k|) + (n+1)·η     pre-activation error, any summation order
 *   L_k   = sup |s'| on (−∞, h_k + e_k]                        the activation's declared slope bound
 *   a_k   = U · ulp(|s(h_k)| + L_k·e_k)                        the implementation's activation error, U ULPs
 *   |f̂ − f| ≤ Σ_k |W_k|·(L_k·e_k + a_k) + γ_{K+1}·(Σ_k |W_k|·(|s(h_k)| + L_k·e_k + a_k) + |W0|) + (K+1)·η + ε_ref
 * </pre>
 *
 * where ε_ref bounds the double reference's own rounding and η = 2^-149, the smallest subnormal:
 * a product that underflows is off by up to half of it absolutely, whatever its relative error
 * (Higham's model with underflow, fl(a·b) = a·b·(1+δ) + η'), so the absolute terms keep the bound
 * true where the products w·x or W·s are subnormal. Valid for every evaluation order, with or
 * without FMA, and for reductions in any tree: it is what lets scalar and SIMD kernels, which sum
 * in different orders, be held to one standard.
 *
 * <p>Domain: no partial sum may overflow, in any order — every pre-activation's magnitude
 * Σ|w·x| + |b| and the output's Σ|W·s| + |W0| times (1 + γ) below Float.MAX_VALUE. Outside it a
 * float kernel may return ±∞ or NaN for a finite exact value, and no finite bound holds:
 * {@link Reference#inDomain()} is false and the bound is +∞ (no claim is made).
 */
public final class KernelErrorBound {

    /** Pre-activations of one input and the magnitude Σ|terms| of each. */
    record HiddenLayer(int inputSize, double[] h, double[] magnitude) {}

    /**
     * A reference value, the bound on a float kernel's distance from it, and the part of that
     * bound that is the double reference's own rounding (what bounds the reference itself).
     */
    public record Reference(double value, double errorBound, double referenceError, boolean inDomain) {
        /** Whether a computed value is within the bound; outside the domain every value is (the bound claims nothing). */
        public boolean admits(float computed) {
            return !inDomain || Math.abs(computed - value) <= errorBound || Double.isNaN(value) && Float.isNaN(computed);
        }
    }

    /** The absolute error of one float rounding in the subnormal range, at most: the smallest subnormal. */
    static final double ETA = Float.MIN_VALUE;

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
        boolean inDomain = true;
        for (int j = 0; j < k; j++) {
            double s = activation.reference(layer.h()[j]);
            double absW = Math.abs(outW[j]);
            inDomain &= layer.magnitude()[j] * (1 + gammaDot) < Float.MAX_VALUE;
            double e = gammaDot * layer.magnitude()[j] + (n + 1) * ETA;
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
        inDomain &= magnitude * (1 + gammaSum) < Float.MAX_VALUE;
        double bound = propagated + gammaSum * magnitude + (k + 1) * ETA + reference;
        return new Reference(value, inDomain ? bound : Double.POSITIVE_INFINITY, reference, inDomain);
    }
}
