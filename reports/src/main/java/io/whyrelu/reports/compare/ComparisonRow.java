package io.whyrelu.reports.compare;

import java.util.Map;

/**
 * One benchmark × mode × params × JVM present in both runs, for its primary metric or a gated
 * secondary one: what was compared, each side's figure, the test between them, and the verdict
 * with the rule that decided it.
 *
 * @param unit     the metric's unit; {@code higherIsBetter} follows it (rates up, times down)
 * @param rule     what decided the row, in words
 * @param unsteady why a side is not at steady state ("baseline: fork 1/2: warm-up in …"); empty when both are
 */
public record ComparisonRow(Key key, String unit, boolean higherIsBetter, Side baseline, Side current, Test test, String rule,
        Change verdict, String unsteady) {

    /** @param metric "" for the primary metric, else the secondary's name ("gc.alloc.rate.norm", "p0.99") */
    public record Key(String benchmark, String mode, String metric, Map<String, String> params, String jvm) {}

    /** One run's figure: JMH's score and error, forks with finite scores and iterations per fork (on average). */
    public record Side(double score, double error, int forks, double iterations) {}

    /**
     * @param changePercent      (current − baseline) / baseline of JMH's scores, in the unit's own direction
     * @param improvementPercent the same change signed so that positive is better
     * @param pValue             two-sided moderated Welch t on log fork means; NaN when not tested
     * @param qValue             the p-value after the Benjamini–Hochberg suite correction (= p without it)
     * @param ratioLow           the 95% interval of the ratio of geometric fork means current/baseline, low end
     * @param forksNeeded        forks a side that would decide a change of this size (80% power), for TOO_FEW rows; 0 otherwise
     */
    public record Test(double changePercent, double improvementPercent, double pValue, double qValue, double ratioLow, double ratioHigh,
            int forksNeeded) {}

    public String paramsText() {
        return io.whyrelu.resultmodel.jmh.JmhResult.paramsText(key.params());
    }

    /** The benchmark's short name, with the secondary metric after a colon as JMH prints it. */
    public String what() {
        return ComparisonFormat.shortName(key.benchmark()) + (key.metric().isEmpty() ? "" : ":" + key.metric());
    }

    /** Forks × iterations a side, e.g. "2×5 / 2×5". */
    public String samplesText() {
        return side(baseline.forks(), baseline.iterations()) + " / " + side(current.forks(), current.iterations());
    }

    private static String side(int forks, double iterations) {
        return forks + "×" + (iterations == Math.rint(iterations) ? String.valueOf((int) iterations) : String.format(java.util.Locale.ROOT, "%.1f", iterations));
    }

    /** current/baseline oriented so that above 1 is better: the factor the geometric mean multiplies. */
    public double betterRatio() {
        return higherIsBetter ? current.score() / baseline.score() : baseline.score() / current.score();
    }
}
