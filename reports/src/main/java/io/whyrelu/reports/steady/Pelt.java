package io.whyrelu.reports.steady;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Optimal partitioning of a series into segments of constant mean, by PELT (Killick, Fearnhead
 * and Eckley 2012): minimises Σ cost(segment) + β·(segments − 1) exactly, pruning candidate
 * split points that can never be optimal again. The cost is the Gaussian mean-change cost with a
 * known noise scale σ: Σ (x − mean)² / σ². Written here because no maintained Java library
 * offers changepoint detection; tested against series with known changepoints.
 */
public final class Pelt {

    private Pelt() {}

    /**
     * @param x       the series
     * @param sigma   the noise scale (positive)
     * @param penalty β, the cost of one more changepoint
     * @return the changepoints: indices where a new segment starts, ascending, never 0
     */
    public static List<Integer> changepoints(double[] x, double sigma, double penalty) {
        int n = x.length;
        if (n < 2) {
            return List.of();
        }
        double[] sum = new double[n + 1];
        double[] sumSq = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double v = x[i] / sigma;
            sum[i + 1] = sum[i] + v;
            sumSq[i + 1] = sumSq[i] + v * v;
        }
        double[] best = new double[n + 1];
        int[] last = new int[n + 1];
        best[0] = -penalty;
        List<Integer> candidates = new ArrayList<>(List.of(0));
        for (int t = 1; t <= n; t++) {
            double min = Double.POSITIVE_INFINITY;
            int arg = 0;
            double[] costs = new double[candidates.size()];
            for (int c = 0; c < candidates.size(); c++) {
                int s = candidates.get(c);
                costs[c] = best[s] + cost(sum, sumSq, s, t);
                if (costs[c] + penalty < min) {
                    min = costs[c] + penalty;
                    arg = s;
                }
            }
            best[t] = min;
            last[t] = arg;
            // Prune s when F(s) + C(s..t) > F(t): no later t can make it optimal (the cost is additive).
            List<Integer> kept = new ArrayList<>(candidates.size() + 1);
            for (int c = 0; c < candidates.size(); c++) {
                if (costs[c] <= min) {
                    kept.add(candidates.get(c));
                }
            }
            kept.add(t);
            candidates = kept;
        }
        List<Integer> points = new ArrayList<>();
        for (int t = last[n]; t > 0; t = last[t]) {
            points.add(t);
        }
        Collections.reverse(points);
        return points;
    }

    /** Σ (x − mean)² over x[s..t), in units of σ². */
    private static double cost(double[] sum, double[] sumSq, int s, int t) {
        double s1 = sum[t] - sum[s];
        return Math.max(0, sumSq[t] - sumSq[s] - s1 * s1 / (t - s));
    }
}
