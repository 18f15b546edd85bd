package io.whyrelu.core.convexity;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.linalg.AffineProjection;
import java.util.ArrayList;
import java.util.List;

/**
 * C3, the paper's second requirement measured: how well is a convex target on [−1, 1] represented
 * by b0 + b1·x + Σ_j c_j·s(a·(x − t_j)) with c_j ≥ 0? Knots t_j = −1 + 2j/K (j = 1..K−1: K
 * segments), a = K (one unit of the activation's own scale per half segment), fitted by
 * non-negative least squares on a grid of 8 points per segment at the largest K; errors on a
 * grid four times finer.
 */
public final class RepresentabilityCheck {

    public static final int[] SEGMENTS = {2, 4, 8, 16, 32, 64};
    static final int FIT_POINTS = 513;
    static final int CHECK_POINTS = 2049;

    /** One fit. convexFit: the fitted function's second differences on the check grid are ≥ −tolerance. */
    public record Fit(int segments, double maxError, double rmsError, boolean convexFit, double interpolationBound) {}

    /**
     * @param rate the least-squares slope of log(max error) against log(K): −2 for a smooth target
     *             and ReLU, −1 for a kink between knots
     */
    public record TargetResult(ConvexTarget target, String label, List<Fit> fits, double rate) {
        /** The smallest max error reached with a convex fit, and at which K (0 if none). */
        public Fit bestConvex() {
            return fits.stream().filter(Fit::convexFit).min(java.util.Comparator.comparingDouble(Fit::maxError)).orElse(null);
        }
    }

    private RepresentabilityCheck() {}

    public static List<TargetResult> run(Activation activation) {
        List<TargetResult> results = new ArrayList<>();
        for (ConvexTarget target : ConvexTarget.values()) {
            results.add(run(activation, target));
        }
        return results;
    }

    public static TargetResult run(Activation activation, ConvexTarget target) {
        List<Fit> fits = new ArrayList<>();
        for (int k : SEGMENTS) {
            fits.add(fit(activation, target, k));
        }
        return new TargetResult(target, target.label(), fits, rate(fits));
    }

    public static Fit fit(Activation activation, ConvexTarget target, int k) {
        double[] x = grid(FIT_POINTS);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = target.value(x[i]);
        }
        double[][] basis = new double[k - 1][];
        double[] scale = new double[k - 1];
        for (int j = 1; j < k; j++) {
            double[] col = column(activation, k, j, x);
            // Unit columns: exp(K(x − t)) spans e^±128 at K = 64; scaling keeps c ≥ 0 and conditions NNLS.
            double norm = Math.sqrt(java.util.Arrays.stream(col).map(v -> v * v).sum());
            scale[j - 1] = norm > 0 && Double.isFinite(norm) ? 1 / norm : 1;
            for (int i = 0; i < col.length; i++) {
                col[i] *= scale[j - 1];
            }
            basis[j - 1] = col;
        }
        AffineProjection.Fit fit = AffineProjection.fit(new double[][] {x}, basis, y);
        double[] c = fit.coefficients();
        for (int j = 0; j < c.length; j++) {
            c[j] *= scale[j];
        }
        double[] xc = grid(CHECK_POINTS);
        double[] values = new double[xc.length];
        double maxError = 0;
        double sumSq = 0;
        for (int i = 0; i < xc.length; i++) {
            double v = fit.affine()[0] + fit.affine()[1] * xc[i];
            for (int j = 1; j < k; j++) {
                if (c[j - 1] != 0) {
                    v += c[j - 1] * activation.reference(k * (xc[i] - knot(k, j)));
                }
            }
            values[i] = v;
            double e = Math.abs(v - target.value(xc[i]));
            maxError = Math.max(maxError, e);
            sumSq += e * e;
        }
        return new Fit(k, maxError, Math.sqrt(sumSq / xc.length), CurvatureCheck.nonNegativeSecondDifferences(values), target.interpolationBound(k));
    }

    static double knot(int k, int j) {
        return -1 + 2.0 * j / k;
    }

    private static double[] column(Activation activation, int k, int j, double[] x) {
        double[] col = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            col[i] = activation.reference(k * (x[i] - knot(k, j)));
        }
        return col;
    }

    static double[] grid(int points) {
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = -1 + 2.0 * i / (points - 1);
        }
        return x;
    }

    /** Slope of log(max error) against log(K), over the fits whose error is not already at rounding level. */
    static double rate(List<Fit> fits) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int m = 0;
        for (Fit f : fits) {
            if (f.maxError() > 1e-12) {
                double lx = Math.log(f.segments());
                double ly = Math.log(f.maxError());
                sx += lx;
                sy += ly;
                sxx += lx * lx;
                sxy += lx * ly;
                m++;
            }
        }
        return m < 2 ? Double.NaN : (m * sxy - sx * sy) / (m * sxx - sx * sx);
    }
}
