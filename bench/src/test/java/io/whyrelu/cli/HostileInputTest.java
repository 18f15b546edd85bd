package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.bench.run.JmhLock;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.reports.run.RunLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input findings, one test each: every one failed before its fix. Bad input is one
 * line and exit 2, nothing is lost or overwritten, no password or terminal escape gets through.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    /** A run directory whose jmh.json has one kernel result per name, 1 fork × 5 iterations of {@code iterations}. */
    private Path run(String dir, List<String> activations, double[] iterations) throws Exception {
        ArrayNode root = Json.MAPPER.createArrayNode();
        for (String a : activations) {
            ObjectNode r = root.addObject();
            r.put("benchmark", "io.whyrelu.bench.jmh.KernelThroughput.kernel").put("mode", "thrpt").put("jdkVersion", "17.0.15")
                    .put("vmName", "OpenJDK 64-Bit Server VM").put("jvm", "/usr/bin/java");
            r.putObject("params").put("activation", a).put("impl", "simd").put("n", "256").put("k", "256").put("batch", "1");
            ObjectNode m = r.putObject("primaryMetric");
            ArrayNode fork = m.putArray("rawData").addArray();
            double sum = 0;
            for (double v : iterations) {
                if (Double.isNaN(v)) {
                    fork.add("NaN");
                } else {
                    fork.add(v);
                    sum += v;
                }
            }
            m.put("score", sum / iterations.length).put("scoreError", "NaN").put("scoreUnit", "ops/s");
        }
        Path d = tmp.resolve(dir);
        Files.createDirectories(d);
        Json.MAPPER.writeValue(d.resolve("jmh.json").toFile(), root);
        return d;
    }

    private Path run(String dir) throws Exception {
        return run(dir, List.of("relu", "sigmoid"), new double[] {3000, 3100, 3050, 3020, 3080});
    }

    private static void assertOneLineExit2(CliRunner.Outcome o, String expected) {
        assertEquals(2, o.exitCode(), o.out() + o.err());
        assertTrue(o.err().contains(expected), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line: " + o.err());
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception"), "no stack trace: " + o.err());
    }

    @Test
    void historyShowPrintsEverythingItPrints() throws Exception {
        String db = "jdbc:sqlite:" + tmp.resolve("h.db");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add("act" + i);
        }
        assertEquals(0, CliRunner.run("history", "add", run("r", many, new double[] {1, 2, 3, 4, 5}).toString(), "--db", db).exitCode());
        for (String format : new String[] {"text", "json", "markdown"}) {
            var show = CliRunner.runWithSystemStreams("history", "show", "--db", db, "--format", format);
            assertEquals(0, show.exitCode(), show.err());
            assertTrue(show.out().contains("act299"), format + ": output lost, " + show.out().length() + " chars");
        }
        var json = CliRunner.runWithSystemStreams("history", "show", "--db", db, "--format", "json");
        assertEquals(300, Json.MAPPER.readTree(json.out()).size(), "valid JSON, whole");
    }

    @Test
    void historyPasswordsNeverReachAMessage() {
        for (String url : new String[] {"jdbc:postgres://localhost/whyrelu?user=whyrelu&password=hunter2",
            "jdbc:nosuch://localhost/x?password=hunter2", "jdbc:postgresql://u:hunter2@localhost:1/x",
            "jdbc:postgresql://localhost:1/x?user=u&password=hunter2;b"}) {
            var o = CliRunner.run("history", "show", "--db", url);
            assertEquals(2, o.exitCode(), o.err());
            assertFalse(o.err().contains("hunter2") || o.err().contains(";b"), o.err());
        }
    }

    @Test
    void aRunDirectoryBelongsToOneRun() throws Exception {
        Path dir = tmp.resolve("shared");
        Files.createDirectories(dir);
        try (RunLock first = RunLock.claim(dir)) {
            assertTrue(RunLock.held(dir));
            var second = CliRunner.run("run", "--preset", "smoke", "--no-accuracy", "--out", dir.toString());
            assertOneLineExit2(second, "already contains files");
            try {
                RunLock.claim(dir).close();
                throw new AssertionError("a second claim of one directory succeeded");
            } catch (io.whyrelu.reports.run.LockHeldException expected) {
                assertTrue(expected.getMessage().contains("being written by another whyrelu run"));
            }
        }
        assertFalse(RunLock.held(dir));
    }

    @Test
    void noCommandWritesOverItsInputs() throws Exception {
        Path a = run("a");
        Path b = run("b");
        String jmh = Files.readString(a.resolve("jmh.json"));
        Files.writeString(a.resolve("manifest.json"), "{\"schema\": \"whyrelu-manifest/1\"}");
        assertOneLineExit2(CliRunner.run("report", a.toString(), "--out", a.resolve("jmh.json").toString()), "is one of the inputs");
        assertOneLineExit2(CliRunner.run("compare", a.toString(), b.toString(), "--out", a.resolve("manifest.json").toString()),
                "is one of the inputs");
        assertOneLineExit2(CliRunner.run("report", a.resolve("jmh.json").toString(), "--out", a.resolve("jmh.json").toString()),
                "is one of the inputs");
        assertEquals(jmh, Files.readString(a.resolve("jmh.json")));
    }

    @Test
    void reportWritesOnlyTheFilesItWasToldTo() throws Exception {
        Path a = run("a");
        Path dir = tmp.resolve("elsewhere");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.md"), "mine");
        var o = CliRunner.run("report", a.toString(), "--out", dir.resolve("r.html").toString());
        assertEquals(0, o.exitCode(), o.err());
        assertEquals("mine", Files.readString(dir.resolve("summary.md")), "a sibling summary.md is not the report's to replace");
        o = CliRunner.run("report", a.toString(), "--out", dir.resolve("r.html").toString(), "--summary", dir.resolve("s.md").toString());
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(Files.readString(dir.resolve("s.md")).contains("# whyrelu summary"));
    }

    @Test
    void unwritableOutputsAreOneLineNotAStackTrace() throws Exception {
        Path a = run("a");
        Path b = run("b");
        assertOneLineExit2(CliRunner.run("compare", a.toString(), b.toString(), "--out", tmp.toString()), "is a directory");
        assertOneLineExit2(CliRunner.run("report", a.toString(), "--out", "/proc/r.html"), "--out /proc/r.html");
        Files.writeString(tmp.resolve("afile"), "x");
        assertOneLineExit2(CliRunner.run("report", a.toString(), "--out", tmp.resolve("afile/r.html").toString()), "is not a directory");
    }

    @Test
    void nanSamplesAreLeftOutAndSaidSo() throws Exception {
        Path a = run("a");
        Path b = run("nan", List.of("relu", "sigmoid"), new double[] {3000, 3100, Double.NaN, 3020, 3080});
        var o = CliRunner.run("compare", a.toString(), b.toString());
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().contains("NaN or infinite iteration score left out"), o.out());
    }

    @Test
    void aJvmThatNeverAnswersIsGivenUpOn() throws Exception {
        Path home = CliRunner.fakeJdk(tmp.resolve("hang"), "sleep 60");
        System.setProperty("whyrelu.probeTimeoutSeconds", "2");
        try {
            long start = System.nanoTime();
            var o = CliRunner.run("run", "--jvm", home.toString(), "--out", tmp.resolve("x").toString());
            assertOneLineExit2(o, "did not answer within 2 s");
            assertTrue((System.nanoTime() - start) / 1e9 < 20, "gave up in time");
        } finally {
            System.clearProperty("whyrelu.probeTimeoutSeconds");
        }
    }

    @Test
    void jmhOptionsThatFightThePlanAreRejected() {
        for (String[] args : new String[][] {{"KernelThroughput"}, {"-jvm", "/usr/bin/java"}, {"-p", "activation=relu"}, {"-h"},
            {"-rf", "csv"}, {"-jvmArgs", "-Xmx2g"}}) {
            List<String> argv = new ArrayList<>(List.of("run", "--out", tmp.resolve("j").toString(), "--"));
            argv.addAll(List.of(args));
            var o = CliRunner.run(argv.toArray(String[]::new));
            assertOneLineExit2(o, "conflicts with whyrelu's plan");
            assertFalse(Files.exists(tmp.resolve("j")));
        }
    }

    @Test
    void namesCannotDriveTheTerminal() throws Exception {
        Path a = run("a", List.of("relu\u001b]0;pwned\u0007", "x\nREGRESSED fake"), new double[] {3000, 3100, 3050, 3020, 3080});
        Path b = run("b", List.of("relu\u001b]0;pwned\u0007", "x\nREGRESSED fake"), new double[] {2000, 2100, 2050, 2020, 2080});
        var o = CliRunner.run("compare", a.toString(), b.toString());
        assertFalse(o.out().contains("\u001b") || o.out().contains("\u0007"), o.out());
        assertFalse(o.out().lines().anyMatch(l -> l.startsWith("REGRESSED fake")), "no forged line: " + o.out());
        assertTrue(o.out().contains("\\x1b]0;pwned\\x07"), o.out());
    }

    @Test
    void oneRunIsRecordedOnceHoweverItIsAdded() throws Exception {
        Path a = run("a");
        String db = "jdbc:sqlite:" + tmp.resolve("once.db");
        assertTrue(CliRunner.run("history", "add", a.toString(), "--db", db).out().contains("recorded a"));
        assertTrue(CliRunner.run("history", "add", a.resolve("jmh.json").toString(), "--db", db).out().contains("already recorded"));
        Path b = run("b", List.of("gelu"), new double[] {1, 2, 3, 4, 5});
        String db2 = "jdbc:sqlite:" + tmp.resolve("race.db");
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> add = () -> {
                try (var store = io.whyrelu.reports.history.HistoryStore.open(db2)) {
                    return store.add(io.whyrelu.reports.run.RunLoader.load(b));
                }
            };
            Future<Boolean> x = pool.submit(add);
            Future<Boolean> y = pool.submit(add);
            assertTrue(x.get() ^ y.get(), "exactly one of two concurrent adds records the run");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyBenchmarkFailingIsOneMessageAndExitOne() throws Exception {
        // Another process holds JMH's lock, as a JMH run would: whyrelu must say so, not crash.
        Path holder = tmp.resolve("Hold.java");
        Files.writeString(holder, "public class Hold { public static void main(String[] a) throws Exception {"
                + " try (var c = java.nio.channels.FileChannel.open(java.nio.file.Path.of(a[0]), java.nio.file.StandardOpenOption.CREATE,"
                + " java.nio.file.StandardOpenOption.WRITE); var l = c.lock()) { System.out.println(\"locked\"); Thread.sleep(60000); } } }");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), holder.toString(),
                JmhLock.FILE.toString()).redirectErrorStream(true).start();
        try {
            assertEquals("locked", new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine());
            var o = CliRunner.run("run", "--preset", "smoke", "--no-accuracy", "--lock-wait", "1", "--out", tmp.resolve("l").toString());
            assertOneLineExit2(o, "another benchmark run holds");
        } finally {
            p.destroyForcibly().waitFor();
        }
        var o = CliRunner.run("run", "--preset", "smoke", "--activations", "relu", "--impls", "scalar", "--shapes", "8x8", "--no-accuracy",
                "--out", tmp.resolve("f").toString(), "--", "-prof", "no.such.Profiler");
        assertEquals(1, o.exitCode(), o.out() + o.err());
        assertTrue(o.err().contains("no benchmark completed; the first failure was"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
        assertTrue(Files.readString(tmp.resolve("f/manifest.json")).contains("\"incomplete\""));
    }
}
