package io.whyrelu.reports.stats;

import io.whyrelu.reports.jmh.Metric;
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

    /** The iterations fork by fork: row f holds fork f's iterations. */
    public static double[][] byFork(Metric m) {
        if (!m.rawData().isEmpty()) {
            return m.rawData().stream().map(fork -> fork.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
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

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }
}
