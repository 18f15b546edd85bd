package io.whyrelu.reports.compare;


import java.util.Map;

/**
 * One benchmark × mode × params × JVM present in both runs, for its primary metric or a gated
 * secondary one.
 *
 * @param metric             "" for the primary metric, else the secondary's name ("gc.alloc.rate.norm", "p0.99")
 * @param baselineForks      forks of the baseline with finite scores; likewise iterations (per fork, on average)
 * @param changePercent      (current − baseline) / baseline of JMH's scores, in the unit's own direction
 * @param improvementPercent the same change signed so that positive is better (rates up, times down)
 * @param pValue             two-sided moderated Welch t on log fork means; NaN when not tested
 * @param qValue             the p-value after the Benjamini–Hochberg suite correction (= p without it)
 * @param ratioLow           the 95% interval of the ratio of geometric fork means current/baseline, low end
 * @param forksNeeded        forks a side that would decide a change of this size (80% power), for TOO_FEW rows; 0 otherwise
 * @param rule               what decided the row, in words
 * @param unsteady           why a side is not at steady state ("baseline: fork 1/2: warm-up in …"); empty when both are
 */
public record ComparisonRow(String benchmark, String mode, String metric, Map<String, String> params, String jvm, String unit,
        boolean higherIsBetter, double baseline, double baselineError, double current, double currentError, int baselineForks,
        double baselineIterations, int currentForks, double currentIterations, double changePercent, double improvementPercent,
        double pValue, double qValue, double ratioLow, double ratioHigh, int forksNeeded, String rule, Change verdict,
        String unsteady) {

    public String paramsText() {
        return io.whyrelu.results.jmh.JmhResult.paramsText(params);
    }

    /** The benchmark's short name, with the secondary metric after a colon as JMH prints it. */
    public String what() {
        return ComparisonFormat.shortName(benchmark) + (metric.isEmpty() ? "" : ":" + metric);
    }

    /** Forks × iterations a side, e.g. "2×5 / 2×5". */
    public String samplesText() {
        return side(baselineForks, baselineIterations) + " / " + side(currentForks, currentIterations);
    }

    private static String side(int forks, double iterations) {
        return forks + "×" + (iterations == Math.rint(iterations) ? String.valueOf((int) iterations) : String.format(java.util.Locale.ROOT, "%.1f", iterations));
    }

    /** current/baseline oriented so that above 1 is better: the factor the geometric mean multiplies. */
    public double betterRatio() {
        return higherIsBetter ? current / baseline : baseline / current;
    }
}
