package io.whyrelu.reports.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import io.whyrelu.reports.summary.TextTable;
import java.util.Locale;

/** accuracy.json as text: one table per check, then the verdict table. Reads the JSON tree, so any schema-1 file works. */
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

        out.append(" C2 Jensen chord test: networks flagged beyond the rounding tolerance (of all n, K); W >= 0, then the mixed-sign control\n");
        TextTable c2 = new TextTable("activation", "W>=0 ref", "W>=0 scalar", "W>=0 simd", "mixed ref", "tol=0 would flag (simd, W>=0)",
                "max gap/tol (simd, W>=0)");
        for (JsonNode a : activations) {
            c2.row(a.path("activation").asText(), flagged(a, "reference", "non-negative"), flagged(a, "scalar", "non-negative"),
                    flagged(a, "simd", "non-negative"), flagged(a, "reference", "mixed-sign"), zeroTolerance(a, "simd"), maxRatio(a, "simd"));
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

        out.append(" C5 surrogate minimisation over [-1, 1]^n from 24 starts: distinct minima (by value), spread; for ReLU-type the\n"
                + "    LP's global minimum, each run's gap to it, and the runs where gradient methods stalled at a kink (then finished by a trust-region LP)\n");
        TextTable c5 = new TextTable("activation", "n=2 minima", "n=2 spread", "n=8 minima", "n=8 spread", "max gap to LP", "stalled", "fit RMS");
        for (JsonNode a : activations) {
            JsonNode s = a.path("surrogate");
            c5.row(a.path("activation").asText(), s.path(0).path("distinctMinima").asText(), sci(s.path(0).path("spread").asDouble()),
                    s.path(1).path("distinctMinima").asText(), sci(s.path(1).path("spread").asDouble()),
                    sci(Math.max(s.path(0).path("maxGapToLp").asDouble(Double.NaN), s.path(1).path("maxGapToLp").asDouble(Double.NaN))),
                    Double.isNaN(s.path(0).path("lpMinimum").asDouble(Double.NaN)) ? "-"
                            : (s.path(0).path("stalledRuns").asInt() + s.path(1).path("stalledRuns").asInt()) + "/"
                                    + (s.path(0).path("starts").asInt() + s.path(1).path("starts").asInt()),
                    String.format(Locale.ROOT, "%.2g", Math.max(s.path(0).path("fitRmsRelative").asDouble(), s.path(1).path("fitRmsRelative").asDouble())));
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
                    yes(v.path("preservedScalar")), yes(v.path("preservedSimd")), yes(v.path("uniqueSurrogateMinimum")),
                    num(v.path("maxUlpSimd").asDouble(Double.NaN)), yes(v.path("passesAll")),
                    v.path("predictedByPaper").asBoolean() ? "pass" : "fail", yes(v.path("agreesWithPaper")));
        }
        out.append(t.render());
        out.append(String.format(Locale.ROOT, "  The measurements agree with the paper's prediction (only ReLU-type activations pass "
                + "everything) for %d of %d activations%s.%n", agree, total,
                disagreements.length() == 0 ? "" : "; they disagree for " + disagreements));
        return out.toString();
    }

    private static String convex(JsonNode c) {
        if (c.isMissingNode()) {
            return "-";
        }
        return c.path("convex").asBoolean() ? "convex" : String.format(Locale.ROOT, "NOT (x%.2g)", -c.path("worstConvexityRatio").asDouble());
    }

    private static String flagged(JsonNode a, String subject, String weights) {
        int flagged = 0;
        int networks = 0;
        boolean any = false;
        for (JsonNode e : a.path("jensen")) {
            if (e.path("subject").asText().equals(subject) && e.path("outputWeights").asText().equals(weights)) {
                any = true;
                flagged += e.path("result").path("flaggedNetworks").asInt();
                networks += e.path("result").path("networks").asInt();
            }
        }
        return any ? flagged + "/" + networks : "-";
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
