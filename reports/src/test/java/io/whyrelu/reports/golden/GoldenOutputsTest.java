package io.whyrelu.reports.golden;

import io.whyrelu.reports.accuracy.AccuracyText;
import io.whyrelu.reports.compare.Comparisons;
import io.whyrelu.reports.compare.ComparisonFormat;
import io.whyrelu.reports.compare.GateSettings;
import io.whyrelu.reports.html.HtmlReport;
import io.whyrelu.reports.markdown.MarkdownSummary;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.reports.summary.SummaryText;
import io.whyrelu.reports.summary.ThroughputSummary;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every table a user reads, rendered from two real smoke runs (relu, sigmoid and gelu, scalar and
 * simd, JDK 17 on AVX-512, with the native yardstick; the first with the accuracy suite) and held
 * to golden files: a refactoring of the results or report code must not change what users see
 * unless it means to.
 */
class GoldenOutputsTest {

    private static RunData run(String name) throws URISyntaxException {
        return RunLoader.load(Path.of(GoldenOutputsTest.class.getResource("/runs/" + name).toURI()));
    }

    @Test
    void summaryText() throws Exception {
        Golden.assertMatches("summary.txt", SummaryText.render(ThroughputSummary.of(run("smoke-a"))));
    }

    @Test
    void accuracyText() throws Exception {
        RunData a = run("smoke-a");
        Golden.assertMatches("accuracy.txt", AccuracyText.render(a.accuracy().orElseThrow()));
        Golden.assertMatches("verdicts.txt", AccuracyText.verdicts(a.accuracy().orElseThrow()));
    }

    @Test
    void markdownSummary() throws Exception {
        Golden.assertMatches("summary.md", MarkdownSummary.render(List.of(run("smoke-a"))));
        Golden.assertMatches("summary-two-runs.md", MarkdownSummary.render(List.of(run("smoke-a"), run("smoke-b"))));
    }

    @Test
    void htmlReport() throws Exception {
        Golden.assertMatches("report.html", stable(HtmlReport.render(List.of(run("smoke-a")), Optional.empty(), "test")));
        Golden.assertMatches("report-two-runs.html", stable(HtmlReport.render(List.of(run("smoke-a"), run("smoke-b")), Optional.empty(),
                "test")));
    }

    @Test
    void comparison() throws Exception {
        var comparison = Comparisons.compare(run("smoke-a"), run("smoke-b"), GateSettings.defaults());
        Golden.assertMatches("compare.txt", ComparisonFormat.TEXT.render(comparison));
        Golden.assertMatches("compare.md", ComparisonFormat.MARKDOWN.render(comparison));
        Golden.assertMatches("compare.json", ComparisonFormat.JSON.render(comparison));
    }

    /** The report without what does not come from the runs: the inlined libraries, the time it was made, where the runs lie. */
    private static String stable(String html) throws Exception {
        html = html.replace(Path.of(GoldenOutputsTest.class.getResource("/runs").toURI()).toString(), "[runs]");
        for (String inlined : List.of("META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js", "io/whyrelu/reports/html/report.css",
                "io/whyrelu/reports/html/report.js")) {
            html = html.replace(resource(inlined), "[" + inlined + "]");
        }
        return html.replaceAll("Generated \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "Generated [time]");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = GoldenOutputsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
