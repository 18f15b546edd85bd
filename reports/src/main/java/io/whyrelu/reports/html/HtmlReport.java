package io.whyrelu.reports.html;


import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.view.HtmlRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML report: one self-contained file (styles, ECharts and the rendering script inlined, a
 * Content-Security-Policy that forbids fetching anything). Every value from the input files goes
 * through Mustache's HTML escaping or, for chart options, through {@link ScriptJson}.
 */
public final class HtmlReport {

    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private HtmlReport() {}

    public static String render(List<RunData> runs, Optional<TrendSection> trend, String toolVersion) {
        ReportModel model = new ReportModel(runs, trend);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", runs.size() == 1 ? "whyrelu report: " + runs.get(0).label() : "whyrelu report: " + runs.size() + " runs");
        scope.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        scope.put("toolVersion", toolVersion);
        scope.put("runCount", runs.size());
        scope.put("environment", model.environment());
        HtmlRenderer html = new HtmlRenderer();
        scope.put("steadyState", model.steadyState().stream().map(st -> Map.of("label", st.label(), "counts", st.counts(), "table",
                st.table().isEmpty() ? "" : html.render(st.table()))).toList());
        var kernels = new java.util.ArrayList<>(model.throughputTables().stream().map(html::render).toList());
        var shares = model.percentOfPeakTable();
        if (!shares.isEmpty()) {
            kernels.add(html.render(shares));
        }
        scope.put("throughputTables", kernels);
        scope.put("hasKernels", !kernels.isEmpty());
        var latency = model.latencyTables().stream().map(html::render).toList();
        scope.put("latencyTables", latency);
        scope.put("hasLatency", !latency.isEmpty());
        var verdicts = model.verdicts().stream().map(v -> Map.of("table", html.render(v.table()), "agreement", v.agreement())).toList();
        scope.put("verdicts", verdicts);
        scope.put("hasVerdicts", !verdicts.isEmpty());
        scope.put("resultsHeader", model.resultsHeader());
        scope.put("resultsRows", model.resultsRows());
        scope.put("charts", model.charts());
        scope.put("chartCount", model.charts().size());
        scope.put("sections", sections(!kernels.isEmpty(), !latency.isEmpty(), !verdicts.isEmpty()));
        scope.put("css", resource("report.css"));
        scope.put("js", resource("report.js"));
        scope.put("echarts", classpath(ECHARTS));
        Mustache template = new DefaultMustacheFactory().compile(new StringReader(resource("report.mustache")), "report");
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }

    private static List<Map<String, String>> sections(boolean kernels, boolean latency, boolean verdicts) {
        var list = new java.util.ArrayList<Map<String, String>>();
        list.add(Map.of("id", "environment", "name", "Environment"));
        list.add(Map.of("id", "steady", "name", "Steady state"));
        if (verdicts) {
            list.add(Map.of("id", "verdict", "name", "Verdict"));
        }
        list.add(Map.of("id", "charts", "name", "Charts"));
        if (kernels) {
            list.add(Map.of("id", "throughput", "name", "Throughput"));
        }
        if (latency) {
            list.add(Map.of("id", "latency", "name", "Latency"));
        }
        list.add(Map.of("id", "results", "name", "All results"));
        return list;
    }

    private static String resource(String name) {
        return classpath("io/whyrelu/reports/html/" + name);
    }

    private static String classpath(String path) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
