package io.whyrelu.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.JmhFixtures;
import io.whyrelu.reports.markdown.MarkdownSummary;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final String HOSTILE = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";

    @TempDir
    Path tmp;

    /** A run with whyrelu's benchmarks, a manifest, an accuracy.json, and a hostile activation name. */
    private RunData run() throws Exception {
        JmhFixtures f = new JmhFixtures(1);
        f.add("io.whyrelu.bench.jmh.Roofline.fmaPeak", "thrpt", "ops/s", Map.of(), 2.0e11, 0.02, 1, 3);
        for (String a : new String[] {"relu", "sigmoid", HOSTILE}) {
            for (String impl : new String[] {"scalar", "simd"}) {
                f.add("io.whyrelu.bench.jmh.KernelThroughput.kernel", "thrpt", "ops/s", Map.of("activation", a, "impl", impl, "n", "256",
                        "k", "256", "batch", "1", "seed", "42"), impl.equals("simd") ? 300_000 : 40_000, 0.02, 1, 3);
                f.add("io.whyrelu.bench.jmh.ActivationThroughput.activation", "thrpt", "ops/s", Map.of("activation", a, "impl", impl,
                        "size", "4096", "seed", "42"), impl.equals("simd") ? 2e9 : 1e8, 0.02, 1, 3);
            }
        }
        Path dir = f.write(tmp.resolve("run"));
        Files.writeString(dir.resolve("manifest.json"), "{\"schema\":\"whyrelu-manifest/1\",\"status\":\"complete\",\"preset\":\"quick\","
                + "\"tool\":{\"name\":\"whyrelu\",\"version\":\"test\"},\"host\":{\"hostname\":\"" + HOSTILE.replace("\"", "\\\"")
                + "\",\"os\":\"Linux\",\"arch\":\"amd64\",\"cpuModel\":\"Xeon\",\"cores\":2,\"cpuFlags\":[\"avx512f\"]},\"jvms\":[],"
                + "\"benchmarks\":{\"planned\":13,\"completed\":13}}");
        Files.copy(Path.of(HtmlReportTest.class.getResource("/runs/smoke-a/accuracy.json").toURI()), dir.resolve("accuracy.json"));
        return RunLoader.load(dir);
    }

    @Test
    void hostileNamesRenderAsTextInHtmlAndMarkdown() throws Exception {
        RunData run = run();
        String html = HtmlReport.render(List.of(run), Optional.empty(), "test");
        assertFalse(html.contains("<script>document.title"), "no live script from the data");
        assertFalse(html.contains("<img src=x"), "no live tag from the data");
        assertTrue(html.contains("&lt;script&gt;document.title"), "the name is there, as text");
        String md = MarkdownSummary.render(List.of(run));
        assertFalse(md.contains("<script>") || md.contains("<img"), md);
    }

    @Test
    void rendersEveryChartInHeadlessChromiumWithoutErrors() throws Exception {
        Optional<Browser> browser = Browser.find();
        Assumptions.assumeTrue(browser.isPresent(), "SKIPPED: no headless browser found (set CHROME, or install Debian's chromium: "
                + ".ci/run does); the report was not opened in a browser");
        Path html = tmp.resolve("report.html");
        Files.writeString(html, HtmlReport.render(List.of(run()), Optional.empty(), "test"));
        String dom = browser.get().dumpDom(html, tmp.resolve("profile"));
        assertTrue(dom.contains("data-charts-rendered"), "the report's script ran: " + dom.substring(0, Math.min(300, dom.length())));
        assertEquals(attribute(dom, "data-charts-expected"), attribute(dom, "data-charts-rendered"), "every chart rendered");
        assertEquals("0", attribute(dom, "data-js-errors"), "no script errors");
        assertTrue(dom.contains("<svg"), "charts are SVG");
        assertFalse(dom.contains("<title>pwned"), "hostile names stayed inert");
        Path shot = Path.of("target", "report-screenshot.png");
        Files.createDirectories(shot.getParent());
        browser.get().screenshot(html, shot.toAbsolutePath(), tmp.resolve("profile2"));
        assertTrue(Files.size(shot) > 10_000, "screenshot kept as a test artifact: " + shot.toAbsolutePath());
    }

    /** Another project's file: one benchmark in four modes, sample mode with percentile secondaries, and a parametrised one. */
    private RunData foreign(String name, long seed, double scale) throws Exception {
        JmhFixtures f = new JmhFixtures(seed);
        f.add("org.example.Strings.readString", "thrpt", "ops/ms", Map.of(), 4200 * scale, 0.02, 1, 3);
        f.add("org.example.Strings.readString", "avgt", "ns/op", Map.of(), 240 / scale, 0.02, 1, 3);
        f.add("org.example.Strings.readString", "sample", "ns/op", Map.of(), 250 / scale, 0.02, 1, 3)
                .secondary("·p0.50", "ns/op", new double[] {230, 231, 229}).secondary("·p0.99", "ns/op", new double[] {900, 880, 910});
        f.add("org.example.Strings.readString", "ss", "us/op", Map.of(), 35, 0.1, 1, 3);
        for (String size : new String[] {"10", "100", "1000"}) {
            for (String kind : new String[] {"ascii", "utf8"}) {
                f.add("org.example.Codec.decode", "thrpt", "ops/s", Map.of("size", size, "kind", kind),
                        1e7 / Integer.parseInt(size) * scale, 0.03, 2, 3);
            }
        }
        return RunLoader.load(f.write(tmp.resolve(name)));
    }

    @Test
    void anyJmhFileGetsEveryBenchmarkInATableAndAChartPerMethod() throws Exception {
        RunData before = foreign("before", 1, 1);
        RunData after = foreign("after", 2, 1.1);
        ReportModel model = new ReportModel(List.of(before, after), Optional.empty());
        // 4 modes + 2 percentiles + 6 decode results, per run
        assertEquals(24, model.resultsRows().size());
        assertTrue(model.resultsRows().stream().anyMatch(r -> r.contains("Strings.readString:·p0.99") && r.contains("sample")),
                model.resultsRows().toString());
        List<String> titles = model.charts().stream().map(Chart::title).toList();
        assertTrue(titles.containsAll(List.of("Strings.readString · thrpt · ops/ms", "Strings.readString · avgt · ns/op",
                "Strings.readString · sample · ns/op", "Strings.readString · ss · us/op", "Codec.decode · thrpt · ops/s")), titles.toString());
        Chart decode = model.charts().stream().filter(c -> c.title().startsWith("Codec.decode")).findFirst().orElseThrow();
        assertEquals(6, decode.option().path("xAxis").path("data").size(), "params on the axis");
        assertEquals(2, decode.option().path("series").size(), "the two runs side by side");
        assertEquals("log", decode.option().path("yAxis").path("type").asText(), "scores over three decades");
        String html = HtmlReport.render(List.of(before, after), Optional.empty(), "test");
        assertTrue(html.contains("<table class=\"sortable\">") && html.contains("kind=utf8 size=1000"), "the sortable table");
        Optional<Browser> browser = Browser.find();
        if (browser.isPresent()) {
            Path file = tmp.resolve("foreign.html");
            Files.writeString(file, html);
            String dom = browser.get().dumpDom(file, tmp.resolve("profile3"));
            assertEquals(attribute(dom, "data-charts-expected"), attribute(dom, "data-charts-rendered"), "every chart rendered");
            assertEquals("0", attribute(dom, "data-js-errors"), "no script errors");
            Path shot = Path.of("target", "foreign-report-screenshot.png");
            browser.get().screenshot(file, shot.toAbsolutePath(), tmp.resolve("profile4"));
        }
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        return m.find() ? m.group(1) : "missing";
    }
}
