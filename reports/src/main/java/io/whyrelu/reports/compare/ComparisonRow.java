package io.whyrelu.reports.compare;

import java.util.Map;

/**
 * One benchmark × params × JVM present in both runs.
 *
 * @param forkSamples        whether the samples are fork means (the forks of either run disagree) rather than iterations
 * @param changePercent      (current − baseline) / baseline, in the unit's own direction
 * @param improvementPercent the same change signed so that positive is better (rates up, times down)
 * @param pValue             two-sided Mann–Whitney U on the samples; NaN when not testable
 * @param ratioLow           bootstrap 95% interval of mean(current)/mean(baseline), low end
 * @param unsteady           why a side is not at steady state ("baseline: fork 1/2: warm-up in …"); empty when both are
 */
public record ComparisonRow(String benchmark, String mode, Map<String, String> params, String jvm, String unit,
        boolean higherIsBetter, double baseline, double baselineError, double current, double currentError, int baselineSamples,
        int currentSamples, boolean forkSamples, double changePercent, double improvementPercent, double pValue, double ratioLow,
        double ratioHigh, Verdict verdict, String unsteady) {

    public String paramsText() {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(params).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** How many samples of which kind each side contributed, e.g. "10/10 it." or "2/2 forks". */
    public String samplesText() {
        return baselineSamples + "/" + currentSamples + (forkSamples ? " forks" : " it.");
    }

    /** current/baseline oriented so that above 1 is better: the factor the geometric mean multiplies. */
    public double betterRatio() {
        return higherIsBetter ? current / baseline : baseline / current;
    }
}
