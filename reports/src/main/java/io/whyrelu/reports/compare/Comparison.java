package io.whyrelu.reports.compare;

import java.util.List;

/**
 * Two runs compared: every matched row with its verdict, what only one side has, the geometric
 * mean of the better-is-above-1 ratios, accuracy changes when both runs have accuracy.json, and
 * notes on what was left out (non-finite samples).
 */
public record Comparison(String baseline, String current, double thresholdPercent, double alpha, List<ComparisonRow> rows,
        List<String> onlyInBaseline, List<String> onlyInCurrent, double geometricMeanRatio, List<AccuracyChange> accuracy,
        List<String> notes) {

    public long count(Verdict v) {
        return rows.stream().filter(r -> r.verdict() == v).count();
    }

    public boolean hasRegression() {
        return count(Verdict.REGRESSED) > 0 || accuracy.stream().anyMatch(AccuracyChange::regression);
    }
}
