package io.whyrelu.reports.compare;


import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.jmh.Metric;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.resultmodel.accuracy.Verdict;
import io.whyrelu.reports.stats.BenjaminiHochberg;
import io.whyrelu.reports.stats.Samples;
import io.whyrelu.reports.steady.Steadiness;
import io.whyrelu.reports.steady.SteadyStates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares two runs benchmark by benchmark, for the primary score and the gated secondaries
 * ({@link GatedMetrics}). The sample is the fork: a moderated Welch t-test on the log fork means
 * (io.whyrelu.reports.stats.ModeratedWelch) tests each row, so one fork a side is tested against
 * an assumed fork-to-fork noise and many forks against what they show; Benjamini–Hochberg then
 * corrects across the rows of the suite. A row regresses when it is worse beyond the threshold,
 * in the direction the unit says is worse (rates up, times down), and q &lt; α. Beyond the
 * threshold but not significant is TOO_FEW, with the forks a side that would decide it. A change
 * between results that are not both at steady state (see io.whyrelu.reports.steady) is UNSTEADY,
 * never a regression or an improvement, and the row says why. Every row says which rule decided it.
 */
public final class Comparisons {

    private Comparisons() {}

    public static Comparison compare(RunData baseline, RunData current, double thresholdPercent, double alpha) {
        return compare(baseline, current, new GateSettings(thresholdPercent, alpha, GateSettings.DEFAULT_FORK_NOISE_PERCENT, true));
    }

    public static Comparison compare(RunData baseline, RunData current, GateSettings settings) {
        SteadyStates baseSteady = baseline.steadyStates();
        SteadyStates currSteady = current.steadyStates();
        return compare(new Side(baseline.label(), baseline.results(), baseSteady::assess),
                new Side(current.label(), current.results(), currSteady::assess), settings, accuracy(baseline, current));
    }

    /**
     * A run against a baseline that is not a run: the window of past runs history keeps, each run
     * one fork of the baseline (their steadiness was checked when they were recorded).
     */
    public static Comparison compare(String baselineLabel, List<JmhResult> baseline, RunData current, GateSettings settings) {
        SteadyStates currSteady = current.steadyStates();
        return compare(Side.assumedSteady(baselineLabel, baseline), new Side(current.label(), current.results(), currSteady::assess),
                settings, List.of());
    }

    /** One run's results and how steady each is. */
    record Side(String label, List<JmhResult> results, Function<JmhResult, Steadiness> steadiness) {

        /** Results taken as steady: for files without warm-up records, and for simulation. */
        static Side assumedSteady(String label, List<JmhResult> results) {
            Steadiness steady = new Steadiness(List.of(), false, List.of());
            return new Side(label, results, r -> steady);
        }
    }

    static Comparison compare(Side baseline, Side current, GateSettings settings, List<AccuracyChange> accuracy) {
        ResultMatching matching = ResultMatching.of(baseline.results(), current.results());
        if (matching.pairs().isEmpty()) {
            throw new InvalidResultsException("nothing to compare: " + baseline.label() + " and " + current.label()
                    + " have no benchmark × mode × params in common");
        }
        List<TestedRow> tested = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ResultMatching.Pair pair : matching.pairs()) {
            Steadiness bs = baseline.steadiness().apply(pair.baseline());
            Steadiness cs = current.steadiness().apply(pair.current());
            tested.add(TestedRow.of(pair, "", pair.baseline().primary(), pair.current().primary(), settings, bs, cs));
            Map<String, Metric> bSecondaries = GatedMetrics.secondaries(pair.baseline());
            GatedMetrics.secondaries(pair.current()).forEach((name, cm) -> {
                Metric bm = bSecondaries.get(name);
                if (bm != null) {
                    tested.add(TestedRow.of(pair, name, bm, cm, settings, bs, cs));
                }
            });
            int missing = Samples.nonFinite(pair.baseline().primary()) + Samples.nonFinite(pair.current().primary());
            if (missing > 0) {
                notes.add(pair.current().shortName() + " " + new java.util.TreeMap<>(pair.current().params()) + ": " + missing
                        + " NaN or infinite iteration score" + (missing == 1 ? "" : "s")
                        + " left out (JMH writes NaN where an iteration measured nothing)");
            }
        }
        double[] p = tested.stream().mapToDouble(TestedRow::pValue).toArray();
        double[] q = settings.suiteCorrection() ? BenjaminiHochberg.adjust(p) : p;
        List<ComparisonRow> rows = new ArrayList<>();
        double logSum = 0;
        int logCount = 0;
        for (int i = 0; i < tested.size(); i++) {
            ComparisonRow row = tested.get(i).row(q[i], settings);
            rows.add(row);
            double r = row.betterRatio();
            if (row.key().metric().isEmpty() && r > 0 && Double.isFinite(r)) {
                logSum += Math.log(r);
                logCount++;
            }
        }
        rows.sort(java.util.Comparator.comparing((ComparisonRow r) -> r.verdict() == Change.REGRESSED ? 0 : 1)
                .thenComparing(r -> r.test().improvementPercent()));
        return new Comparison(baseline.label(), current.label(), settings, rows, matching.onlyInBaseline(), matching.onlyInCurrent(),
                logCount == 0 ? Double.NaN : Math.exp(logSum / logCount), accuracy, notes, matching.warnings());
    }

    /** Verdict flips and max-ULP moves between two accuracy.json files, for every implementation both measured. */
    static List<AccuracyChange> accuracy(RunData baseline, RunData current) {
        List<AccuracyChange> changes = new ArrayList<>();
        if (baseline.accuracy().isEmpty() || current.accuracy().isEmpty()) {
            return changes;
        }
        Map<String, Verdict> base = new LinkedHashMap<>();
        baseline.accuracy().get().verdicts().forEach(v -> base.put(v.activation(), v));
        List<String> impls = current.accuracy().get().implementationsBaselineFirst();
        for (Verdict v : current.accuracy().get().verdicts()) {
            Verdict b = base.get(v.activation());
            if (b == null) {
                continue;
            }
            Map<String, Boolean> was = claims(b, impls);
            claims(v, impls).forEach((claim, now) -> {
                Boolean before = was.get(claim);
                if (before != null && now != null && !before.equals(now)) {
                    changes.add(new AccuracyChange(v.activation(), claim, before.toString(), now.toString(), before && !now));
                }
            });
            for (String impl : impls) {
                double wasUlp = b.maxUlpOf(impl);
                double nowUlp = v.maxUlpOf(impl);
                if (Double.isFinite(wasUlp) && Double.isFinite(nowUlp) && Math.abs(nowUlp - wasUlp) > 0.01) {
                    changes.add(new AccuracyChange(v.activation(), "maxUlp:" + impl, String.format(java.util.Locale.ROOT, "%.3f", wasUlp),
                            String.format(java.util.Locale.ROOT, "%.3f", nowUlp), nowUlp > wasUlp));
                }
            }
        }
        return changes;
    }

    /** A verdict's yes/no claims by name, in table order; null where not measured. */
    private static Map<String, Boolean> claims(Verdict v, List<String> impls) {
        Map<String, Boolean> claims = new LinkedHashMap<>();
        claims.put(Verdict.REQUIREMENT_1, v.requirement1Convex());
        claims.put(Verdict.REQUIREMENT_2, v.requirement2Representable());
        impls.forEach(i -> claims.put(Verdict.preservedKey(i), v.preservedBy(i)));
        claims.put(Verdict.UNIQUE_MINIMUM, v.uniqueSurrogateMinimum());
        claims.put("passesAll", v.passesAll());
        claims.put("agreesWithPaper", v.agreesWithPaper());
        return claims;
    }
}
