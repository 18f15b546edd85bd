package io.whyrelu.core.convexity;

/**
 * Convex functions on [−1, 1] to represent (C3): smooth ones, kinked ones, and one with
 * unbounded growth of curvature. max|f''| feeds the interpolation bound; it is NaN where f'' has
 * a δ (a kink), for which no such bound exists.
 */
public enum ConvexTarget {
    SQUARE("x^2", 2) {
        @Override public double value(double x) { return x * x; }
    },
    ABS("|x|", Double.NaN) {
        @Override public double value(double x) { return Math.abs(x); }
    },
    EXP("exp(x)", Math.E) {
        @Override public double value(double x) { return Math.exp(x); }
    },
    QUARTIC("x^4", 12) {
        @Override public double value(double x) { return x * x * x * x; }
    },
    /** Kinks at −5/12 and 6/13, deliberately off every knot grid t_j = −1 + 2j/K. */
    MAX_AFFINE("max(-0.5-x, 0.2x, 1.5x-0.6)", Double.NaN) {
        @Override public double value(double x) { return Math.max(-0.5 - x, Math.max(0.2 * x, 1.5 * x - 0.6)); }
    },
    /** Huber with δ = 0.5: quadratic inside, linear outside; f'' = 1 on |x| &lt; 0.5. */
    HUBER("huber(0.5)", 1) {
        @Override public double value(double x) {
            double a = Math.abs(x);
            return a <= 0.5 ? 0.5 * x * x : 0.5 * (a - 0.25);
        }
    },
    LOG_COSH("log cosh(x)", 1) {
        @Override public double value(double x) {
            double a = Math.abs(x);
            return a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
        }
    };

    private final String label;
    private final double maxSecondDerivative;

    ConvexTarget(String label, double maxSecondDerivative) {
        this.label = label;
        this.maxSecondDerivative = maxSecondDerivative;
    }

    public abstract double value(double x);

    public String label() {
        return label;
    }

    /** max |f''| on [−1, 1]; NaN when f has a kink. */
    public double maxSecondDerivative() {
        return maxSecondDerivative;
    }

    /**
     * The error of piecewise-linear interpolation with K equal segments of [−1, 1], which ReLU
     * sums represent exactly: (b − a)²·max|f''| / (8K²). NaN for kinked targets.
     */
    public double interpolationBound(int k) {
        return 4 * maxSecondDerivative / (8.0 * k * k);
    }
}
