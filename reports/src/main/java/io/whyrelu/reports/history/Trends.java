package io.whyrelu.reports.history;

import io.whyrelu.resultmodel.BenchmarkKind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.reports.history.HistoryStore.Series;
import io.whyrelu.reports.html.TrendSection;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.reports.markdown.Markdown;
import io.whyrelu.reports.stats.ChangePoints;
import io.whyrelu.reports.stats.ChangePoints.ChangePoint;
import io.whyrelu.reports.summary.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The history as trends: each series with its change points, as text, Markdown, JSON or a chart. */
public final class Trends {

    public static final int WINDOW = 3;
    public static final double THRESHOLD_PERCENT = 5;
    public static final double ALPHA = 0.05;

    public record Trend(Series series, List<ChangePoint> changePoints) {
        public double firstToLastPercent() {
            var p = series.points();
            return p.isEmpty() ? Double.NaN : 100 * (p.get(p.size() - 1).score() - p.get(0).score()) / p.get(0).score();
        }
    }

    private Trends() {}

    public static List<Trend> of(List<Series> series) {
        List<Trend> out = new ArrayList<>();
        for (Series s : series) {
            // A result that was not at steady state measured the JIT as much as the code: it takes no part in change points.
            List<double[]> samples = s.points().stream().map(p -> p.steady() ? p.samples() : new double[0]).toList();
            out.add(new Trend(s, ChangePoints.detect(samples, WINDOW, THRESHOLD_PERCENT, ALPHA)));
        }
        return out;
    }

    public static String text(List<Trend> trends, int runs) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d runs recorded, %d series; change points: windowed "
                + "Mann-Whitney U, %d runs each side, p < %.2f and |change| > %.0f%%%n%n", runs, trends.size(), WINDOW, ALPHA, THRESHOLD_PERCENT));
        TextTable t = new TextTable("benchmark", "mode", "params", "jvm", "machine", "runs", "latest", "first->last", "change points")
                .alignRight(5, 6, 7);
        for (Trend tr : trends) {
            Series s = tr.series();
            var last = s.points().get(s.points().size() - 1);
            t.row(shortName(s.benchmark()), s.mode(), paramsText(s.params()), s.jvm(), s.machine(), Integer.toString(s.points().size()),
                    latest(last, s.unit()), String.format(Locale.ROOT, "%+.1f%%", tr.firstToLastPercent()), changePointText(tr));
        }
        return out.append(t.render()).toString();
    }

    public static String markdown(List<Trend> trends, int runs) {
        StringBuilder out = new StringBuilder("### whyrelu history\n\n").append(runs).append(" runs recorded.\n\n");
        out.append(Markdown.row("benchmark", "mode", "params", "jvm", "machine", "runs", "latest", "first→last", "change points"))
                .append(Markdown.separator(false, false, false, false, false, true, true, true, false));
        for (Trend tr : trends) {
            Series s = tr.series();
            var last = s.points().get(s.points().size() - 1);
            out.append(Markdown.row(Markdown.escape(shortName(s.benchmark())), Markdown.escape(s.mode()), Markdown.escape(paramsText(s.params())),
                    Markdown.escape(s.jvm()), Markdown.escape(s.machine()), Integer.toString(s.points().size()),
                    Markdown.escape(latest(last, s.unit())),
                    String.format(Locale.ROOT, "%+.1f%%", tr.firstToLastPercent()), Markdown.escape(changePointText(tr))));
        }
        return out.toString();
    }

    /** The latest score, marked when it was not at steady state. */
    private static String latest(HistoryStore.Point last, String unit) {
        return String.format(Locale.ROOT, "%.4g %s", last.score(), unit) + (last.steady() ? "" : " (!" + last.steadiness() + ")");
    }

    public static String json(List<Trend> trends) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Trend tr : trends) {
            Map<String, Object> m = new LinkedHashMap<>();
            Series s = tr.series();
            m.put("benchmark", s.benchmark());
            m.put("mode", s.mode());
            m.put("params", s.params());
            m.put("jvm", s.jvm());
            m.put("machine", s.machine());
            m.put("unit", s.unit());
            m.put("points", s.points().stream().map(p -> Map.of("run", p.label(), "time", String.valueOf(p.startedAt()),
                    "score", p.score(), "error", p.error(), "steadiness", String.valueOf(p.steadiness()))).toList());
            m.put("changePoints", tr.changePoints().stream().map(c -> Map.of("run", s.points().get(c.index()).label(),
                    "changePercent", c.changePercent(), "pValue", c.pValue())).toList());
            out.add(m);
        }
        try {
            return Json.MAPPER.writeValueAsString(out) + "\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A chart of the kernel throughput series with the most runs (up to eight), each relative to
     * its first run so different magnitudes share one axis; change points are pinned.
     */
    public static TrendSection chart(List<Trend> trends) {
        List<Trend> chosen = trends.stream().filter(t -> BenchmarkKind.KERNEL.matches(t.series().benchmark()))
                .sorted(java.util.Comparator.comparingInt((Trend t) -> -t.series().points().size())).limit(8).toList();
        if (chosen.isEmpty()) {
            chosen = trends.stream().sorted(java.util.Comparator.comparingInt((Trend t) -> -t.series().points().size())).limit(8).toList();
        }
        List<String> labels = new ArrayList<>();
        chosen.forEach(t -> t.series().points().forEach(p -> {
            if (!labels.contains(p.label())) {
                labels.add(p.label());
            }
        }));
        Map<String, double[]> lines = new LinkedHashMap<>();
        Map<String, List<Integer>> marks = new LinkedHashMap<>();
        for (Trend t : chosen) {
            double[] v = new double[labels.size()];
            java.util.Arrays.fill(v, Double.NaN);
            double first = t.series().points().get(0).score();
            for (var p : t.series().points()) {
                v[labels.indexOf(p.label())] = 100 * p.score() / first;
            }
            String name = paramsText(t.series().params()) + " · " + t.series().jvm().replace(" (OpenJDK 64-Bit Server VM)", "") + " · "
                    + t.series().machine();
            lines.put(name, v);
            marks.put(name, t.changePoints().stream().map(c -> labels.indexOf(t.series().points().get(c.index()).label())).toList());
        }
        ObjectNode option = io.whyrelu.reports.html.TrendCharts.trend("% of first run", labels, lines, marks);
        return new TrendSection("History: kernel throughput over recorded runs",
                "each series relative to its first run (100%); pins mark change points (windowed Mann–Whitney U)", option);
    }

    private static String changePointText(Trend tr) {
        if (tr.changePoints().isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (ChangePoint c : tr.changePoints()) {
            parts.add(String.format(Locale.ROOT, "%s (%+.1f%%, p=%.2g)", tr.series().points().get(c.index()).label(), c.changePercent(), c.pValue()));
        }
        return String.join("; ", parts);
    }

    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int cls = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(cls + 1);
    }

    static String paramsText(String paramsJson) {
        try {
            Map<String, Object> params = Json.MAPPER.readValue(paramsJson, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
            StringBuilder sb = new StringBuilder();
            params.forEach((k, v) -> {
                if (!k.equals("seed")) {
                    sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v);
                }
            });
            return sb.toString();
        } catch (java.io.IOException e) {
            return paramsJson;
        }
    }
}
