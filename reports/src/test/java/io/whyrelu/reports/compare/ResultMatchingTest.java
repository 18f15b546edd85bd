package io.whyrelu.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.JmhFixtures;
import io.whyrelu.reports.run.RunData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultMatchingTest {

    private static final String BENCH = "org.example.Parse.json";

    @TempDir
    Path tmp;

    @Test
    void aFileWithoutJvmFieldsStillMatchesANewerOneAndSaysSo() throws Exception {
        RunData old = new JmhFixtures(1).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5)
                .last(r -> r.remove(java.util.List.of("jdkVersion", "vmName", "vmVersion", "jmhVersion"))).load(tmp.resolve("old"));
        RunData now = new JmhFixtures(2).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5).load(tmp.resolve("new"));
        Comparison c = Comparisons.compare(old, now, GateSettings.defaults());
        assertEquals(1, c.rows().size());
        assertTrue(c.warnings().get(0).contains("matched across different JVM labels"), c.warnings().toString());
        assertTrue(c.onlyInBaseline().isEmpty() && c.onlyInCurrent().isEmpty());
    }

    @Test
    void threadsAndJvmOptionsThatDifferAreWarnedAbout() throws Exception {
        RunData a = new JmhFixtures(1).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5)
                .last(r -> r.putArray("jvmArgs").add("-Xmx1g")).load(tmp.resolve("a"));
        RunData b = new JmhFixtures(2).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5)
                .last(r -> r.put("threads", 4).putArray("jvmArgs").add("-Xmx8g")).load(tmp.resolve("b"));
        Comparison c = Comparisons.compare(a, b, GateSettings.defaults());
        assertTrue(c.warnings().stream().anyMatch(w -> w.startsWith("threads differ for 1 matched result: Parse.json (1 → 4)")), c.warnings().toString());
        assertTrue(c.warnings().stream().anyMatch(w -> w.startsWith("JVM options (jvmArgs) differ")), c.warnings().toString());
        assertTrue(ComparisonFormat.TEXT.render(c).contains("warning: threads differ"));
    }

    /** Two whyrelu runs differ in the file their forks log warm-up to, and in nothing that was measured: no warning. */
    @Test
    void theRunsOwnLogFileIsNotAnOptionThatDiffers() throws Exception {
        RunData a = new JmhFixtures(1).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5)
                .last(r -> r.putArray("jvmArgs").add("-Xmx1g").add("-Dwhyrelu.warmup.log=/results/a/warmup.jsonl")).load(tmp.resolve("a"));
        RunData b = new JmhFixtures(2).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5)
                .last(r -> r.putArray("jvmArgs").add("-Xmx1g").add("-Dwhyrelu.warmup.log=/results/b/warmup.jsonl")).load(tmp.resolve("b"));
        Comparison c = Comparisons.compare(a, b, GateSettings.defaults());
        assertTrue(c.warnings().stream().noneMatch(w -> w.startsWith("JVM options")), c.warnings().toString());
    }

    @Test
    void everyModeOfOneBenchmarkIsItsOwnRowAndSaysItsMode() throws Exception {
        JmhFixtures f = new JmhFixtures(3);
        for (String[] mode : new String[][] {{"thrpt", "ops/ms"}, {"avgt", "ns/op"}, {"sample", "ns/op"}, {"ss", "ms/op"}}) {
            f.add(BENCH, mode[0], mode[1], Map.of("size", "10"), 100, 0.01, 1, 3);
        }
        RunData a = f.load(tmp.resolve("modes"));
        Comparison c = Comparisons.compare(a, a, GateSettings.defaults());
        assertEquals(4, c.rows().size());
        String text = ComparisonFormat.TEXT.render(c);
        for (String mode : new String[] {"thrpt", "avgt", "sample", "ss"}) {
            assertTrue(text.contains(" " + mode + " "), mode + " in\n" + text);
        }
    }

    @Test
    void aBenchmarkMeasuredInAnotherModeNowIsWarnedAbout() throws Exception {
        RunData a = new JmhFixtures(6).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5)
                .add(BENCH, "avgt", "ns/op", Map.of("size", "20"), 200, 0.01, 2, 5).load(tmp.resolve("avgt"));
        RunData b = new JmhFixtures(7).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5)
                .add(BENCH, "thrpt", "ops/us", Map.of("size", "20"), 0.005, 0.01, 2, 5).load(tmp.resolve("thrpt"));
        Comparison c = Comparisons.compare(a, b, GateSettings.defaults());
        assertTrue(c.warnings().contains("mode differs, so nothing was compared, for 1 benchmark: Parse.json (avgt → thrpt)"), c.warnings().toString());
    }

    @Test
    void aBenchmarkMissingFromTheCurrentRunIsListed() throws Exception {
        RunData a = new JmhFixtures(4).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5)
                .add(BENCH, "avgt", "ns/op", Map.of("size", "20"), 200, 0.01, 2, 5).load(tmp.resolve("both"));
        RunData b = new JmhFixtures(5).add(BENCH, "avgt", "ns/op", Map.of("size", "10"), 100, 0.01, 2, 5).load(tmp.resolve("one"));
        Comparison c = Comparisons.compare(a, b, GateSettings.defaults());
        assertEquals(1, c.onlyInBaseline().size());
        assertTrue(ComparisonFormat.TEXT.render(c).contains("missing: " + BENCH + " avgt {size=20}"), ComparisonFormat.TEXT.render(c));
    }
}
