package io.whyrelu.reports.stats;

import java.util.Arrays;

/**
 * One side of a comparison on the log scale, with the fork as the sample: iterations of one JVM
 * share its JIT decisions, code placement and data layout, so they are not independent draws of
 * what the next fork would measure (forks of this project's kernels settle up to 20% apart).
 *
 * @param forks              forks with at least one finite iteration
 * @param mean               mean over forks of log(fork mean)
 * @param forkMeanVariance   sample variance of the log fork means (NaN with one fork)
 * @param iterationVariance  the variance of one fork's log mean that its iterations show: the
 *                           pooled within-fork variance of log iteration scores over the
 *                           iterations per fork (0 when no fork has two iterations)
 * @param iterationsPerFork  the average number of iterations in a fork
 */
public record LogSide(int forks, double mean, double forkMeanVariance, double iterationVariance, double iterationsPerFork) {

    /** From per-fork iteration scores, all positive (JMH scores are rates or times). */
    public static LogSide of(double[][] byFork) {
        double[][] forks = Arrays.stream(byFork).map(f -> Arrays.stream(f).filter(v -> v > 0 && Double.isFinite(v)).toArray())
                .filter(f -> f.length > 0).toArray(double[][]::new);
        int n = forks.length;
        if (n == 0) {
            return new LogSide(0, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] logMeans = new double[n];
        double within = 0;
        int withinDf = 0;
        int iterations = 0;
        for (int f = 0; f < n; f++) {
            logMeans[f] = Math.log(Samples.mean(forks[f]));
            double[] logs = Arrays.stream(forks[f]).map(Math::log).toArray();
            double m = Samples.mean(logs);
            for (double v : logs) {
                within += (v - m) * (v - m);
            }
            withinDf += logs.length - 1;
            iterations += logs.length;
        }
        double perFork = (double) iterations / n;
        double iterationVariance = withinDf == 0 ? 0 : within / withinDf / perFork;
        return new LogSide(n, Samples.mean(logMeans), n < 2 ? Double.NaN : variance(logMeans), iterationVariance, perFork);
    }

    static double variance(double[] v) {
        double m = Samples.mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }
}
