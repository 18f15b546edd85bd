package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.resultmodel.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report, compare and history through the command line: files, exit codes and one-line errors. */
class ReportingCliTest {

    @TempDir
    Path tmp;

    /** A jmh.json with two kernel benchmarks, 3 forks × 5 iterations; the simd one scaled by {@code factor}. */
    private Path run(String name, double factor, long seed) throws Exception {
        var rng = new java.util.Random(seed);
        ArrayNode root = Json.MAPPER.createArrayNode();
        for (String impl : new String[] {"scalar", "simd"}) {
            ObjectNode r = root.addObject();
            r.put("benchmark", "io.whyrelu.bench.jmh.KernelThroughput.kernel").put("mode", "thrpt").put("jdkVersion", "17.0.15")
                    .put("vmName", "OpenJDK 64-Bit Server VM").put("jvm", "/usr/bin/java");
            r.putObject("params").put("activation", "relu").put("impl", impl).put("n", "256").put("k", "256").put("batch", "1");
            ObjectNode m = r.putObject("primaryMetric");
            double mean = impl.equals("simd") ? 300_000 * factor : 40_000;
            ArrayNode raw = m.putArray("rawData");
            for (int f = 0; f < 3; f++) {
                ArrayNode fork = raw.addArray();
                for (int i = 0; i < 5; i++) {
                    fork.add(mean * (1 + 0.01 * (2 * rng.nextDouble() - 1)));
                }
            }
            m.put("score", mean).put("scoreError", mean * 0.01).put("scoreUnit", "ops/s");
        }
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Json.MAPPER.writeValue(dir.resolve("jmh.json").toFile(), root);
        return dir;
    }

    @Test
    void compareGatesByExitCode() throws Exception {
        Path a = run("a", 1, 1);
        var same = CliRunner.run("compare", a.toString(), run("b", 1, 2).toString());
        assertEquals(0, same.exitCode(), same.out() + same.err());
        assertTrue(same.out().contains("0 regressed"), same.out());
        var slower = CliRunner.run("compare", a.toString(), run("c", 0.8, 3).toString(), "--format", "markdown");
        assertEquals(1, slower.exitCode(), slower.out() + slower.err());
        assertTrue(slower.out().contains("**REGRESSED**"), slower.out());
        var tolerated = CliRunner.run("compare", a.toString(), tmp.resolve("c").toString(), "--fail-on", "never", "--format", "json");
        assertEquals(0, tolerated.exitCode());
        assertTrue(tolerated.out().contains("\"verdict\" : \"REGRESSED\""), tolerated.out());
    }

    /** One fork of three iterations, as most projects commit them: thrpt in ops/ms. */
    private Path oneFork(String name, double score, boolean withGelu) throws Exception {
        ArrayNode root = Json.MAPPER.createArrayNode();
        for (String activation : withGelu ? new String[] {"relu", "gelu"} : new String[] {"relu"}) {
            ObjectNode r = root.addObject();
            r.put("benchmark", "org.example.Enforce.enforce").put("mode", "thrpt").put("jdkVersion", "17.0.15");
            r.putObject("params").put("activation", activation);
            ObjectNode m = r.putObject("primaryMetric");
            m.putArray("rawData").addArray().add(score * 0.99).add(score).add(score * 1.01);
            m.put("score", score).put("scoreError", "NaN").put("scoreUnit", "ops/ms");
        }
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Json.MAPPER.writeValue(dir.resolve("jmh.json").toFile(), root);
        return dir;
    }

    @Test
    void aThirtyThreeFoldSlowdownFailsTheGateFromOneForkOfThreeIterations() throws Exception {
        var o = CliRunner.run("compare", oneFork("before", 673, false).toString(), oneFork("after", 20.3, false).toString());
        assertEquals(1, o.exitCode(), o.out() + o.err());
        assertTrue(o.out().contains("REGRESSED") && o.out().contains("1 fork a side: fork noise 4% assumed"), o.out());
        var aa = CliRunner.run("compare", oneFork("a1", 673, false).toString(), oneFork("a2", 673, false).toString());
        assertEquals(0, aa.exitCode(), aa.out());
    }

    @Test
    void failOnNamesWhatFailsTheGate() throws Exception {
        Path base = oneFork("base", 100, true);
        Path modest = oneFork("modest", 92, false);
        var o = CliRunner.run("compare", base.toString(), modest.toString());
        assertEquals(0, o.exitCode(), "−8% from one fork is TOO_FEW, and gelu is missing: neither fails by default\n" + o.out());
        assertTrue(o.out().contains("TOO_FEW") && o.out().contains("forks a side") && o.out().contains("missing: org.example.Enforce.enforce"),
                o.out());
        assertEquals(1, CliRunner.run("compare", base.toString(), modest.toString(), "--fail-on", "too-few").exitCode());
        assertEquals(1, CliRunner.run("compare", base.toString(), modest.toString(), "--fail-on", "regression,missing").exitCode());
        var bad = CliRunner.run("compare", base.toString(), modest.toString(), "--fail-on", "never,missing");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--fail-on never cannot be combined"), bad.err());
    }

    @Test
    void compareRejectsBadInputWithOneLineAndExitTwo() throws Exception {
        Path a = run("a", 1, 1);
        Path truncated = tmp.resolve("truncated.json");
        Files.writeString(truncated, "[{\"benchmark\": ");
        Path notJmh = tmp.resolve("other.json");
        Files.writeString(notJmh, "{\"results\": []}");
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        for (String[] args : new String[][] {{truncated.toString(), a.toString()}, {notJmh.toString(), a.toString()},
                {empty.toString(), a.toString()}, {a.toString(), a.toString(), "--format", "xml"}, {a.toString(), a.toString(), "--alpha", "2"},
                {a.toString(), a.toString(), "--fork-noise", "-1"}, {a.toString(), a.toString(), "--correction", "bonferroni"},
                {a.toString(), a.toString(), "--fail-on", "sometimes"}}) {
            String[] argv = new String[args.length + 1];
            argv[0] = "compare";
            System.arraycopy(args, 0, argv, 1, args.length);
            var outcome = CliRunner.run(argv);
            assertEquals(2, outcome.exitCode(), String.join(" ", args) + ": " + outcome.err());
            // One line naming the problem; picocli's own option errors add a pointer to --help.
            List<String> lines = outcome.err().strip().lines().toList();
            assertTrue(lines.size() == 1 || lines.size() == 2 && lines.get(1).startsWith("Try 'whyrelu compare --help'"),
                    "one line naming the problem: " + outcome.err());
            assertFalse(outcome.err().contains("Exception"), outcome.err());
        }
    }

    @Test
    void reportWritesHtmlAndTheSummaryWhereAsked() throws Exception {
        Path a = run("a", 1, 1);
        var outcome = CliRunner.run("report", a.toString(), run("b", 0.9, 2).toString(), "--out", tmp.resolve("out/r.html").toString(),
                "--summary", tmp.resolve("out/summary.md").toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        String html = Files.readString(tmp.resolve("out/r.html"));
        assertTrue(html.contains("echarts") && html.contains("data-charts-expected"), "self-contained, with charts");
        assertTrue(Files.readString(tmp.resolve("out/summary.md")).contains("# whyrelu summary"));
        assertEquals(2, CliRunner.run("report", tmp.resolve("missing").toString()).exitCode());
    }

    @Test
    void historyAddsShowsAndFeedsTheReport() throws Exception {
        String db = "jdbc:sqlite:" + tmp.resolve("h.db");
        for (int i = 0; i < 4; i++) {
            var outcome = CliRunner.run("history", "add", run("r" + i, 1 + 0.01 * i, i).toString(), "--db", db);
            assertEquals(0, outcome.exitCode(), outcome.err());
            assertTrue(outcome.out().contains("recorded r" + i), outcome.out());
        }
        assertTrue(CliRunner.run("history", "add", tmp.resolve("r0").toString(), "--db", db).out().contains("already recorded"));
        var show = CliRunner.run("history", "show", "--db", db);
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("4 runs recorded, 2 series"), show.out());
        var report = CliRunner.run("report", tmp.resolve("r3").toString(), "--db", db);
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(Files.readString(tmp.resolve("r3/report.html")).contains("History: kernel throughput"));
        var empty = CliRunner.run("history", "show", "--db", "jdbc:sqlite:" + tmp.resolve("none.db"));
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("no runs in"), empty.err());
    }

    @Test
    void historyCheckGatesARunAgainstItsMachinesLastRuns() throws Exception {
        String db = "jdbc:sqlite:" + tmp.resolve("gate.db");
        for (int i = 0; i < 5; i++) {
            assertEquals(0, CliRunner.run("history", "add", run("w" + i, 1, 10 + i).toString(), "--db", db, "--machine", "runner-a").exitCode());
        }
        // Another machine, 2× slower hardware: it must not be the baseline.
        assertEquals(0, CliRunner.run("history", "add", run("other", 0.5, 20).toString(), "--db", db, "--machine", "runner-b").exitCode());
        var same = CliRunner.run("history", "check", run("same", 1, 30).toString(), "--db", db, "--machine", "runner-a", "--window", "5");
        assertEquals(0, same.exitCode(), same.out() + same.err());
        assertTrue(same.out().contains("last 5 runs on runner-a") && same.out().contains("0 regressed"), same.out());
        var slower = CliRunner.run("history", "check", run("slower", 0.8, 31).toString(), "--db", db, "--machine", "runner-a");
        assertEquals(1, slower.exitCode(), slower.out() + slower.err());
        assertTrue(slower.out().contains("REGRESSED") && slower.out().contains("t on 5+3 fork means"), slower.out());
        var unknown = CliRunner.run("history", "check", run("x", 1, 32).toString(), "--db", db, "--machine", "runner-c");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no steady results recorded for machine 'runner-c'"), unknown.err());
    }

    @Test
    void exportWritesBothDashboardFormatsAndRefusesToOverwriteItsInput() throws Exception {
        Path a = run("a", 1, 1);
        Path bmf = tmp.resolve("out").resolve("bmf.json");
        var outcome = CliRunner.run("export", "--format", "bmf", "--out", bmf.toString(), a.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        var doc = Json.MAPPER.readTree(bmf.toFile());
        assertEquals(2, doc.size(), doc.toString());
        doc.forEach(b -> assertTrue(b.get("throughput").get("value").asDouble() > 0, b.toString()));
        Path gab = tmp.resolve("gab");
        assertEquals(0, CliRunner.run("export", "--format", "gab", "--out", gab.toString(), a.toString()).exitCode());
        assertEquals(2, Json.MAPPER.readTree(gab.resolve("bigger-is-better.json").toFile()).size());
        assertEquals(0, Json.MAPPER.readTree(gab.resolve("smaller-is-better.json").toFile()).size());
        var clash = CliRunner.run("export", "--format", "bmf", "--out", a.resolve("jmh.json").toString(), a.toString());
        assertEquals(2, clash.exitCode());
        assertTrue(clash.err().contains("is one of the inputs"), clash.err());
        var bad = CliRunner.run("export", "--format", "csv", a.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--format"), bad.err());
    }
}
