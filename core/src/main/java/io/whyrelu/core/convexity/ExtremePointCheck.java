package io.whyrelu.core.convexity;

import io.whyrelu.core.activation.Activation;

/**
 * C4, the paper's second explanation: the extreme points of the convex functions are, up to
 * affine terms, the ReLUs. A convex s whose curvature s'' sits at two or more points is not
 * extreme: split its curvature at a point c into the part left and the part right of c,
 *
 * <pre>
 *   s_L(x) = s(x) for x ≤ c,  s(c) + s'₋(c)·(x − c) for x &gt; c      (tangent continuation)
 *   s_R(x) = s(x) − s_L(x)                                           (0 left of c)
 * </pre>
 *
 * both convex, and s = ½(s1 + s2) with s1 = 2·s_L ≠ s2 = 2·s_R. This check builds that split from
 * the double reference, with c where half of the measured curvature on [−8, 8] lies on each side,
 * and verifies all three claims on the grid. When all curvature sits at one point (ReLU,
 * leaky-ReLU) one of the two parts has none: it is affine, and the other is affine plus a ReLU.
 */
public final class ExtremePointCheck {

    /**
     * @param applicable false for activations that are not convex (measured)
     * @param curvatureAtSeveralPoints s'' is non-zero at two or more points of the grid
     * @param maxDistance max |s1 − s2|: how different the two convex parts are
     * @param reconstructionError max |½(s1 + s2) − s|
     */
    public record Result(boolean applicable, boolean curvatureAtSeveralPoints, double splitPoint, double leftCurvature,
            double rightCurvature, boolean s1Convex, boolean s2Convex, double maxDistance, double reconstructionError,
            boolean nontrivialSplit, String explanation) {}

    private ExtremePointCheck() {}

    public static Result run(Activation activation) {
        if (!CurvatureCheck.ofReference(activation).convex()) {
            return new Result(false, false, Double.NaN, 0, 0, false, false, 0, 0, false,
                    "not convex: outside the domain of convex activations the argument is about");
        }
        int points = CurvatureCheck.points();
        double[] s = new double[points];
        for (int j = 0; j < points; j++) {
            s[j] = activation.reference(CurvatureCheck.x(j));
        }
        double[] mass = new double[points];
        double total = 0;
        double largest = 0;
        for (int j = 1; j + 1 < points; j++) {
            mass[j] = Math.max(0, s[j + 1] - 2 * s[j] + s[j - 1]);
            total += mass[j];
            largest = Math.max(largest, mass[j]);
        }
        boolean several = total > 0 && largest < (1 - 1e-9) * total;
        // c: the grid point with half the curvature on each side (as near as the grid allows).
        int split = 1;
        double cumulative = 0;
        for (int j = 1; j + 1 < points; j++) {
            if (cumulative + mass[j] >= total / 2) {
                split = cumulative > 0 || j + 2 >= points ? j : j + 1;
                break;
            }
            cumulative += mass[j];
        }
        double c = CurvatureCheck.x(split);
        double eps = 1e-6;
        double leftSlope = (activation.reference(c) - activation.reference(c - eps)) / eps;
        double[] s1 = new double[points];
        double[] s2 = new double[points];
        double distance = 0;
        double reconstruction = 0;
        for (int j = 0; j < points; j++) {
            double x = CurvatureCheck.x(j);
            double left = x <= c ? s[j] : activation.reference(c) + leftSlope * (x - c);
            s1[j] = 2 * left;
            s2[j] = 2 * (s[j] - left);
            distance = Math.max(distance, Math.abs(s1[j] - s2[j]));
            reconstruction = Math.max(reconstruction, Math.abs(0.5 * (s1[j] + s2[j]) - s[j]));
        }
        double leftMass = curvature(s1) / 2;
        double rightMass = curvature(s2) / 2;
        boolean nontrivial = leftMass > 1e-9 * total && rightMass > 1e-9 * total;
        String explanation = several
                ? String.format(java.util.Locale.ROOT, "s = ½(s1 + s2) with s1 = 2·s_L, s2 = 2·s_R split at c = %.4f: both convex, "
                        + "max|s1 − s2| = %.3g; s is not an extreme point", c, distance)
                : "all curvature sits at one point (s'' = c·δ): any split leaves one part affine and the other affine + c·ReLU, "
                        + "so s is extreme up to affine terms";
        return new Result(true, several, c, leftMass, rightMass, CurvatureCheck.nonNegativeSecondDifferences(s1), CurvatureCheck.nonNegativeSecondDifferences(s2), distance, reconstruction,
                nontrivial, explanation);
    }

    private static double curvature(double[] v) {
        double total = 0;
        for (int j = 1; j + 1 < v.length; j++) {
            total += Math.max(0, v[j + 1] - 2 * v[j] + v[j - 1]);
        }
        return total;
    }
}
