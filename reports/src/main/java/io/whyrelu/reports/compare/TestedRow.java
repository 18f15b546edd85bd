package io.whyrelu.reports.compare;


import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.jmh.Metric;
import io.whyrelu.reports.stats.LogSide;
import io.whyrelu.reports.stats.ModeratedWelch;
import io.whyrelu.reports.stats.Samples;
import io.whyrelu.reports.steady.Steadiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One metric of a matched pair, tested but not yet judged: the verdict needs the q-value, which
 * needs every row's p-value first.
 */
record TestedRow(JmhResult result, String metricName, Metric baselineMetric, Metric currentMetric, LogSide baseline,
        LogSide current, ModeratedWelch.Result test, Steadiness baselineSteady, Steadiness currentSteady) {

    static TestedRow of(ResultMatching.Pair pair, String metricName, Metric b, Metric c, GateSettings settings, Steadiness bs,
            Steadiness cs) {
        LogSide base = LogSide.of(Samples.byFork(b));
        LogSide curr = LogSide.of(Samples.byFork(c));
        ModeratedWelch.Result test = base.forks() > 0 && curr.forks() > 0 ? ModeratedWelch.test(base, curr, settings.prior(), 0.95) : null;
        return new TestedRow(pair.current(), metricName, b, c, base, curr, test, bs, cs);
    }

    double pValue() {
        return test == null ? Double.NaN : test.pValue();
    }

    ComparisonRow row(double q, GateSettings settings) {
        boolean higherBetter = currentMetric.higherIsBetter();
        double b = baselineMetric.score();
        double c = currentMetric.score();
        double change = 100 * (c - b) / b;
        double improvement = higherBetter ? change : -change;
        boolean allocation = metricName.equals(GatedMetrics.ALLOCATION);
        Change verdict;
        String rule;
        int needed = 0;
        if (allocation && Math.abs(c - b) < GateSettings.ALLOCATION_FLOOR_BYTES) {
            verdict = Change.UNCHANGED;
            rule = String.format(Locale.ROOT, "within %.0f B/op", GateSettings.ALLOCATION_FLOOR_BYTES);
        } else if (allocation && b == 0 && Double.isFinite(c)) {
            verdict = c > 0 ? Change.REGRESSED : Change.UNCHANGED;
            rule = "allocates where it did not (0 B/op before)";
        } else if (!Double.isFinite(change)) {
            verdict = Change.TOO_FEW;
            rule = "no finite score on a side";
        } else if (Math.abs(improvement) <= settings.thresholdPercent()) {
            verdict = Change.UNCHANGED;
            rule = "within ±" + GateSettings.plain(settings.thresholdPercent()) + "%";
        } else if (!baselineSteady.steady() || !currentSteady.steady()) {
            verdict = Change.UNSTEADY;
            rule = "not at steady state";
        } else if (test == null) {
            verdict = Change.TOO_FEW;
            rule = "no iteration scores to test on a side";
        } else if (q < settings.alpha() && withinModeSpan(b, c)) {
            verdict = Change.TOO_FEW;
            needed = GateSettings.MIN_FORKS_FOR_STATISTICS;
            rule = String.format(Locale.ROOT, "%d+%d forks: within the %s× a JIT mode can move a fork; needs ≥ %d forks a side",
                    baseline.forks(), current.forks(), GateSettings.plain(GateSettings.MODE_SPAN), needed);
        } else if (q < settings.alpha()) {
            verdict = improvement > 0 ? Change.IMPROVED : Change.REGRESSED;
            rule = testRule(settings, q);
        } else {
            verdict = Change.TOO_FEW;
            needed = test.forksNeeded(Math.log(c / b), settings.alpha(), GateSettings.POWER);
            rule = testRule(settings, q) + (needed > 0 ? "; needs ≈ " + needed + " forks a side" : "");
        }
        return new ComparisonRow(new ComparisonRow.Key(result.benchmark(), result.mode(), metricName, result.params(), result.jvmLabel()),
                currentMetric.scoreUnit(), higherBetter,
                new ComparisonRow.Side(b, baselineMetric.scoreError(), baseline.forks(), baseline.iterationsPerFork()),
                new ComparisonRow.Side(c, currentMetric.scoreError(), current.forks(), current.iterationsPerFork()),
                new ComparisonRow.Test(change, improvement, pValue(), q, test == null ? Double.NaN : test.ratioLow(),
                        test == null ? Double.NaN : test.ratioHigh(), needed), rule, verdict, unsteady());
    }

    /** Both sides too few forks to see JIT modes, and the change no larger than one. */
    private boolean withinModeSpan(double b, double c) {
        return baseline.forks() < GateSettings.MIN_FORKS_FOR_STATISTICS && current.forks() < GateSettings.MIN_FORKS_FOR_STATISTICS
                && Math.abs(Math.log(c / b)) < Math.log(GateSettings.MODE_SPAN);
    }

    /** "t on 3+3 fork means, q 0.0012" or "1 fork a side: fork noise 3% assumed, q 0.21". */
    private String testRule(GateSettings settings, double q) {
        String qText = Double.isNaN(q) ? "" : String.format(Locale.ROOT, ", %s %.2g", settings.suiteCorrection() ? "q" : "p", q);
        if (test != null && test.forksSeen()) {
            return "t on " + baseline.forks() + "+" + current.forks() + " fork means" + qText;
        }
        String who = baseline.forks() < 2 && current.forks() < 2 ? "1 fork a side" : "1 fork on a side";
        return who + ": fork noise " + GateSettings.plain(settings.forkNoisePercent()) + "% assumed" + qText;
    }

    private String unsteady() {
        List<String> why = new ArrayList<>();
        if (!baselineSteady.steady()) {
            why.add("baseline: " + baselineSteady.problem());
        }
        if (!currentSteady.steady()) {
            why.add("current: " + currentSteady.problem());
        }
        return String.join("; ", why);
    }
}
