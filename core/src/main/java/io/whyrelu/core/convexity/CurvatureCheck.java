package io.whyrelu.core.convexity;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.numeric.Rounding;

/**
 * C1: is the activation convex, and monotone, as measured? Second and first differences on a
 * uniform grid over [−8, 8], of the double reference or of one implementation's floats, compared
 * with a tolerance for the rounding of the values themselves. A difference below minus that
 * tolerance is a measured violation, not noise.
 *
 * <p>The step is 2⁻⁶ (1025 points, all exact floats): small enough to resolve every bend of the
 * catalogue, large enough that a non-convex region's second difference (|s''|·h² ≈ 2e-5 for
 * sigmoid) stands well above float rounding (a few ulp of s ≈ 1e-7).
 */
public final class CurvatureCheck {

    public static final double LO = -8;
    public static final double HI = 8;
    public static final double STEP = 0x1p-6;

    /**
     * @param minSecondDifference the most negative (or least positive) s(x+h) − 2s(x) + s(x−h)
     * @param minSecondDifferenceAt where it occurs
     * @param worstConvexityRatio min over the grid of second difference / tolerance (below −1: a violation)
     */
    public record Result(double minSecondDifference, double minSecondDifferenceAt, double worstConvexityRatio,
            double minFirstDifference, double minFirstDifferenceAt, double worstMonotonicityRatio, boolean convex,
            boolean monotone) {}

    private CurvatureCheck() {}

    public static int points() {
        return (int) Math.round((HI - LO) / STEP) + 1;
    }

    static double x(int j) {
        return LO + j * STEP;
    }

    /** The double reference: tolerance a few double ulps of the values. */
    public static Result ofReference(Activation activation) {
        double[] s = new double[points()];
        double[] err = new double[points()];
        for (int j = 0; j < s.length; j++) {
            s[j] = activation.reference(x(j));
            err[j] = 4 * Rounding.DOUBLE_U * Math.abs(s[j]);
        }
        return measure(s, err);
    }

    /** One implementation's floats: each value may be off by its ULP budget. */
    public static Result ofImplementation(ElementwiseActivation implementation, double ulpBudget) {
        int count = points();
        float[] in = new float[count];
        for (int j = 0; j < count; j++) {
            in[j] = (float) x(j);
        }
        float[] out = new float[count];
        implementation.apply(in, out, count);
        double[] s = new double[count];
        double[] err = new double[count];
        for (int j = 0; j < count; j++) {
            s[j] = out[j];
            err[j] = Math.max(ulpBudget, 0.5) * Math.ulp(out[j]);
        }
        return measure(s, err);
    }

    /** Second differences of sampled values ≥ −1e-9 of their scale: convex to double-precision noise. */
    static boolean nonNegativeSecondDifferences(double[] values) {
        double scale = 0;
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tolerance = 1e-9 * Math.max(1, scale);
        for (int i = 1; i + 1 < values.length; i++) {
            if (values[i + 1] - 2 * values[i] + values[i - 1] < -tolerance) {
                return false;
            }
        }
        return true;
    }

    private static Result measure(double[] s, double[] err) {
        double minD2 = Double.POSITIVE_INFINITY, minD2At = Double.NaN, worstD2 = Double.POSITIVE_INFINITY;
        double minD1 = Double.POSITIVE_INFINITY, minD1At = Double.NaN, worstD1 = Double.POSITIVE_INFINITY;
        for (int j = 1; j + 1 < s.length; j++) {
            double d2 = s[j + 1] - 2 * s[j] + s[j - 1];
            double tol2 = err[j + 1] + 2 * err[j] + err[j - 1] + Math.ulp(Math.abs(s[j + 1]) + 2 * Math.abs(s[j]) + Math.abs(s[j - 1]));
            if (d2 < minD2) {
                minD2 = d2;
                minD2At = x(j);
            }
            worstD2 = Math.min(worstD2, d2 / Math.max(tol2, Double.MIN_NORMAL));
        }
        for (int j = 0; j + 1 < s.length; j++) {
            double d1 = s[j + 1] - s[j];
            double tol1 = err[j + 1] + err[j] + Math.ulp(Math.abs(s[j + 1]) + Math.abs(s[j]));
            if (d1 < minD1) {
                minD1 = d1;
                minD1At = x(j);
            }
            worstD1 = Math.min(worstD1, d1 / Math.max(tol1, Double.MIN_NORMAL));
        }
        return new Result(minD2, minD2At, worstD2, minD1, minD1At, worstD1, worstD2 >= -1, worstD1 >= -1);
    }
}
