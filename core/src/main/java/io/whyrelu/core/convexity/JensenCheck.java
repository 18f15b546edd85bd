package io.whyrelu.core.convexity;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.network.Network;
import io.whyrelu.core.network.NetworkGenerator;
import io.whyrelu.core.network.ReferenceEvaluator;
import io.whyrelu.core.numeric.Rounding;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * C2: does a network stay convex when evaluated — in double, and in float by each kernel? The
 * Jensen chord test: for endpoints a, b in a box and λ ∈ (0, 1), a convex f has
 * f(λa + (1−λ)b) − λf(a) − (1−λ)f(b) ≤ 0. Evaluated, the gap may exceed 0 by rounding alone, so
 * a chord is a violation only when the gap exceeds a tolerance derived from the arithmetic: the
 * error bounds of the three evaluations ({@link io.whyrelu.core.network.KernelErrorBound}), plus the change of f caused
 * by rounding the chord point x̃ = fl(λa + (1−λ)b) itself, bounded through the activation's slope.
 * What a zero tolerance would have flagged is counted too, to show why the tolerance matters.
 */
public final class JensenCheck {

    /** What is evaluated: the double reference, or a float kernel with its ULP budget. */
    public interface Subject {
        double evaluate(float[] x);

        /** The bound on |evaluate(x) − f(x)|. */
        double errorBound(ReferenceEvaluator reference, float[] x);

        /** The double reference itself: bounded by its own rounding. */
        static Subject reference(ReferenceEvaluator reference) {
            return new Subject() {
                @Override
                public double evaluate(float[] x) {
                    return reference.evaluate(x);
                }

                @Override
                public double errorBound(ReferenceEvaluator ref, float[] x) {
                    return ref.evaluateWithBound(x, 0).referenceError();
                }
            };
        }

        /** A float kernel whose activation keeps {@code ulps} ULPs. */
        static Subject kernel(io.whyrelu.core.kernel.Kernel kernel, double ulps) {
            return new Subject() {
                @Override
                public double evaluate(float[] x) {
                    return kernel.evaluate(x);
                }

                @Override
                public double errorBound(ReferenceEvaluator ref, float[] x) {
                    return ref.evaluateWithBound(x, ulps).errorBound();
                }
            };
        }
    }

    /**
     * Box half-width, networks and chords per network. WIDE spreads the pre-activations (sd ≈ 6.9
     * instead of 1.8 with the generator's w ~ N(0, 1/n)) over the non-convex regions that DEFAULT
     * rarely reaches.
     */
    public record Setup(double box, int networks, int chordsPerNetwork, boolean targeted) {
        public static final Setup DEFAULT = new Setup(3, 12, 20, false);
        public static final Setup WIDE = new Setup(12, 12, 20, false);
        /**
         * Chords aimed at the non-convex region: each along one random unit's weight vector, centred
         * where that unit's pre-activation is non-convex, short enough (±0.5 in that pre-activation)
         * that the other units stay nearly linear along it. Random long chords cross mostly convex
         * ground, where one bump's gap falls below the float tolerance.
         */
        public static final Setup TARGETED = new Setup(3, 12, 20, true);

        public Setup(double box, int networks, int chordsPerNetwork) {
            this(box, networks, chordsPerNetwork, false);
        }
    }

    /**
     * @param flaggedNetworks networks with at least one chord whose gap exceeds the tolerance
     * @param maxGapOverTolerance the largest gap/tolerance over all chords (> 1: a violation)
     * @param flaggedAtZeroTolerance networks a strict gap &gt; 0 test would have flagged
     * @param nonConvexCoverage the share of the chords' pre-activations (every unit at every chord
     *                          point) that fell where the activation is non-convex ({@link NonConvexRegion});
     *                          0 for a convex activation
     * @param flagged flaggedNetworks of networks, with its Wilson interval
     */
    public record Result(int networks, int flaggedNetworks, double maxGapOverTolerance, int flaggedAtZeroTolerance, double maxGap,
            double nonConvexCoverage, Proportion flagged) {
        public double flaggedFraction() {
            return networks == 0 ? 0 : (double) flaggedNetworks / networks;
        }
    }

    /** Builds the subject for one network; called once per generated network. */
    @FunctionalInterface
    public interface SubjectFactory {
        Subject create(Network network, ReferenceEvaluator reference);
    }

    private JensenCheck() {}

    public static Result run(Activation activation, int n, int k, NetworkGenerator.OutputWeights sign, SubjectFactory factory,
            Setup setup, long seed) {
        return run(activation, NonConvexRegion.of(activation), n, k, sign, factory, setup, seed);
    }

    /** As above, with the activation's non-convex region computed once by the caller for all its setups. */
    public static Result run(Activation activation, NonConvexRegion region, int n, int k, NetworkGenerator.OutputWeights sign,
            SubjectFactory factory, Setup setup, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        long preActivations = 0;
        long inRegion = 0;
        int flagged = 0;
        int flaggedZero = 0;
        double maxRatio = Double.NEGATIVE_INFINITY;
        double maxGap = Double.NEGATIVE_INFINITY;
        for (int net = 0; net < setup.networks(); net++) {
            Network network = NetworkGenerator.generate(rng.nextLong(), n, k, sign);
            ReferenceEvaluator reference = new ReferenceEvaluator(network, activation);
            Subject subject = factory.create(network, reference);
            float[] w = network.weights();
            float[] outW = network.outputWeights();
            float[] b = network.biases();
            boolean violated = false;
            boolean violatedAtZero = false;
            for (int c = 0; c < setup.chordsPerNetwork(); c++) {
                float[][] ends = setup.targeted() && !region.isEmpty() ? targeted(rng, region, w, b, n, k, setup.box())
                        : new float[][] {point(rng, n, setup.box()), point(rng, n, setup.box())};
                float[] xa = ends[0];
                float[] xb = ends[1];
                float lambda = (1 + rng.nextInt(63)) / 64f;
                float mu = 1 - lambda;
                float[] xm = new float[n];
                double[] delta = new double[n];
                for (int i = 0; i < n; i++) {
                    xm[i] = lambda * xa[i] + mu * xb[i];
                    delta[i] = Rounding.gamma(3, Rounding.FLOAT_U) * (Math.abs(lambda * xa[i]) + Math.abs(mu * xb[i]));
                }
                if (!region.isEmpty()) {
                    for (float[] x : new float[][] {xa, xb, xm}) {
                        for (int u = 0; u < k; u++) {
                            double h = -b[u];
                            for (int i = 0; i < n; i++) {
                                h += (double) w[u * n + i] * x[i];
                            }
                            inRegion += region.contains(h) ? 1 : 0;
                        }
                        preActivations += k;
                    }
                }
                double fa = subject.evaluate(xa);
                double fb = subject.evaluate(xb);
                double fm = subject.evaluate(xm);
                double gap = fm - lambda * fa - mu * fb;
                double tolerance = subject.errorBound(reference, xm) + lambda * subject.errorBound(reference, xa)
                        + mu * subject.errorBound(reference, xb)
                        + chordPointRounding(activation, w, b, outW, n, xm, delta)
                        + 4 * Rounding.DOUBLE_U * (Math.abs(fm) + lambda * Math.abs(fa) + mu * Math.abs(fb));
                maxGap = Math.max(maxGap, gap);
                maxRatio = Math.max(maxRatio, gap / tolerance);
                violated |= gap > tolerance;
                violatedAtZero |= gap > 0;
            }
            flagged += violated ? 1 : 0;
            flaggedZero += violatedAtZero ? 1 : 0;
        }
        return new Result(setup.networks(), flagged, maxRatio, flaggedZero, maxGap,
                preActivations == 0 ? 0 : (double) inRegion / preActivations, Proportion.of(flagged, setup.networks()));
    }

    /** |f(x̃) − f(x)| ≤ Σ_k |W_k|·L_k·Σ_i |w_ki|·δ_i for the rounded chord point x̃ and δ_i ≥ |x̃_i − x_i|. */
    static double chordPointRounding(Activation activation, float[] w, float[] b, float[] outW, int n, float[] xm, double[] delta) {
        double total = 0;
        for (int k = 0; k < outW.length; k++) {
            double h = -b[k];
            double shift = 0;
            for (int i = 0; i < n; i++) {
                h += (double) w[k * n + i] * xm[i];
                shift += Math.abs(w[k * n + i]) * delta[i];
            }
            total += Math.abs(outW[k]) * activation.slopeBound(h + shift) * shift;
        }
        return total;
    }

    /**
     * A chord along unit u's weight vector through a point where u's pre-activation h* is
     * non-convex, spanning h* ± 0.5; falls back to a random chord when no such h* is found in [−8, 8].
     */
    private static float[][] targeted(UniformRandomProvider rng, NonConvexRegion region, float[] w, float[] b, int n, int k, double box) {
        int u = rng.nextInt(k);
        double norm2 = 0;
        for (int i = 0; i < n; i++) {
            norm2 += (double) w[u * n + i] * w[u * n + i];
        }
        double target = Double.NaN;
        for (int attempt = 0; attempt < 200 && Double.isNaN(target); attempt++) {
            double h = 16 * rng.nextDouble() - 8;
            target = region.contains(h) ? h : Double.NaN;
        }
        float[] centre = point(rng, n, box);
        if (Double.isNaN(target) || !(norm2 > 0)) {
            return new float[][] {centre, point(rng, n, box)};
        }
        double h = -b[u];
        for (int i = 0; i < n; i++) {
            h += (double) w[u * n + i] * centre[i];
        }
        float[] xa = new float[n];
        float[] xb = new float[n];
        for (int i = 0; i < n; i++) {
            double along = w[u * n + i] / norm2; // moving x by along·t moves u's pre-activation by t
            double c = centre[i] + (target - h) * along;
            xa[i] = (float) (c - 0.5 * along);
            xb[i] = (float) (c + 0.5 * along);
        }
        return new float[][] {xa, xb};
    }

    private static float[] point(UniformRandomProvider rng, int n, double box) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (box * (2 * rng.nextDouble() - 1));
        }
        return x;
    }
}
