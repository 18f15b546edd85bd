package io.whyrelu.reports.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.reports.html.Charts.BarSeries;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.resultmodel.BenchmarkKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Charts for benchmarks that are not whyrelu's own: one per benchmark method × mode × unit, its
 * params on the axis, one bar series per run × JVM with JMH's error as error bars. whyrelu's own
 * benchmarks have their dedicated charts.
 */
final class MethodCharts {

    /** A chart before it gets its id. */
    record Spec(String title, String caption, ObjectNode option) {}

    /** Scores spanning more than this factor go on a log axis, where the small ones stay visible. */
    private static final double WIDE_RANGE = 30;

    private MethodCharts() {}

    static List<Spec> of(List<RunData> runs) {
        // method × mode × unit → source → params text → result
        Map<String, Map<String, Map<String, JmhResult>>> groups = new LinkedHashMap<>();
        for (RunData run : runs) {
            for (JmhResult r : run.results()) {
                if (ours(r)) {
                    continue;
                }
                String group = r.shortName() + " · " + r.mode() + " · " + r.primary().scoreUnit();
                String source = (runs.size() > 1 ? run.label() + " · " : "") + r.jvmLabel();
                String params = r.paramsText();
                groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(source, s -> new LinkedHashMap<>())
                        .put(params.isEmpty() ? "(no params)" : params, r);
            }
        }
        List<Spec> specs = new ArrayList<>();
        groups.forEach((group, bySource) -> {
            Set<String> categories = new LinkedHashSet<>();
            bySource.values().forEach(m -> categories.addAll(m.keySet()));
            List<String> cats = new ArrayList<>(categories);
            List<BarSeries> series = new ArrayList<>();
            String unit = "";
            for (var e : bySource.entrySet()) {
                double[] values = new double[cats.size()];
                double[] errors = new double[cats.size()];
                for (int i = 0; i < cats.size(); i++) {
                    JmhResult r = e.getValue().get(cats.get(i));
                    values[i] = r == null ? Double.NaN : r.primary().score();
                    errors[i] = r == null ? Double.NaN : r.primary().scoreError();
                    unit = r == null ? unit : r.primary().scoreUnit();
                }
                series.add(new BarSeries(e.getKey(), values, errors));
            }
            double[] finite = series.stream().flatMapToDouble(b -> java.util.Arrays.stream(b.values())).filter(v -> v > 0 && Double.isFinite(v))
                    .toArray();
            boolean log = finite.length > 1 && java.util.Arrays.stream(finite).max().orElseThrow()
                    > WIDE_RANGE * java.util.Arrays.stream(finite).min().orElseThrow();
            specs.add(new Spec(group, "score per params, one series per run and JVM; " + (log ? "log scale" : "bars ± JMH's error"),
                    Charts.bars(unit, cats, series, log)));
        });
        return specs;
    }

    private static boolean ours(JmhResult r) {
        return BenchmarkKind.KERNEL.matches(r) || BenchmarkKind.ACTIVATION.matches(r)
                || BenchmarkKind.ROOFLINE.matches(r) || BenchmarkKind.LATENCY.matches(r);
    }
}
