package io.whyrelu.reports.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's t-test of the difference of two {@link LogSide} means, with each side's fork-to-fork
 * variance moderated by a prior (Smyth's moderated t, as limma does for a few replicates): the
 * variance used is a weighted mean of the prior and what the forks show,
 * (d₀·s₀² + (F−1)·s²)/(d₀ + F − 1), on d₀ + F − 1 degrees of freedom. The prior s₀² is the
 * assumed fork-to-fork noise σ_f² plus the iteration noise the side shows.
 *
 * <p>Why: with one fork a side the forks' variance is not seen at all, and with two its estimate
 * (one degree of freedom) is as often 10× too small as 10× too large, so a plain test on fork means
 * either cannot decide (two a side reach no p &lt; 0.05) or, taking the iterations as samples, calls
 * a fork that landed in another JIT mode a regression. The prior decides what the data cannot,
 * says so, and its weight fades as forks are added. A 33× change is far beyond any σ_f and is
 * decided from one fork of three iterations a side.
 */
public final class ModeratedWelch {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /**
     * @param forkNoise relative fork-to-fork standard deviation assumed a priori (0.03 for 3%)
     * @param priorDf   the prior's weight in forks' worth of degrees of freedom
     */
    public record Prior(double forkNoise, double priorDf) {
        public Prior {
            if (!(forkNoise >= 0) || !(priorDf > 0)) {
                throw new IllegalArgumentException("fork noise must be ≥ 0 and prior df > 0");
            }
        }
    }

    /**
     * @param difference  current mean − baseline mean, logs (log of the ratio of geometric means)
     * @param standardError of the difference
     * @param df          Welch–Satterthwaite degrees of freedom
     * @param pValue      two-sided
     * @param ratioLow    the confidence interval of the ratio current/baseline, low end
     * @param forkVariance the moderated variance of one fork's log mean, averaged over the sides
     * @param forksSeen   whether every side had two forks or more, so the data weighed in
     */
    public record Result(double difference, double standardError, double df, double pValue, double ratioLow, double ratioHigh,
            double forkVariance, boolean forksSeen) {

        /**
         * Forks a side that would detect a change of {@code |logChange|} with probability
         * {@code power} at two-sided level {@code alpha}, at this fork variance.
         */
        public int forksNeeded(double logChange, double alpha, double power) {
            double z = NORMAL.inverseCumulativeProbability(1 - alpha / 2) + NORMAL.inverseCumulativeProbability(power);
            double n = 2 * z * z * forkVariance / (logChange * logChange);
            return (int) Math.max(2, Math.ceil(n));
        }
    }

    private ModeratedWelch() {}

    public static Result test(LogSide baseline, LogSide current, Prior prior, double confidence) {
        Moderated b = moderate(baseline, prior);
        Moderated c = moderate(current, prior);
        double vb = b.variance / baseline.forks();
        double vc = c.variance / current.forks();
        double se = Math.sqrt(vb + vc);
        double d = current.mean() - baseline.mean();
        double df = (vb + vc) * (vb + vc) / (vb * vb / b.df + vc * vc / c.df);
        if (!(se > 0) || !Double.isFinite(d)) {
            // No noise at all: identical samples differ or not, with certainty.
            double p = d == 0 || !Double.isFinite(d) ? 1 : 0;
            return new Result(d, 0, Double.POSITIVE_INFINITY, p, Math.exp(d), Math.exp(d), 0, baseline.forks() > 1 && current.forks() > 1);
        }
        TDistribution t = TDistribution.of(df);
        double p = 2 * t.survivalProbability(Math.abs(d) / se);
        double q = t.inverseSurvivalProbability((1 - confidence) / 2);
        return new Result(d, se, df, p, Math.exp(d - q * se), Math.exp(d + q * se), (b.variance + c.variance) / 2,
                baseline.forks() > 1 && current.forks() > 1);
    }

    private record Moderated(double variance, double df) {}

    private static Moderated moderate(LogSide side, Prior prior) {
        double prior0 = prior.forkNoise() * prior.forkNoise() + side.iterationVariance();
        if (side.forks() < 2) {
            return new Moderated(prior0, prior.priorDf());
        }
        double own = side.forks() - 1;
        return new Moderated((prior.priorDf() * prior0 + own * side.forkMeanVariance()) / (prior.priorDf() + own), prior.priorDf() + own);
    }
}
