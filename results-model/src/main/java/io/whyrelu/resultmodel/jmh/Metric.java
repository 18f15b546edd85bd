package io.whyrelu.resultmodel.jmh;

import java.util.List;
import java.util.Map;

/**
 * One JMH metric (primary or secondary) as JMH's JSON gives it. Non-finite values, which JMH
 * writes as "NaN" or "+INF" strings, are doubles here. rawData is per fork, per iteration;
 * rawDataHistogram (SampleTime and friends) is per fork, per iteration, a list of [value, count].
 */
public record Metric(double score, double scoreError, double[] scoreConfidence, Map<String, Double> scorePercentiles,
        String scoreUnit, List<List<Double>> rawData, List<List<List<double[]>>> rawDataHistogram) {

    /** Every per-iteration score of every fork, in order. */
    public double[] iterationScores() {
        return rawData.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether higher scores are better, from the unit: rates (ops/time) up, times (time/op) down. */
    public boolean higherIsBetter() {
        return JmhUnits.higherIsBetter(scoreUnit);
    }
}
