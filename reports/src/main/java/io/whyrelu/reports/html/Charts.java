package io.whyrelu.reports.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.resultmodel.json.Json;
import java.util.List;
import java.util.Map;

/**
 * Builders of ECharts options (plain JSON; the report's script adds the error-bar renderer).
 * Every label comes from data and is rendered by ECharts into SVG text, never as HTML.
 */
final class Charts {

    static final String BAR_GAP = "30%";
    static final String CATEGORY_GAP = "20%";

    private Charts() {}

    /** A series of a grouped bar chart: one value per category, with an optional ± error. */
    record BarSeries(String name, double[] values, double[] errors) {}

    static ObjectNode bars(String yName, List<String> categories, List<BarSeries> series, boolean logScale) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("top", 0).put("type", "scroll");
        ObjectNode grid = o.putObject("grid");
        grid.put("left", 70).put("right", 20).put("top", 40).put("bottom", 80);
        ObjectNode x = o.putObject("xAxis");
        x.put("type", "category");
        x.putObject("axisLabel").put("rotate", 35).put("interval", 0);
        ArrayNode cats = x.putArray("data");
        categories.forEach(cats::add);
        ObjectNode y = o.putObject("yAxis");
        y.put("type", logScale ? "log" : "value").put("name", yName);
        ArrayNode s = o.putArray("series");
        int group = 0;
        for (BarSeries b : series) {
            ObjectNode bar = s.addObject();
            // On a log axis bars would grow from 1 (up or down); a dot plot reads correctly there.
            if (logScale) {
                bar.put("name", b.name()).put("type", "scatter").put("symbolSize", 11);
            } else {
                bar.put("name", b.name()).put("type", "bar").put("barGap", BAR_GAP).put("barCategoryGap", CATEGORY_GAP);
            }
            ArrayNode data = bar.putArray("data");
            for (double v : b.values()) {
                addNumber(data, v);
            }
            if (b.errors() != null && !logScale) {
                ObjectNode err = s.addObject();
                err.put("name", b.name()).put("type", "custom").put("z", 10).put("tooltip", false);
                err.putObject("whyreluErrorBar").put("group", group).put("groups", series.size());
                ObjectNode encode = err.putObject("encode");
                encode.put("x", 0);
                encode.putArray("y").add(1).add(2);
                ArrayNode edata = err.putArray("data");
                for (int i = 0; i < b.values().length; i++) {
                    double v = b.values()[i];
                    double e = b.errors()[i];
                    if (Double.isFinite(v) && Double.isFinite(e)) {
                        // Rates and ratios are not negative: JMH's interval from a few iterations (Student t)
                        // can reach below zero, which would only stretch the axis.
                        double low = v >= 0 ? Math.max(0, v - e) : v - e;
                        edata.addArray().add(i).add(low).add(v + e);
                    }
                }
            }
            group++;
        }
        return o;
    }

    /** Lines over a numeric x axis, e.g. error against K, both axes logarithmic. */
    static ObjectNode lines(String xName, String yName, Map<String, double[][]> series, boolean logX, boolean logY, List<String> dashed) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "item");
        o.putObject("legend").put("top", 0).put("type", "scroll");
        ObjectNode grid = o.putObject("grid");
        grid.put("left", 70).put("right", 30).put("top", 50).put("bottom", 50);
        o.putObject("xAxis").put("type", logX ? "log" : "value").put("name", xName).put("logBase", 2);
        o.putObject("yAxis").put("type", logY ? "log" : "value").put("name", yName);
        ArrayNode s = o.putArray("series");
        series.forEach((name, points) -> {
            ObjectNode line = s.addObject();
            line.put("name", name).put("type", "line").put("symbolSize", 6);
            if (dashed.contains(name)) {
                line.putObject("lineStyle").put("type", "dashed").put("width", 2);
            }
            ArrayNode data = line.putArray("data");
            for (double[] p : points) {
                if (Double.isFinite(p[1]) && (!logY || p[1] > 0)) {
                    data.addArray().add(p[0]).add(p[1]);
                }
            }
        });
        return o;
    }

    /** A time series: x = run index (labelled), y = score. */
    static ObjectNode trend(String yName, List<String> labels, Map<String, double[]> series, Map<String, List<Integer>> changePoints) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("top", 0).put("type", "scroll");
        ObjectNode grid = o.putObject("grid");
        grid.put("left", 70).put("right", 20).put("top", 50).put("bottom", 60);
        ObjectNode x = o.putObject("xAxis");
        x.put("type", "category");
        ArrayNode cats = x.putArray("data");
        labels.forEach(cats::add);
        o.putObject("yAxis").put("type", "value").put("name", yName).put("scale", true);
        ArrayNode s = o.putArray("series");
        series.forEach((name, values) -> {
            ObjectNode line = s.addObject();
            line.put("name", name).put("type", "line");
            ArrayNode data = line.putArray("data");
            for (double v : values) {
                addNumber(data, v);
            }
            List<Integer> cps = changePoints.getOrDefault(name, List.of());
            if (!cps.isEmpty()) {
                ArrayNode marks = line.putObject("markPoint").putArray("data");
                for (int i : cps) {
                    ObjectNode m = marks.addObject();
                    m.put("name", "change point");
                    m.putArray("coord").add(labels.get(i)).add(values[i]);
                    m.put("symbol", "pin");
                }
            }
        });
        return o;
    }

    private static ObjectNode base() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("animation", false);
        o.putObject("toolbox").putObject("feature").putObject("saveAsImage");
        return o;
    }

    private static void addNumber(ArrayNode data, double v) {
        if (Double.isFinite(v)) {
            data.add(v);
        } else {
            data.addNull();
        }
    }
}
