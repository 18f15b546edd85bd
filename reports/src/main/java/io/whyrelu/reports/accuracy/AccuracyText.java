package io.whyrelu.reports.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import io.whyrelu.core.convexity.Proportion;
import io.whyrelu.reports.summary.TextTable;
import java.util.List;
import java.util.Locale;

/** accuracy.json as text: one table per check, then the verdict table. Reads the JSON tree, so schema-1 files work too. */
public final class AccuracyText {

    private AccuracyText() {}

    public static String render(JsonNode doc) {
        StringBuilder out = new StringBuilder();
        JsonNode activations = doc.path("activations");
        out.append(" C1 activation convexity on [-8, 8] (second differences; measured in double and in each implementation's float)\n");
        TextTable c1 = new TextTable("activation", "declared", "reference", "scalar", "simd", "min s'' step at", "monotone");
        for (JsonNode a : activations) {
            JsonNode c = a.path("curvature");
            c1.row(a.path("activation").asText(), a.path("declared").path("convex").asBoolean() ? "convex" : "not convex",
                    convex(c.path("reference")), convex(c.path("scalar")), convex(c.path("simd")),
                    String.format(Locale.ROOT, "%.3g at %.3f", c.path("reference").path("minSecondDifference").asDouble(),
                            c.path("reference").path("minSecondDifferenceAt").asDouble()),
                    c.path("reference").path("monotone").asBoolean() ? "yes" : "no");
        }
        for (JsonNode s : doc.path("sweeps")) {
            JsonNode c = s.path("curvature");
            c1.row(s.path("activation").asText() + " (sweep)", s.path("declaredConvex").asBoolean() ? "convex" : "not convex",
                    convex(c.path("reference")), convex(c.path("scalar")), convex(c.path("simd")),
                    String.format(Locale.ROOT, "%.3g at %.3f", c.path("reference").path("minSecondDifference").asDouble(),
                            c.path("reference").path("minSecondDifferenceAt").asDouble()),
                    c.path("reference").path("monotone").asBoolean() ? "yes" : "no");
        }
        out.append(c1.render()).append('\n');

        out.append(" C2 Jensen chord test: networks flagged beyond the rounding tolerance (of all n, K; 95% Wilson interval), and the share\n"
                + "    of pre-activations that fell where the activation is non-convex; box ±3, then wide (±12, W >= 0), then chords aimed at\n"
                + "    the non-convex region (W >= 0), then the mixed-sign control\n");
        TextTable c2 = new TextTable("activation", "W>=0 ref", "W>=0 scalar", "W>=0 simd", "non-convex share", "wide ref", "wide simd",
                "wide non-convex share", "targeted simd", "mixed ref", "tol=0 would flag (simd, W>=0)", "max gap/tol (simd, W>=0)");
        for (JsonNode a : activations) {
            c2.row(a.path("activation").asText(), flagged(a, "reference", "non-negative", "default"),
                    flagged(a, "scalar", "non-negative", "default"), flagged(a, "simd", "non-negative", "default"), coverage(a, "default"),
                    flagged(a, "reference", "non-negative", "wide"), flagged(a, "simd", "non-negative", "wide"), coverage(a, "wide"),
                    flagged(a, "simd", "non-negative", "targeted"), flagged(a, "reference", "mixed-sign", "default"), zeroTolerance(a, "simd"), maxRatio(a, "simd"));
        }
        out.append(c2.render()).append('\n');

        out.append(" C3 representability on [-1, 1]: best convex fit (max error at K), rate of x^2; ReLU theory bound (b-a)^2 max|f''|/(8K^2)\n");
        TextTable c3 = new TextTable("activation", "|x|", "x^2", "x^2 rate", "exp(x)", "max-affine", "huber", "x^2 meets theory");
        for (JsonNode a : activations) {
            c3.row(a.path("activation").asText(), best(a, "|x|"), best(a, "x^2"), rate(a, "x^2"), best(a, "exp(x)"),
                    best(a, "max(-0.5-x, 0.2x, 1.5x-0.6)"), best(a, "huber(0.5)"), meetsTheory(a, "x^2"));
        }
        out.append(c3.render()).append('\n');

        out.append(" C4 extreme points: can s be split as (s1 + s2)/2 with s1 != s2 convex?\n");
        for (JsonNode a : activations) {
            JsonNode e = a.path("extremePoints");
            if (e.path("applicable").asBoolean()) {
                out.append("  ").append(a.path("activation").asText()).append(": ").append(e.path("explanation").asText()).append('\n');
            }
        }
        out.append('\n');

        out.append(" C5 surrogate minimisation over [-1, 1]^n from many starts (6 a default instance, 24 with --thorough): instances with more than one distinct minimum (by value),\n"
                + "    of independent instances per dimension n and hidden-unit steepness |w|, with 95% Wilson intervals; for ReLU-type\n"
                + "    one instance per n, certified by the LP's global minimum (each run's gap to it; runs that stalled at a kink)\n");
        TextTable c5 = new TextTable("activation", "n=2 |w|=2", "n=2 |w|=12", "n=8 |w|=2", "n=8 |w|=12", "max gap to LP", "stalled", "fit RMS");
        for (JsonNode a : activations) {
            JsonNode rates = a.path("surrogate");
            double gap = Double.NaN;
            int stalled = 0;
            int starts = 0;
            double fit = 0;
            for (JsonNode rate : rates) {
                Iterable<JsonNode> instances = rate.has("instances") ? rate.path("instances") : List.of(rate); // schema 1: the rate is the instance
                for (JsonNode i : instances) {
                    double g = i.path("maxGapToLp").asDouble(Double.NaN);
                    gap = Double.isNaN(gap) ? g : Double.isNaN(g) ? gap : Math.max(gap, g);
                    stalled += i.path("stalledRuns").asInt();
                    starts += i.path("starts").asInt();
                    fit = Math.max(fit, i.path("fitRmsRelative").asDouble());
                }
            }
            c5.row(a.path("activation").asText(), rate(rates, 2, 2), rate(rates, 2, 12), rate(rates, 8, 2), rate(rates, 8, 12), sci(gap),
                    Double.isNaN(gap) ? "-" : stalled + "/" + starts, String.format(Locale.ROOT, "%.2g", fit));
        }
        out.append(c5.render()).append('\n');

        out.append(" A1 ULP error vs the double reference (").append(doc.path("exhaustive").asBoolean() ? "all 2^32 floats" : "dense sample")
                .append("), and the kernel's error over its bound\n");
        TextTable a1 = new TextTable("activation", "impl", "max ULP", "p99", "p99.9", "mean", "worst x", "budget", "wrong ±0",
                "kernel err/bound");
        for (JsonNode a : activations) {
            a.path("ulp").fields().forEachRemaining(e -> {
                JsonNode r = e.getValue().path("result");
                double budget = e.getValue().path("budget").asDouble();
                a1.row(a.path("activation").asText(), e.getKey(), num(r.path("maxUlps").asDouble()), num(r.path("p99").asDouble()),
                        num(r.path("p999").asDouble()), num(r.path("mean").asDouble()), r.path("worstInput").asText(),
                        num(budget) + (r.path("maxUlps").asDouble() > budget ? " EXCEEDED" : ""),
                        // Zeros of the wrong sign are 0 ULP away, so the ULP columns cannot show them.
                        r.path("wrongZeroSigns").asLong() == 0 ? "0" : r.path("wrongZeroSigns").asText() + " WRONG",
                        String.format(Locale.ROOT, "%.2g", a.path("kernel").path(e.getKey()).path("maxErrorOverBound").asDouble()));
            });
        }
        out.append(a1.render()).append('\n');
        out.append(verdicts(doc));
        return out.toString();
    }

    /** The verdict table and the one-line agreement with the paper. */
    public static String verdicts(JsonNode doc) {
        StringBuilder out = new StringBuilder(" Verdict: the paper's requirements, measured\n");
        TextTable t = new TextTable("activation", "req 1 convex", "req 2 |x|,x^2 <=1e-3", "preserved scalar", "preserved simd",
                "unique min", "max ULP simd", "all", "paper predicts", "agrees");
        int agree = 0;
        int total = 0;
        StringBuilder disagreements = new StringBuilder();
        for (JsonNode a : doc.path("activations")) {
            JsonNode v = a.path("verdict");
            total++;
            if (v.path("agreesWithPaper").asBoolean()) {
                agree++;
            } else {
                disagreements.append(disagreements.length() == 0 ? "" : ", ").append(v.path("activation").asText());
            }
            t.row(v.path("activation").asText(), yes(v.path("requirement1Convex")), yes(v.path("requirement2Representable")),
                    yes(v.path("preservedScalar")), yes(v.path("preservedSimd")), uniqueMinimum(v),
                    num(v.path("maxUlpSimd").asDouble(Double.NaN)), yes(v.path("passesAll")),
                    v.path("predictedByPaper").asBoolean() ? "pass" : "fail", yes(v.path("agreesWithPaper")));
        }
        out.append(t.render());
        out.append("  Evidence (every yes and no with its evidence: verdict.evidence in accuracy.json, and the report):\n");
        for (JsonNode a : doc.path("activations")) {
            JsonNode v = a.path("verdict");
            JsonNode e = v.path("evidence");
            for (String field : new String[] {"preservedSimd", "uniqueSurrogateMinimum"}) {
                // Unique minima speak for themselves ("16/16 unique" in the cell); several minima and every preservation need their rate.
                boolean shown = field.equals("preservedSimd") || !v.path(field).asBoolean(true);
                if (shown && e.hasNonNull(field)) {
                    out.append("    ").append(v.path("activation").asText()).append(", ").append(field.equals("preservedSimd")
                            ? "preserved simd" : "unique min").append(": ").append(e.path(field).asText()).append('\n');
                }
            }
        }
        out.append(String.format(Locale.ROOT, "  The measurements agree with the paper's prediction (only ReLU-type activations pass "
                + "everything) for %d of %d activations%s.%n", agree, total,
                disagreements.length() == 0 ? "" : "; they disagree for " + disagreements));
        return out.toString();
    }

    /** One C5 cell: "1/4 [4.6, 70]%", "0/1 LP" for a certified instance, "-" when not run. */
    private static String rate(JsonNode rates, int dimension, double scale) {
        for (JsonNode r : rates) {
            if (r.has("distinctMinima")) { // schema 1: one gentle instance per dimension
                if (r.path("dimension").asInt() == dimension && scale == 2) {
                    return (r.path("distinctMinima").asInt() > 1 ? 1 : 0) + "/1";
                }
                continue;
            }
            if (r.path("dimension").asInt() == dimension && r.path("unitScale").asDouble() == scale) {
                JsonNode p = r.path("severalMinima");
                int n = p.path("n").asInt();
                return p.path("k").asInt() + "/" + n + (n == 1 ? " LP" : " [" + Proportion.percent(p.path("low").asDouble()) + ", "
                        + Proportion.percent(p.path("high").asDouble()) + "]%");
            }
        }
        return "-";
    }

    /** "yes (16/16 unique)" or "NO (3/4 several)": the verdict and the instances behind it. */
    public static String uniqueMinimum(JsonNode verdict) {
        String evidence = verdict.path("evidence").path("uniqueSurrogateMinimum").asText("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/(\\d+)").matcher(evidence);
        boolean unique = verdict.path("uniqueSurrogateMinimum").asBoolean();
        return yes(verdict.path("uniqueSurrogateMinimum"))
                + (m.find() ? " (" + m.group(1) + "/" + m.group(2) + (unique ? " unique)" : " several)") : "");
    }

    private static String convex(JsonNode c) {
        if (c.isMissingNode()) {
            return "-";
        }
        return c.path("convex").asBoolean() ? "convex" : String.format(Locale.ROOT, "NOT (x%.2g)", -c.path("worstConvexityRatio").asDouble());
    }

    /** "3/72 [1.4, 12]%": networks flagged in one setup ("default" also matches schema-1 entries, which have none). */
    private static String flagged(JsonNode a, String subject, String weights, String setup) {
        int flagged = 0;
        int networks = 0;
        for (JsonNode e : a.path("jensen")) {
            if (e.path("subject").asText().equals(subject) && e.path("outputWeights").asText().equals(weights)
                    && e.path("setup").asText("default").equals(setup)) {
                flagged += e.path("result").path("flaggedNetworks").asInt();
                networks += e.path("result").path("networks").asInt();
            }
        }
        if (networks == 0) {
            return "-";
        }
        Proportion p = Proportion.of(flagged, networks);
        return flagged + "/" + networks + " [" + Proportion.percent(p.low()) + ", " + Proportion.percent(p.high()) + "]%";
    }


    /** The reference's share of pre-activations in the non-convex region, over one setup's W >= 0 networks. */
    private static String coverage(JsonNode a, String setup) {
        double sum = 0;
        int count = 0;
        for (JsonNode e : a.path("jensen")) {
            if (e.path("subject").asText().equals("reference") && e.path("outputWeights").asText().equals("non-negative")
                    && e.path("setup").asText("default").equals(setup) && e.path("result").has("nonConvexCoverage")) {
                sum += e.path("result").path("nonConvexCoverage").asDouble();
                count++;
            }
        }
        return count == 0 ? "-" : String.format(Locale.ROOT, "%.2g%%", 100 * sum / count);
    }

    private static String zeroTolerance(JsonNode a, String subject) {
        int flagged = 0;
        int networks = 0;
        for (JsonNode e : a.path("jensen")) {
            if (e.path("subject").asText().equals(subject) && e.path("outputWeights").asText().equals("non-negative")) {
                flagged += e.path("result").path("flaggedAtZeroTolerance").asInt();
                networks += e.path("result").path("networks").asInt();
            }
        }
        return networks == 0 ? "-" : flagged + "/" + networks;
    }

    private static String maxRatio(JsonNode a, String subject) {
        double max = Double.NEGATIVE_INFINITY;
        for (JsonNode e : a.path("jensen")) {
            if (e.path("subject").asText().equals(subject) && e.path("outputWeights").asText().equals("non-negative")) {
                max = Math.max(max, e.path("result").path("maxGapOverTolerance").asDouble());
            }
        }
        return max == Double.NEGATIVE_INFINITY ? "-" : String.format(Locale.ROOT, "%.2g", max);
    }

    private static JsonNode target(JsonNode a, String label) {
        for (JsonNode t : a.path("representability")) {
            if (t.path("target").asText().equals(label) || t.path("label").asText().equals(label)) {
                return t;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String best(JsonNode a, String label) {
        JsonNode best = null;
        for (JsonNode f : target(a, label).path("fits")) {
            if (f.path("convexFit").asBoolean() && (best == null || f.path("maxError").asDouble() < best.path("maxError").asDouble())) {
                best = f;
            }
        }
        return best == null ? "no convex fit" : String.format(Locale.ROOT, "%.1e @%d", best.path("maxError").asDouble(),
                best.path("segments").asInt());
    }

    private static String rate(JsonNode a, String label) {
        double r = target(a, label).path("rate").asDouble(Double.NaN);
        return Double.isNaN(r) ? "exact" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String meetsTheory(JsonNode a, String label) {
        if (!a.path("activation").asText().equals("relu")) {
            return "";
        }
        for (JsonNode f : target(a, label).path("fits")) {
            if (f.path("maxError").asDouble() > f.path("interpolationBound").asDouble() * (1 + 1e-9)) {
                return "no";
            }
        }
        return "yes";
    }

    private static String yes(JsonNode v) {
        return v.isNull() || v.isMissingNode() ? "-" : v.asBoolean() ? "yes" : "NO";
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return "inf";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.3g", v);
    }

    private static String sci(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1e", v);
    }
}
