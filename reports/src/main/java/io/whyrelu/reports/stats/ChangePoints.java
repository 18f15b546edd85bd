package io.whyrelu.reports.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Change points in a series of runs by a windowed test: at each position i, the per-iteration
 * samples of the w runs before it and the w runs from it on are compared with Mann–Whitney U; a
 * change point is a position where p &lt; α and the means differ by more than the threshold,
 * keeping the strongest (lowest p, then largest change) within any w positions of each other.
 */
public final class ChangePoints {

    /** @param index the first run after the change; changePercent of the mean, after vs before */
    public record ChangePoint(int index, double changePercent, double pValue) {}

    private ChangePoints() {}

    public static List<ChangePoint> detect(List<double[]> samplesPerRun, int window, double thresholdPercent, double alpha) {
        int n = samplesPerRun.size();
        List<ChangePoint> candidates = new ArrayList<>();
        for (int i = window; i + window <= n; i++) {
            double[] before = flatten(samplesPerRun.subList(i - window, i));
            double[] after = flatten(samplesPerRun.subList(i, i + window));
            if (before.length < 2 || after.length < 2) {
                continue;
            }
            double change = 100 * (Samples.mean(after) - Samples.mean(before)) / Samples.mean(before);
            double p = MannWhitneyUTest.withDefaults().test(before, after).getPValue();
            if (p < alpha && Math.abs(change) > thresholdPercent) {
                candidates.add(new ChangePoint(i, change, p));
            }
        }
        List<ChangePoint> kept = new ArrayList<>();
        candidates.stream()
                .sorted(java.util.Comparator.comparingDouble(ChangePoint::pValue).thenComparing(c -> -Math.abs(c.changePercent())))
                .forEach(c -> {
                    if (kept.stream().noneMatch(k -> Math.abs(k.index() - c.index()) < window)) {
                        kept.add(c);
                    }
                });
        kept.sort(java.util.Comparator.comparingInt(ChangePoint::index));
        return kept;
    }

    private static double[] flatten(List<double[]> runs) {
        return runs.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
