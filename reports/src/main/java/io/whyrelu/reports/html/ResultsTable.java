package io.whyrelu.reports.html;

import io.whyrelu.reports.view.Numbers;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.jmh.Metric;
import io.whyrelu.reports.run.RunData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every result of every run as one sortable table — benchmark, mode, params, score ± error, unit,
 * and each secondary metric as a row of its own — so that a report shows all of any JMH file,
 * not only the benchmarks whyrelu knows.
 */
final class ResultsTable {

    private ResultsTable() {}

    static List<String> header(boolean several) {
        List<String> h = new ArrayList<>(List.of("benchmark", "mode", "params", "score", "± error", "unit", "forks × it."));
        if (several) {
            h.add(0, "run · JVM");
        }
        return h;
    }

    static List<List<String>> rows(List<RunData> runs, boolean several) {
        List<List<String>> rows = new ArrayList<>();
        for (RunData run : runs) {
            for (JmhResult r : run.results()) {
                String source = (runs.size() > 1 ? run.label() + " · " : "") + r.jvmLabel();
                rows.add(row(several, source, r.shortName(), r, r.primary()));
                for (Map.Entry<String, Metric> s : r.secondaries().entrySet()) {
                    rows.add(row(several, source, r.shortName() + ":" + s.getKey(), r, s.getValue()));
                }
            }
        }
        return rows;
    }

    private static List<String> row(boolean several, String source, String name, JmhResult r, Metric m) {
        int iterations = m.rawData().stream().mapToInt(List::size).max().orElse(0);
        List<String> row = new ArrayList<>(List.of(name, r.mode(), r.paramsText(), number(m.score()), number(m.scoreError()), m.scoreUnit(),
                m.rawData().isEmpty() ? "" : m.rawData().size() + " × " + iterations));
        if (several) {
            row.add(0, source);
        }
        return row;
    }

    private static String number(double v) {
        String n = Numbers.num(v);
        return n == null ? "" : n;
    }
}
