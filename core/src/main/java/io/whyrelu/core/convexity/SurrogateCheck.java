package io.whyrelu.core.convexity;

import static io.whyrelu.core.linalg.Vectors.dot;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.ActivationKind;
import io.whyrelu.core.activation.LeakyRelu;
import io.whyrelu.core.linalg.AffineProjection;
import io.whyrelu.core.optim.BoxMinimiser;
import io.whyrelu.core.optim.BoxObjective;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.UnitSphereSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * C5, why convexity matters: fit a surrogate f(x) = c0 + Σ_k W_k·s(w_k·x − b_k), W ≥ 0, of a
 * convex objective on the box [−1, 1]^n (random first layer, W by non-negative least squares),
 * then minimise f over the box from many starts with projected gradient descent (and gradient
 * sampling where kinks stall it, see {@link #minimise}). A convex
 * surrogate has one minimum value; how many distinct values the starts end at, and how far
 * apart, is the measurement. Minima are counted by value within a tolerance, not by end point:
 * local methods stall at ReLU kinks, at different points of the same minimum face. For ReLU (and
 * leaky-ReLU with α ≤ 1) the exact global minimum is a linear program, min c0 + Σ W_k·u_k with
 * u_k ≥ w_k·x − b_k, u_k ≥ 0 (solved by {@link ReluSurrogateLp}), and each run's gap to it is reported.
 *
 * <p>Objective: F(x) = ‖x − x*‖² + log Σ_i e^(x_i), x* uniform in [−½, ½]^n: smooth, strictly
 * convex, minimum inside the box.
 */
public final class SurrogateCheck {

    /**
     * @param unitScale |w| of every hidden unit; the offsets are uniform in [−unitScale, unitScale],
     *                  so that each unit's transition lies within the box along its direction at any
     *                  scale. Steeper units (12 rather than 2) make a non-convex activation's bumps
     *                  sharper than the objective's curvature, where they create extra minima.
     */
    public record Setup(int dimension, int units, int samples, int starts, double unitScale) {

        public static final double GENTLE = 2;
        public static final double STEEP = 12;

        public static Setup forDimension(int n) {
            return n <= 2 ? new Setup(n, 48, 400, 24, GENTLE) : new Setup(n, 96, 800, 24, GENTLE);
        }

        public Setup withUnitScale(double scale) {
            return new Setup(dimension, units, samples, starts, scale);
        }

        public Setup withStarts(int count) {
            return new Setup(dimension, units, samples, count, unitScale);
        }
    }

    /**
     * @param distinctMinima final values of the starts, clustered within 1e-6·max(1, |value|)
     * @param spread max − min of the final values
     * @param lpMinimum the exact global minimum (ReLU-type activations), NaN otherwise
     * @param maxGapToLp max over starts of (final value − lpMinimum)
     * @param fitRmsRelative RMS error of the surrogate on its samples, relative to the objective's range there
     * @param stalledRuns starts where gradient methods stopped at a point that was no local minimum
     *                    (ReLU-type only, where a trust-region LP can tell, and then continued)
     */
    public record Result(int dimension, int starts, int distinctMinima, double bestValue, double spread, double lpMinimum,
            double maxGapToLp, double fitRmsRelative, int stalledRuns) {
        public boolean uniqueMinimum() {
            return distinctMinima == 1;
        }
    }


    private SurrogateCheck() {}

    public static Result run(Activation activation, Setup setup, long seed) {
        int n = setup.dimension();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = rng.nextDouble() - 0.5;
        }
        UnitSphereSampler sphere = UnitSphereSampler.of(rng, n);
        double[][] w = new double[setup.units()][];
        double[] b = new double[setup.units()];
        for (int k = 0; k < setup.units(); k++) {
            double[] direction = sphere.sample();
            for (int i = 0; i < n; i++) {
                direction[i] *= setup.unitScale();
            }
            w[k] = direction;
            b[k] = setup.unitScale() * (2 * rng.nextDouble() - 1);
        }
        double[][] samples = new double[setup.samples()][];
        double[] y = new double[setup.samples()];
        for (int m = 0; m < samples.length; m++) {
            samples[m] = randomPoint(rng, n);
            y[m] = objective(samples[m], target);
        }
        Surrogate f = fit(activation, w, b, samples, y);
        boolean piecewiseLinear = ReluSurrogateLp.applies(activation);
        double[] finals = new double[setup.starts()];
        int stalled = 0;
        for (int s = 0; s < finals.length; s++) {
            double[] x = BoxMinimiser.minimise(f, randomPoint(rng, n), rng);
            if (piecewiseLinear) {
                double[] polished = polish(f, x, leakySlope(activation));
                stalled += f.value(polished) < f.value(x) - 1e-9 * Math.max(1, Math.abs(f.value(x))) ? 1 : 0;
                x = polished;
            }
            finals[s] = f.value(x);
        }
        double lp = Double.NaN;
        double maxGap = Double.NaN;
        if (piecewiseLinear) {
            lp = ReluSurrogateLp.minimum(f.intercept, f.outW, w, b, leakySlope(activation));
            maxGap = Arrays.stream(finals).max().orElse(Double.NaN) - lp;
        }
        double[] sorted = finals.clone();
        Arrays.sort(sorted);
        int distinct = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] - sorted[i - 1] > 1e-6 * Math.max(1, Math.abs(sorted[i]))) {
                distinct++;
            }
        }
        return new Result(n, finals.length, distinct, sorted[0], sorted[sorted.length - 1] - sorted[0], lp, maxGap,
                f.rmsRelative, stalled);
    }

    /**
     * Sequential linear programming in a trust region of radius 0.05 around x: exact for a
     * piecewise-linear f, so it tells whether x is a local minimum (no lower value nearby) and, if
     * not, moves to the lowest point of the region and looks again. A local method, which for a
     * convex f ends at the global minimum like any other that does not stall.
     */
    static double[] polish(Surrogate f, double[] x, double alpha) {
        double radius = 0.05;
        double[] current = x;
        double value = f.value(current);
        for (int step = 0; step < 200; step++) {
            double[] lo = new double[current.length];
            double[] hi = new double[current.length];
            for (int i = 0; i < current.length; i++) {
                lo[i] = Math.max(-1, current[i] - radius);
                hi[i] = Math.min(1, current[i] + radius);
            }
            ReluSurrogateLp.Solution s = ReluSurrogateLp.solve(f.intercept, f.outW, f.w, f.b, alpha, lo, hi);
            double candidate = f.value(s.x());
            if (!(candidate < value - 1e-12 * Math.max(1, Math.abs(value)))) {
                break;
            }
            current = s.x();
            value = candidate;
        }
        return current;
    }

    static double leakySlope(Activation activation) {
        return activation.kind() == ActivationKind.LEAKY_RELU ? ((LeakyRelu) activation).alpha() : 0;
    }

    static double objective(double[] x, double[] target) {
        double sq = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            sq += (x[i] - target[i]) * (x[i] - target[i]);
            max = Math.max(max, x[i]);
        }
        double sum = 0;
        for (double v : x) {
            sum += Math.exp(v - max);
        }
        return sq + max + Math.log(sum);
    }

    /** The fitted surrogate: c0 + Σ W_k·s(w_k·x − b_k). */
    static final class Surrogate implements BoxObjective {
        final Activation activation;
        final double[][] w;
        final double[] b;
        final double[] outW;
        final double intercept;
        double rmsRelative;

        Surrogate(Activation activation, double[][] w, double[] b, double[] outW, double intercept) {
            this.activation = activation;
            this.w = w;
            this.b = b;
            this.outW = outW;
            this.intercept = intercept;
        }

        @Override
        public double value(double[] x) {
            double v = intercept;
            for (int k = 0; k < outW.length; k++) {
                if (outW[k] != 0) {
                    v += outW[k] * activation.reference(dot(w[k], x) - b[k]);
                }
            }
            return v;
        }

        /** Σ W_k·s'(h_k)·w_k, s' by central differences of the reference (a subgradient at kinks). */
        @Override
        public double[] gradient(double[] x) {
            double[] g = new double[x.length];
            for (int k = 0; k < outW.length; k++) {
                if (outW[k] != 0) {
                    double h = dot(w[k], x) - b[k];
                    double eps = 1e-7 * Math.max(1, Math.abs(h));
                    double slope = (activation.reference(h + eps) - activation.reference(h - eps)) / (2 * eps);
                    for (int i = 0; i < x.length; i++) {
                        g[i] += outW[k] * slope * w[k][i];
                    }
                }
            }
            return g;
        }
    }

    static Surrogate fit(Activation activation, double[][] w, double[] b, double[][] samples, double[] y) {
        double[][] basis = new double[w.length][samples.length];
        double[] scale = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            double norm = 0;
            for (int m = 0; m < samples.length; m++) {
                basis[k][m] = activation.reference(dot(w[k], samples[m]) - b[k]);
                norm += basis[k][m] * basis[k][m];
            }
            norm = Math.sqrt(norm);
            scale[k] = norm > 0 && Double.isFinite(norm) ? 1 / norm : 1;
            for (int m = 0; m < samples.length; m++) {
                basis[k][m] *= scale[k];
            }
        }
        AffineProjection.Fit fit = AffineProjection.fit(new double[0][], basis, y);
        double[] outW = fit.coefficients();
        for (int k = 0; k < outW.length; k++) {
            outW[k] *= scale[k];
        }
        Surrogate f = new Surrogate(activation, w, b, outW, fit.affine()[0]);
        double sq = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < samples.length; m++) {
            double e = f.value(samples[m]) - y[m];
            sq += e * e;
            lo = Math.min(lo, y[m]);
            hi = Math.max(hi, y[m]);
        }
        f.rmsRelative = Math.sqrt(sq / samples.length) / Math.max(hi - lo, 1e-300);
        return f;
    }

    private static double[] randomPoint(UniformRandomProvider rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * rng.nextDouble() - 1;
        }
        return x;
    }
}
