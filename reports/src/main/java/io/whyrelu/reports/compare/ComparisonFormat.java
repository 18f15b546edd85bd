package io.whyrelu.reports.compare;


import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.reports.markdown.Markdown;
import io.whyrelu.reports.summary.Terminal;
import io.whyrelu.reports.summary.TextTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Renders a comparison as text (terminal), Markdown (pull-request comment) or JSON (tools). */
public enum ComparisonFormat {
    TEXT {
        @Override
        public String render(Comparison c) {
            StringBuilder out = new StringBuilder(Terminal.safe(c.baseline() + " → " + c.current())).append('\n')
                    .append(Terminal.safe(headline(c))).append("\n\n");
            TextTable t = new TextTable(COLUMNS).alignRight(5, 6, 7, 8, 9);
            for (ComparisonRow r : c.rows()) {
                t.row(cells(r, false));
            }
            out.append(t.render());
            appendWarnings(out, c, false);
            appendUnsteady(out, c, false);
            appendNotes(out, c, false);
            appendAccuracy(out, c, false);
            appendUnmatched(out, c, false);
            return out.toString();
        }
    },
    MARKDOWN {
        @Override
        public String render(Comparison c) {
            StringBuilder out = new StringBuilder("### whyrelu compare: ").append(Markdown.escape(c.baseline())).append(" → ")
                    .append(Markdown.escape(c.current())).append("\n\n").append(Markdown.escape(headline(c))).append("\n\n");
            out.append(Markdown.row(COLUMNS));
            out.append(Markdown.separator(false, false, false, false, false, true, true, true, true, true, true, false));
            for (ComparisonRow r : c.rows()) {
                out.append(Markdown.row(cells(r, true)));
            }
            appendWarnings(out, c, true);
            appendUnsteady(out, c, true);
            appendNotes(out, c, true);
            appendAccuracy(out, c, true);
            appendUnmatched(out, c, true);
            return out.toString();
        }
    },
    JSON {
        @Override
        public String render(Comparison c) {
            try {
                return Json.MAPPER.writeValueAsString(c) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    public abstract String render(Comparison c);

    private static final String[] COLUMNS = {"verdict", "benchmark", "mode", "params", "jvm", "baseline", "current", "change",
        "q", "samples", "95% CI ratio", "decided by"};

    /** One row's cells, escaped for Markdown when asked. */
    private static String[] cells(ComparisonRow r, boolean markdown) {
        String verdict = markdown && r.verdict() == Change.REGRESSED ? "**REGRESSED**" : r.verdict().name();
        String[] cells = {r.what(), r.key().mode(), r.paramsText(), r.key().jvm(), value(r.baseline().score(), r.baseline().error(), r.unit()),
            value(r.current().score(), r.current().error(), r.unit()), percent(r.test().changePercent()), p(r.test().qValue()),
            r.samplesText(), ci(r), r.rule()};
        String[] out = new String[cells.length + 1];
        out[0] = verdict;
        for (int i = 0; i < cells.length; i++) {
            out[i + 1] = markdown ? Markdown.escape(cells[i]) : cells[i];
        }
        return out;
    }

    static String headline(Comparison c) {
        GateSettings s = c.settings();
        return String.format(Locale.ROOT, "%d compared: %d regressed, %d improved, %d unchanged, %d too few samples, %d unsteady "
                + "(threshold %s%%, alpha %s %s, fork noise %s%% where forks cannot show it); "
                + "geometric mean of better/worse ratios %.3f%s",
                c.rows().size(), c.count(Change.REGRESSED), c.count(Change.IMPROVED), c.count(Change.UNCHANGED),
                c.count(Change.TOO_FEW), c.count(Change.UNSTEADY), GateSettings.plain(s.thresholdPercent()), GateSettings.plain(s.alpha()),
                s.suiteCorrection() ? "over the suite (Benjamini-Hochberg)" : "per row", GateSettings.plain(s.forkNoisePercent()),
                c.geometricMeanRatio(),
                c.accuracy().stream().anyMatch(AccuracyChange::regression) ? "; ACCURACY REGRESSED" : "");
    }

    private static void appendWarnings(StringBuilder out, Comparison c, boolean markdown) {
        for (String w : c.warnings()) {
            out.append(markdown ? "\n> **warning:** " + Markdown.escape(w) + "\n" : "\nwarning: " + Terminal.safe(w) + "\n");
        }
    }

    /** Why each UNSTEADY row was not called: the fork-level reasons. */
    private static void appendUnsteady(StringBuilder out, Comparison c, boolean markdown) {
        List<ComparisonRow> rows = c.rows().stream().filter(r -> r.verdict() == Change.UNSTEADY).toList();
        if (rows.isEmpty()) {
            return;
        }
        out.append(markdown ? "\n**Not called: not at steady state**\n\n" : "\nNot called, not at steady state (rerun them; more warm-up or forks):\n");
        for (ComparisonRow r : rows) {
            String line = r.what() + " " + r.paramsText() + ": " + r.unsteady();
            out.append(markdown ? "- " + Markdown.escape(line) + "\n" : "  " + Terminal.safe(line) + "\n");
        }
    }

    private static void appendNotes(StringBuilder out, Comparison c, boolean markdown) {
        for (String note : c.notes()) {
            out.append(markdown ? "\n- " + Markdown.escape(note) : "\nnote: " + Terminal.safe(note));
        }
        if (!c.notes().isEmpty()) {
            out.append('\n');
        }
    }

    private static void appendAccuracy(StringBuilder out, Comparison c, boolean markdown) {
        if (c.accuracy().isEmpty()) {
            return;
        }
        out.append(markdown ? "\n**Accuracy and convexity changes**\n\n" : "\nAccuracy and convexity changes:\n");
        for (AccuracyChange a : c.accuracy()) {
            String line = (a.regression() ? "REGRESSED " : "changed ") + a.activation() + " " + a.what() + ": " + a.baseline() + " -> "
                    + a.current();
            out.append(markdown ? "- " + Markdown.escape(line) + "\n" : "  " + Terminal.safe(line) + "\n");
        }
    }

    private static void appendUnmatched(StringBuilder out, Comparison c, boolean markdown) {
        if (!c.onlyInBaseline().isEmpty() || !c.onlyInCurrent().isEmpty()) {
            String line = c.onlyInBaseline().size() + " only in the baseline (missing from the current run), " + c.onlyInCurrent().size()
                    + " only in the current run: not compared";
            out.append(markdown ? "\n" + Markdown.escape(line) + "\n" : "\n" + Terminal.safe(line) + "\n");
            for (String missing : c.onlyInBaseline().subList(0, Math.min(20, c.onlyInBaseline().size()))) {
                out.append(markdown ? "- missing: " + Markdown.escape(missing) + "\n" : "  missing: " + Terminal.safe(missing) + "\n");
            }
            if (c.onlyInBaseline().size() > 20) {
                out.append(markdown ? "- …\n" : "  …\n");
            }
        }
    }

    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int cls = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(cls + 1);
    }

    private static String value(double v, double err, String unit) {
        return Double.isFinite(err) ? String.format(Locale.ROOT, "%.4g ± %.2g %s", v, err, unit) : String.format(Locale.ROOT, "%.4g %s", v, unit);
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.1f%%", v) : "-";
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String ci(ComparisonRow r) {
        return Double.isNaN(r.test().ratioLow()) ? "n/a" : String.format(Locale.ROOT, "[%.3f, %.3f]", r.test().ratioLow(), r.test().ratioHigh());
    }
}
