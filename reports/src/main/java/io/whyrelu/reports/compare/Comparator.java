package io.whyrelu.reports.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.whyrelu.reports.jmh.InvalidResultsException;
import io.whyrelu.reports.jmh.JmhResult;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.stats.BootstrapRatio;
import io.whyrelu.reports.stats.ForkEffect;
import io.whyrelu.reports.stats.Samples;
import io.whyrelu.reports.steady.Steadiness;
import io.whyrelu.reports.steady.SteadyStates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Compares two runs benchmark by benchmark. A row regresses only when the change is both
 * significant (Mann–Whitney U, p &lt; α) and larger than the noise threshold, in the direction the
 * unit says is worse: higher is better for throughput (ops/time), lower for times (time/op),
 * whatever the mode is called. The samples are the iterations, or the fork means where the forks
 * of either run disagree ({@link ForkEffect}). Too few samples to test (one fork of two
 * iterations, or two forks a side when the fork is the sample) makes a large change
 * inconclusive, not a regression. A change between results that are not both at steady state
 * (see io.whyrelu.reports.steady) is UNSTEADY, never a regression or an improvement, and the row
 * says why.
 */
public final class Comparator {

    private Comparator() {}

    public static Comparison compare(RunData baseline, RunData current, double thresholdPercent, double alpha) {
        Map<String, JmhResult> base = index(baseline);
        Map<String, JmhResult> curr = index(current);
        SteadyStates baseSteady = baseline.steadyStates();
        SteadyStates currSteady = current.steadyStates();
        List<ComparisonRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> onlyBase = new ArrayList<>();
        double logSum = 0;
        int logCount = 0;
        for (var e : base.entrySet()) {
            JmhResult c = curr.get(e.getKey());
            if (c == null) {
                onlyBase.add(e.getKey());
                continue;
            }
            ComparisonRow row = row(e.getValue(), c, thresholdPercent, alpha, baseSteady.assess(e.getValue()), currSteady.assess(c));
            int missing = Samples.nonFinite(e.getValue().primary()) + Samples.nonFinite(c.primary());
            if (missing > 0) {
                notes.add(row.benchmark() + " " + row.paramsText() + ": " + missing + " NaN or infinite iteration score"
                        + (missing == 1 ? "" : "s") + " left out (JMH writes NaN where an iteration measured nothing)");
            }
            rows.add(row);
            double r = row.betterRatio();
            if (r > 0 && Double.isFinite(r)) {
                logSum += Math.log(r);
                logCount++;
            }
        }
        List<String> onlyCurr = curr.keySet().stream().filter(k -> !base.containsKey(k)).toList();
        if (rows.isEmpty()) {
            throw new InvalidResultsException("nothing to compare: " + baseline.label() + " and " + current.label()
                    + " have no benchmark × params × JVM in common");
        }
        rows.sort(java.util.Comparator.comparing((ComparisonRow r) -> r.verdict().ordinal() == 1 ? 0 : 1)
                .thenComparing(r -> r.improvementPercent()));
        return new Comparison(baseline.label(), current.label(), thresholdPercent, alpha, rows, onlyBase, onlyCurr,
                logCount == 0 ? Double.NaN : Math.exp(logSum / logCount), accuracy(baseline, current), notes);
    }

    private static Map<String, JmhResult> index(RunData run) {
        Map<String, JmhResult> map = new LinkedHashMap<>();
        for (JmhResult r : run.results()) {
            map.put(r.key(), r);
        }
        return map;
    }

    static ComparisonRow row(JmhResult b, JmhResult c, double thresholdPercent, double alpha, Steadiness bSteady, Steadiness cSteady) {
        boolean higherBetter = c.primary().higherIsBetter();
        double[][] bForks = Samples.byFork(b.primary());
        double[][] cForks = Samples.byFork(c.primary());
        boolean forkSamples = ForkEffect.disagree(bForks, thresholdPercent) || ForkEffect.disagree(cForks, thresholdPercent);
        double[] bs = forkSamples ? ForkEffect.means(bForks) : Samples.flatten(bForks);
        double[] cs = forkSamples ? ForkEffect.means(cForks) : Samples.flatten(cForks);
        double bScore = b.primary().score();
        double cScore = c.primary().score();
        double change = 100 * (cScore - bScore) / bScore;
        double improvement = higherBetter ? change : -change;
        double p = bs.length >= 2 && cs.length >= 2 ? MannWhitneyUTest.withDefaults().test(bs, cs).getPValue() : Double.NaN;
        double[] ci = BootstrapRatio.interval(bs, cs, 0.95);
        Verdict verdict;
        if (!Double.isFinite(change)) {
            verdict = Verdict.INCONCLUSIVE;
        } else if (Math.abs(improvement) <= thresholdPercent) {
            verdict = Verdict.UNCHANGED;
        } else if (!bSteady.steady() || !cSteady.steady()) {
            verdict = Verdict.UNSTEADY;
        } else if (p < alpha) {
            verdict = improvement > 0 ? Verdict.IMPROVED : Verdict.REGRESSED;
        } else {
            verdict = Verdict.INCONCLUSIVE;
        }
        return new ComparisonRow(c.benchmark(), c.mode(), c.params(), c.jvmLabel(), c.primary().scoreUnit(), higherBetter, bScore,
                b.primary().scoreError(), cScore, c.primary().scoreError(), bs.length, cs.length, forkSamples, change, improvement, p,
                ci[0], ci[1], verdict, unsteady(bSteady, cSteady));
    }

    private static String unsteady(Steadiness b, Steadiness c) {
        List<String> why = new ArrayList<>();
        if (!b.steady()) {
            why.add("baseline: " + b.problem());
        }
        if (!c.steady()) {
            why.add("current: " + c.problem());
        }
        return String.join("; ", why);
    }

    /** Verdict flips and max-ULP moves between two accuracy.json files. */
    static List<AccuracyChange> accuracy(RunData baseline, RunData current) {
        List<AccuracyChange> changes = new ArrayList<>();
        if (baseline.accuracy().isEmpty() || current.accuracy().isEmpty()) {
            return changes;
        }
        Map<String, JsonNode> base = new LinkedHashMap<>();
        baseline.accuracy().get().path("verdicts").forEach(v -> base.put(v.path("activation").asText(), v));
        for (JsonNode v : current.accuracy().get().path("verdicts")) {
            JsonNode b = base.get(v.path("activation").asText());
            if (b == null) {
                continue;
            }
            String activation = v.path("activation").asText();
            for (String field : new String[] {"requirement1Convex", "requirement2Representable", "preservedScalar", "preservedSimd",
                    "uniqueSurrogateMinimum", "passesAll", "agreesWithPaper"}) {
                if (!b.path(field).asText().equals(v.path(field).asText())) {
                    changes.add(new AccuracyChange(activation, field, b.path(field).asText(), v.path(field).asText(),
                            b.path(field).asBoolean() && !v.path(field).asBoolean()));
                }
            }
            for (String field : new String[] {"maxUlpScalar", "maxUlpSimd"}) {
                double was = b.path(field).asDouble(Double.NaN);
                double now = v.path(field).asDouble(Double.NaN);
                if (Double.isFinite(was) && Double.isFinite(now) && Math.abs(now - was) > 0.01) {
                    changes.add(new AccuracyChange(activation, field, String.format(java.util.Locale.ROOT, "%.3f", was),
                            String.format(java.util.Locale.ROOT, "%.3f", now), now > was));
                }
            }
        }
        return changes;
    }
}
