package io.whyrelu.reports.compare;


import java.util.List;

/**
 * Two runs compared: every matched row with its verdict, what only one side has, the geometric
 * mean of the better-is-above-1 ratios of the primary metrics, accuracy changes when both runs
 * have accuracy.json, notes on what was left out (non-finite samples), and warnings on matches
 * that may not compare like with like (JVM fields missing, threads or JVM options differing).
 */
public record Comparison(String baseline, String current, GateSettings settings, List<ComparisonRow> rows,
        List<String> onlyInBaseline, List<String> onlyInCurrent, double geometricMeanRatio, List<AccuracyChange> accuracy,
        List<String> notes, List<String> warnings) {

    public long count(Change v) {
        return rows.stream().filter(r -> r.verdict() == v).count();
    }

    public boolean hasRegression() {
        return count(Change.REGRESSED) > 0 || accuracy.stream().anyMatch(AccuracyChange::regression);
    }
}
