package io.whyrelu.reports.stats;

import io.whyrelu.resultmodel.jmh.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The per-iteration values of a metric: rawData where JMH kept it, else each iteration's histogram mean (SampleTime). */
public final class Samples {

    private Samples() {}

    /** Every iteration of every fork, in order. */
    public static double[] of(Metric m) {
        return flatten(byFork(m));
    }

    /** The rows of {@link #byFork} one after another. */
    public static double[] flatten(double[][] forks) {
        return Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
    }

    /** The iterations fork by fork: row f holds fork f's finite iteration scores (JMH writes NaN for an empty iteration). */
    public static double[][] byFork(Metric m) {
        if (!m.rawData().isEmpty()) {
            return m.rawData().stream().map(fork -> fork.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray())
                    .filter(fork -> fork.length > 0).toArray(double[][]::new);
        }
        List<double[]> forks = new ArrayList<>();
        for (var fork : m.rawDataHistogram()) {
            List<Double> means = new ArrayList<>();
            for (var iteration : fork) {
                double sum = 0;
                double count = 0;
                for (double[] pair : iteration) {
                    sum += pair[0] * pair[1];
                    count += pair[1];
                }
                if (count > 0) {
                    means.add(sum / count);
                }
            }
            forks.add(means.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return forks.toArray(double[][]::new);
    }

    /**
     * Like {@link #byFork}, but an iteration of a histogram mode (SampleTime) is its median, not
     * its mean: one 1 ms pause among 10⁵ samples of 100 ns moves an iteration's mean by 10% and
     * its median not at all, so medians show the level of the code, for telling levels apart.
     */
    public static double[][] byForkTypical(Metric m) {
        if (!m.rawData().isEmpty()) {
            return byFork(m);
        }
        return m.rawDataHistogram().stream()
                .map(fork -> fork.stream().mapToDouble(Samples::median).filter(Double::isFinite).toArray())
                .toArray(double[][]::new);
    }

    /** How many iteration scores of {@code m} are NaN or infinite, and so left out by {@link #byFork}. */
    public static int nonFinite(Metric m) {
        return (int) m.rawData().stream().flatMap(List::stream).filter(v -> !Double.isFinite(v)).count();
    }

    /** The median of a histogram given as [value, count] pairs. */
    static double median(List<double[]> histogram) {
        List<double[]> sorted = new ArrayList<>(histogram);
        sorted.sort(java.util.Comparator.comparingDouble(p -> p[0]));
        double total = sorted.stream().mapToDouble(p -> p[1]).sum();
        double seen = 0;
        for (double[] p : sorted) {
            seen += p[1];
            if (seen >= total / 2) {
                return p[0];
            }
        }
        return Double.NaN;
    }

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }
}
