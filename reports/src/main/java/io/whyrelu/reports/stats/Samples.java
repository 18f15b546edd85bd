package io.whyrelu.reports.stats;

import io.whyrelu.reports.jmh.Metric;
import java.util.ArrayList;
import java.util.List;

/** The per-iteration values of a metric: rawData where JMH kept it, else each iteration's histogram mean (SampleTime). */
public final class Samples {

    private Samples() {}

    public static double[] of(Metric m) {
        double[] raw = m.iterationScores();
        if (raw.length > 0) {
            return raw;
        }
        List<Double> means = new ArrayList<>();
        for (var fork : m.rawDataHistogram()) {
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
        }
        return means.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }
}
