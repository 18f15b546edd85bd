package io.whyrelu.reports.accuracy;

import io.whyrelu.core.activation.ActivationKind;
import io.whyrelu.core.convexity.CurvatureCheck;
import io.whyrelu.core.convexity.JensenCheck;
import io.whyrelu.core.convexity.Proportion;
import io.whyrelu.core.convexity.RepresentabilityCheck;
import io.whyrelu.core.convexity.SurrogateCheck;
import io.whyrelu.core.convexity.SurrogateRate;
import io.whyrelu.reports.summary.TextTable;
import io.whyrelu.reports.view.Numbers;
import io.whyrelu.reports.view.TextRenderer;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.accuracy.ActivationAccuracy;
import io.whyrelu.resultmodel.accuracy.ActivationAccuracy.JensenEntry;
import io.whyrelu.resultmodel.accuracy.SweepEntry;
import io.whyrelu.resultmodel.accuracy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * accuracy.json as text: one table per check, then the verdict table. Implementation columns come
 * from the document (baseline first); the reference is the double-precision one.
 */
public final class AccuracyText {

    private static final String REFERENCE = "reference";

    private AccuracyText() {}

    public static String render(AccuracyDocument doc) {
        List<String> impls = doc.implementationsBaselineFirst();
        List<String> others = doc.nonBaselineImplementations();
        StringBuilder out = new StringBuilder();
        out.append(" C1 activation convexity on [-8, 8] (second differences; measured in double and in each implementation's float)\n");
        List<String> c1Header = new ArrayList<>(List.of("activation", "declared", REFERENCE));
        c1Header.addAll(impls);
        c1Header.addAll(List.of("min s'' step at", "monotone"));
        TextTable c1 = new TextTable(c1Header.toArray(String[]::new));
        for (ActivationAccuracy a : doc.activations()) {
            c1.row(curvatureRow(a.activation(), Boolean.TRUE.equals(a.declared().get("convex")), a.curvature(), impls));
        }
        for (SweepEntry s : doc.sweeps()) {
            c1.row(curvatureRow(s.activation() + " (sweep)", s.declaredConvex(), s.curvature(), impls));
        }
        out.append(c1.render()).append('\n');

        out.append(" C2 Jensen chord test: networks flagged beyond the rounding tolerance (of all n, K; 95% Wilson interval), and the share\n"
                + "    of pre-activations that fell where the activation is non-convex; box ±3, then wide (±12, W >= 0), then chords aimed at\n"
                + "    the non-convex region (W >= 0), then the mixed-sign control\n");
        List<String> c2Header = new ArrayList<>(List.of("activation", "W>=0 ref"));
        impls.forEach(i -> c2Header.add("W>=0 " + i));
        c2Header.addAll(List.of("non-convex share", "wide ref"));
        others.forEach(i -> c2Header.add("wide " + i));
        c2Header.add("wide non-convex share");
        others.forEach(i -> c2Header.add("targeted " + i));
        c2Header.add("mixed ref");
        others.forEach(i -> c2Header.add("tol=0 would flag (" + i + ", W>=0)"));
        others.forEach(i -> c2Header.add("max gap/tol (" + i + ", W>=0)"));
        TextTable c2 = new TextTable(c2Header.toArray(String[]::new));
        for (ActivationAccuracy a : doc.activations()) {
            List<String> row = new ArrayList<>(List.of(a.activation(), flagged(a, REFERENCE, "non-negative", "default")));
            impls.forEach(i -> row.add(flagged(a, i, "non-negative", "default")));
            row.add(coverage(a, "default"));
            row.add(flagged(a, REFERENCE, "non-negative", "wide"));
            others.forEach(i -> row.add(flagged(a, i, "non-negative", "wide")));
            row.add(coverage(a, "wide"));
            others.forEach(i -> row.add(flagged(a, i, "non-negative", "targeted")));
            row.add(flagged(a, REFERENCE, "mixed-sign", "default"));
            others.forEach(i -> row.add(zeroTolerance(a, i)));
            others.forEach(i -> row.add(maxRatio(a, i)));
            c2.row(row.toArray(String[]::new));
        }
        out.append(c2.render()).append('\n');

        out.append(" C3 representability on [-1, 1]: best convex fit (max error at K), rate of x^2; ReLU theory bound (b-a)^2 max|f''|/(8K^2)\n");
        TextTable c3 = new TextTable("activation", "|x|", "x^2", "x^2 rate", "exp(x)", "max-affine", "huber", "x^2 meets theory");
        for (ActivationAccuracy a : doc.activations()) {
            c3.row(a.activation(), best(a, "|x|"), best(a, "x^2"), rate(a, "x^2"), best(a, "exp(x)"),
                    best(a, "max(-0.5-x, 0.2x, 1.5x-0.6)"), best(a, "huber(0.5)"), meetsTheory(a, "x^2"));
        }
        out.append(c3.render()).append('\n');

        out.append(" C4 extreme points: can s be split as (s1 + s2)/2 with s1 != s2 convex?\n");
        for (ActivationAccuracy a : doc.activations()) {
            if (a.extremePoints() != null && a.extremePoints().applicable()) {
                out.append("  ").append(a.activation()).append(": ").append(a.extremePoints().explanation()).append('\n');
            }
        }
        out.append('\n');

        out.append(" C5 surrogate minimisation over [-1, 1]^n from many starts (6 a default instance, 24 with --thorough): instances with more than one distinct minimum (by value),\n"
                + "    of independent instances per dimension n and hidden-unit steepness |w|, with 95% Wilson intervals; for ReLU-type\n"
                + "    one instance per n, certified by the LP's global minimum (each run's gap to it; runs that stalled at a kink)\n");
        TextTable c5 = new TextTable("activation", "n=2 |w|=2", "n=2 |w|=12", "n=8 |w|=2", "n=8 |w|=12", "max gap to LP", "stalled", "fit RMS");
        for (ActivationAccuracy a : doc.activations()) {
            double gap = Double.NaN;
            int stalled = 0;
            int starts = 0;
            double fit = 0;
            for (SurrogateRate rate : a.surrogate()) {
                for (SurrogateCheck.Result i : rate.instances()) {
                    double g = i.maxGapToLp();
                    gap = Double.isNaN(gap) ? g : Double.isNaN(g) ? gap : Math.max(gap, g);
                    stalled += i.stalledRuns();
                    starts += i.starts();
                    fit = Math.max(fit, i.fitRmsRelative());
                }
            }
            c5.row(a.activation(), rate(a.surrogate(), 2, 2), rate(a.surrogate(), 2, 12), rate(a.surrogate(), 8, 2),
                    rate(a.surrogate(), 8, 12), sci(gap), Double.isNaN(gap) ? "-" : stalled + "/" + starts,
                    String.format(Locale.ROOT, "%.2g", fit));
        }
        out.append(c5.render()).append('\n');

        out.append(" A1 ULP error vs the double reference (").append(doc.exhaustive() ? "all 2^32 floats" : "dense sample")
                .append("), and the kernel's error over its bound\n");
        TextTable a1 = new TextTable("activation", "impl", "max ULP", "p99", "p99.9", "mean", "worst x", "budget", "wrong ±0",
                "kernel err/bound");
        for (ActivationAccuracy a : doc.activations()) {
            a.ulp().forEach((impl, entry) -> {
                var r = entry.result();
                var kernel = a.kernel().get(impl);
                a1.row(a.activation(), impl, num(r.maxUlps()), num(r.p99()), num(r.p999()), num(r.mean()), Float.toString(r.worstInput()),
                        num(entry.budget()) + (r.maxUlps() > entry.budget() ? " EXCEEDED" : ""),
                        // Zeros of the wrong sign are 0 ULP away, so the ULP columns cannot show them.
                        r.wrongZeroSigns() == 0 ? "0" : r.wrongZeroSigns() + " WRONG",
                        String.format(Locale.ROOT, "%.2g", kernel == null ? 0.0 : kernel.maxErrorOverBound()));
            });
        }
        out.append(a1.render()).append('\n');
        out.append(verdicts(doc));
        return out.toString();
    }

    /** The verdict table, the evidence behind what the table cannot show in a terminal, and the agreement with the paper. */
    public static String verdicts(AccuracyDocument doc) {
        StringBuilder out = new StringBuilder(new TextRenderer().render(VerdictTable.of(doc, "Verdict: the paper's requirements, measured")));
        out.append("  Evidence (every yes and no with its evidence: verdict.evidence in accuracy.json, and the report):\n");
        for (Verdict v : doc.verdicts()) {
            // Preservation always needs its rate; unique minima speak for themselves ("16/16 unique" in the cell), several do not.
            for (String impl : doc.nonBaselineImplementations()) {
                String e = v.evidence().get(Verdict.preservedKey(impl));
                if (e != null) {
                    out.append("    ").append(v.activation()).append(", preserved ").append(impl).append(": ").append(e).append('\n');
                }
            }
            String unique = v.evidence().get(Verdict.UNIQUE_MINIMUM);
            if (!v.uniqueSurrogateMinimum() && unique != null) {
                out.append("    ").append(v.activation()).append(", unique min: ").append(unique).append('\n');
            }
        }
        return out.append("  ").append(VerdictTable.agreement(doc)).append('\n').toString();
    }

    /** "yes (16/16 unique)" or "no (3/4 several)": the verdict and the instances behind it. */
    public static String uniqueMinimum(Verdict verdict) {
        String evidence = verdict.evidence().getOrDefault(Verdict.UNIQUE_MINIMUM, "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/(\\d+)").matcher(evidence);
        boolean unique = verdict.uniqueSurrogateMinimum();
        return VerdictTable.yes(unique) + (m.find() ? " (" + m.group(1) + "/" + m.group(2) + (unique ? " unique)" : " several)") : "");
    }

    private static String[] curvatureRow(String activation, boolean declaredConvex, Map<String, CurvatureCheck.Result> curvature,
            List<String> impls) {
        CurvatureCheck.Result ref = curvature.get(REFERENCE);
        List<String> row = new ArrayList<>(List.of(activation, declaredConvex ? "convex" : "not convex", convex(ref)));
        impls.forEach(i -> row.add(convex(curvature.get(i))));
        row.add(ref == null ? "-" : String.format(Locale.ROOT, "%.3g at %.3f", ref.minSecondDifference(), ref.minSecondDifferenceAt()));
        row.add(ref != null && ref.monotone() ? "yes" : "no");
        return row.toArray(String[]::new);
    }

    /** One C5 cell: "1/4 [4.6, 70]%", "0/1 LP" for a certified instance, "-" when not run. */
    private static String rate(List<SurrogateRate> rates, int dimension, double scale) {
        for (SurrogateRate r : rates) {
            if (r.dimension() == dimension && r.unitScale() == scale) {
                Proportion p = r.severalMinima();
                return p.k() + "/" + p.n() + (p.n() == 1 ? " LP" : " [" + Proportion.percent(p.low()) + ", " + Proportion.percent(p.high()) + "]%");
            }
        }
        return "-";
    }

    private static String convex(CurvatureCheck.Result c) {
        if (c == null) {
            return "-";
        }
        return c.convex() ? "convex" : String.format(Locale.ROOT, "NOT (x%.2g)", -c.worstConvexityRatio());
    }

    private static List<JensenCheck.Result> jensen(ActivationAccuracy a, Predicate<JensenEntry> which) {
        return a.jensen().stream().filter(which).map(JensenEntry::result).toList();
    }

    /** "3/72 [1.4, 12]%": networks flagged in one setup. */
    private static String flagged(ActivationAccuracy a, String subject, String weights, String setup) {
        List<JensenCheck.Result> results = jensen(a, e -> e.subject().equals(subject) && e.outputWeights().equals(weights)
                && e.setup().equals(setup));
        int flagged = results.stream().mapToInt(JensenCheck.Result::flaggedNetworks).sum();
        int networks = results.stream().mapToInt(JensenCheck.Result::networks).sum();
        if (networks == 0) {
            return "-";
        }
        Proportion p = Proportion.of(flagged, networks);
        return flagged + "/" + networks + " [" + Proportion.percent(p.low()) + ", " + Proportion.percent(p.high()) + "]%";
    }

    /** The reference's share of pre-activations in the non-convex region, over one setup's W >= 0 networks. */
    private static String coverage(ActivationAccuracy a, String setup) {
        List<JensenCheck.Result> results = jensen(a, e -> e.subject().equals(REFERENCE) && e.outputWeights().equals("non-negative")
                && e.setup().equals(setup));
        return results.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2g%%",
                100 * results.stream().mapToDouble(JensenCheck.Result::nonConvexCoverage).average().orElse(0));
    }

    private static String zeroTolerance(ActivationAccuracy a, String subject) {
        List<JensenCheck.Result> results = jensen(a, e -> e.subject().equals(subject) && e.outputWeights().equals("non-negative"));
        int networks = results.stream().mapToInt(JensenCheck.Result::networks).sum();
        return networks == 0 ? "-" : results.stream().mapToInt(JensenCheck.Result::flaggedAtZeroTolerance).sum() + "/" + networks;
    }

    private static String maxRatio(ActivationAccuracy a, String subject) {
        List<JensenCheck.Result> results = jensen(a, e -> e.subject().equals(subject) && e.outputWeights().equals("non-negative"));
        return results.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2g",
                results.stream().mapToDouble(JensenCheck.Result::maxGapOverTolerance).max().orElseThrow());
    }

    private static RepresentabilityCheck.TargetResult target(ActivationAccuracy a, String label) {
        return a.representability().stream().filter(t -> t.label().equals(label) || String.valueOf(t.target()).equals(label)).findFirst()
                .orElse(null);
    }

    private static String best(ActivationAccuracy a, String label) {
        RepresentabilityCheck.TargetResult t = target(a, label);
        RepresentabilityCheck.Fit best = null;
        for (RepresentabilityCheck.Fit f : t == null ? List.<RepresentabilityCheck.Fit>of() : t.fits()) {
            if (f.convexFit() && (best == null || f.maxError() < best.maxError())) {
                best = f;
            }
        }
        return best == null ? "no convex fit" : String.format(Locale.ROOT, "%.1e @%d", best.maxError(), best.segments());
    }

    private static String rate(ActivationAccuracy a, String label) {
        RepresentabilityCheck.TargetResult t = target(a, label);
        return t == null || Double.isNaN(t.rate()) ? "exact" : String.format(Locale.ROOT, "%.2f", t.rate());
    }

    /** For ReLU, whether every fit of the target is within the interpolation bound the paper's construction gives. */
    private static String meetsTheory(ActivationAccuracy a, String label) {
        if (!a.activation().equals(ActivationKind.RELU.id())) {
            return "";
        }
        RepresentabilityCheck.TargetResult t = target(a, label);
        return t == null || t.fits().stream().noneMatch(f -> f.maxError() > f.interpolationBound() * (1 + 1e-9)) ? "yes" : "no";
    }

    private static String num(double v) {
        String n = Numbers.num(v);
        return n == null ? "-" : n;
    }

    private static String sci(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1e", v);
    }
}
