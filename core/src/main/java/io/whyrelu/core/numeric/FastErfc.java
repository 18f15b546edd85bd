package io.whyrelu.core.numeric;

/**
 * erfc(z) for z ≥ 0 as {@code t·exp(-z² + P(t))}, {@code t = 1/(1 + z/2)}: the form of Numerical
 * Recipes' erfcc, one branch-free formula for all z ≥ 0 (so it vectorises), with our own degree-12
 * coefficients (tools/fit_erfc.py: least squares on Chebyshev nodes of t ∈ [0, 1]). Relative error
 * ≤ 5.9e-9 in exact arithmetic, about 0.1 float ULP, so float results computed through it in double
 * are limited by their final rounding. Relative, not absolute: the Gaussian tail stays accurate
 * down to where gelu underflows.
 *
 * <p>Java has no erf; the double-precision references use Commons Numbers' {@code Erfc} instead.
 */
public final class FastErfc {

    public static final double C0 = -1.2655121177480153;
    public static final double C1 = 0.9999980468827042;
    public static final double C2 = 0.3751098298580531;
    public static final double C3 = 0.0809193239816269;
    public static final double C4 = -0.05860064059987451;
    public static final double C5 = -0.325489886290913;
    public static final double C6 = 0.6665116693826267;
    public static final double C7 = -2.0110277200509685;
    public static final double C8 = 3.6426044387301726;
    public static final double C9 = -3.5058873314973638;
    public static final double C10 = 1.8539800141598832;
    public static final double C11 = -0.5073753082526877;
    public static final double C12 = 0.0547696775110635;

    private FastErfc() {}

    /** erfc(z) for z ≥ 0 (and +∞); NaN for NaN. */
    public static double erfc(double z) {
        double t = 1 / (1 + 0.5 * z);
        double p = C12;
        p = Math.fma(p, t, C11);
        p = Math.fma(p, t, C10);
        p = Math.fma(p, t, C9);
        p = Math.fma(p, t, C8);
        p = Math.fma(p, t, C7);
        p = Math.fma(p, t, C6);
        p = Math.fma(p, t, C5);
        p = Math.fma(p, t, C4);
        p = Math.fma(p, t, C3);
        p = Math.fma(p, t, C2);
        p = Math.fma(p, t, C1);
        p = Math.fma(p, t, C0);
        return t * Math.exp(p - z * z);
    }
}
