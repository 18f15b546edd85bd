package io.whyrelu.core.numeric;

/**
 * Worst-case rounding-error constants of floating-point summation (Higham, "Accuracy and Stability
 * of Numerical Algorithms", §3.1): a sum or dot product of m terms, evaluated in any order, with or
 * without fused multiply-adds, has |computed − exact| ≤ γ_m · Σ|terms|, γ_m = m·u / (1 − m·u).
 */
public final class Rounding {

    /** Unit roundoff of float (binary32): 2^-24. */
    public static final double FLOAT_U = 0x1p-24;
    /** Unit roundoff of double (binary64): 2^-53. */
    public static final double DOUBLE_U = 0x1p-53;

    private Rounding() {}

    /** γ_m for unit roundoff u; +∞ when m·u ≥ 1 (no bound). */
    public static double gamma(long m, double u) {
        double mu = m * u;
        return mu >= 1 ? Double.POSITIVE_INFINITY : mu / (1 - mu);
    }
}
