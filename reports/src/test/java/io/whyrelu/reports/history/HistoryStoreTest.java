package io.whyrelu.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.JmhFixtures;
import io.whyrelu.reports.run.RunData;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history round-trips in SQLite always, and in PostgreSQL when .ci/run has started one. */
class HistoryStoreTest {

    private static final String KERNEL = "io.whyrelu.bench.jmh.KernelThroughput.kernel";
    private static final Map<String, String> HOSTILE = Map.of("activation", "relu'); DROP TABLE whyrelu_runs; --", "impl", "simd");

    @TempDir
    Path tmp;

    /** Eight runs; from the fifth on, relu simd is 20% slower: a change point at index 4. */
    private List<RunData> runs() throws Exception {
        List<RunData> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(new JmhFixtures(100 + i)
                    .add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), i < 4 ? 300_000 : 240_000, 0.01, 2, 5)
                    .add(KERNEL, "thrpt", "ops/s", HOSTILE, 1000, 0.01, 2, 5)
                    .load(tmp.resolve(String.format("run%02d", i))));
        }
        return runs;
    }

    private void roundTrip(String url) throws Exception {
        List<RunData> runs = runs();
        try (HistoryStore store = HistoryStore.open(url)) {
            for (RunData r : runs) {
                assertTrue(store.add(r));
            }
            assertFalse(store.add(runs.get(0)), "the same run is recorded once");
            assertEquals(8, store.runCount());
            List<HistoryStore.Series> series = store.series(null);
            assertEquals(2, series.size());
            HistoryStore.Series relu = series.stream().filter(s -> s.params().contains("\"relu\"")).findFirst().orElseThrow();
            assertEquals(8, relu.points().size());
            assertEquals(runs.get(0).results().get(0).primary().score(), relu.points().get(0).score(), 1e-6);
            assertEquals(10, relu.points().get(0).samples().length, "per-iteration samples kept");
            assertTrue(relu.higherIsBetter());
            HistoryStore.Series hostile = series.stream().filter(s -> s.params().contains("DROP TABLE")).findFirst().orElseThrow();
            assertTrue(hostile.params().contains(HOSTILE.get("activation")), "stored verbatim, through bound parameters");
            var trends = Trends.of(series);
            var reluTrend = trends.stream().filter(t -> t.series() == relu).findFirst().orElseThrow();
            assertEquals(1, reluTrend.changePoints().size(), Trends.text(trends, 8));
            assertEquals(4, reluTrend.changePoints().get(0).index());
            assertEquals(-20, reluTrend.changePoints().get(0).changePercent(), 2);
            assertTrue(trends.stream().filter(t -> t.series() == hostile).findFirst().orElseThrow().changePoints().isEmpty());
            assertTrue(Trends.markdown(trends, 8).contains("DROP TABLE"));
            assertFalse(Trends.markdown(trends, 8).contains("'); DROP"), "Markdown escapes the parentheses");
        }
    }

    /** The same benchmarks on two machines: two series each, and a window holds only its machine's runs, newest first. */
    private void machinesStayApart(String url) throws Exception {
        List<RunData> runs = runs();
        try (HistoryStore store = HistoryStore.open(url)) {
            for (int i = 0; i < 8; i++) {
                store.add(runs.get(i), i % 2 == 0 ? "EPYC Zen 3 · AVX2" : "Xeon · AVX-512");
            }
            List<HistoryStore.Series> series = store.series(null);
            assertEquals(4, series.size(), "benchmark × machine");
            assertEquals(2, store.series("AVX2").size(), "--filter matches the machine");
            assertEquals(2, store.series(null, "Xeon", null).size(), "--machine narrows to one machine");
            assertEquals(4, store.series(null, null, "JDK").size(), "--jdk matches the JVM label");
            assertEquals(0, store.series(null, "Xeon", "JDK 99").size());
            assertTrue(series.stream().allMatch(x -> x.points().size() == 4));
            var window = store.window("Xeon · AVX-512", 3, HistoryStore.runId(runs.get(7)));
            assertEquals(2, window.size(), "both benchmarks");
            var relu = window.stream().filter(r -> r.param("activation").equals("relu")).findFirst().orElseThrow();
            assertEquals(3, relu.primary().rawData().size(), "the last three other runs of that machine, one fork each");
            // runs 1, 3 and 5 (7 excluded); from run 4 on relu is slower
            assertEquals((300_000 + 300_000 + 240_000) / 3.0, relu.primary().score(), 3000);
            assertEquals(runs.get(0).results().get(0).key(), relu.key(), "keys match the run's own, so compare pairs them");
            assertTrue(store.window("nowhere", 3, "").isEmpty());
        }
    }

    @Test
    void roundTripsInSqlite() throws Exception {
        roundTrip("jdbc:sqlite:" + tmp.resolve("history.db"));
        machinesStayApart("jdbc:sqlite:" + tmp.resolve("machines.db"));
    }

    @Test
    void aDatabaseFromBeforeMachinesKeysItsRunsByTheirHost() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("old.db");
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("CREATE TABLE whyrelu_runs (run_id VARCHAR(64) PRIMARY KEY, label TEXT, started_at VARCHAR(40), "
                    + "git_commit VARCHAR(64), host TEXT, preset VARCHAR(32), status VARCHAR(32), added_at VARCHAR(40))");
            s.execute("CREATE TABLE whyrelu_results (run_id VARCHAR(64) NOT NULL, bench_key TEXT NOT NULL, benchmark TEXT, "
                    + "mode VARCHAR(32), params TEXT, jvm TEXT, score DOUBLE PRECISION, score_error DOUBLE PRECISION, unit VARCHAR(32), "
                    + "samples TEXT, PRIMARY KEY (run_id, bench_key))");
            s.execute("INSERT INTO whyrelu_runs VALUES ('r1', 'old run', '2026-01-01T00:00:00Z', NULL, 'ci-box', 'quick', 'complete', "
                    + "'2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO whyrelu_results VALUES ('r1', 'k', 'org.x.B.m', 'thrpt', '{}', 'JDK 17', 10, 1, 'ops/s', '[10, 10]')");
        }
        try (HistoryStore store = HistoryStore.open(url)) {
            assertEquals(HistoryStore.SCHEMA_VERSION, store.schemaVersion(), "migrated and recorded");
            HistoryStore.Series only = store.series(null).get(0);
            assertEquals("ci-box", only.machine());
            assertEquals(1, store.window("ci-box", 5, "").size());
        }
    }

    @Test
    void roundTripsInPostgresql() throws Exception {
        String url = System.getenv("WHYRELU_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "SKIPPED: no PostgreSQL server (WHYRELU_TEST_POSTGRES_URL unset; "
                + ".ci/run installs and starts one from Debian's packages)");
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS whyrelu_results");
            s.execute("DROP TABLE IF EXISTS whyrelu_runs");
        } catch (java.sql.SQLException e) {
            Assumptions.abort("SKIPPED: PostgreSQL at " + HistoryStore.redact(url) + " cannot be reached: " + e.getMessage());
        }
        roundTrip(url);
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS whyrelu_results");
            s.execute("DROP TABLE IF EXISTS whyrelu_runs");
        }
        machinesStayApart(url);
    }

    @Test
    void aDatabaseFromANewerWhyreluIsRefusedNotMisread() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("newer.db");
        try (HistoryStore store = HistoryStore.open(url)) {
            assertEquals(HistoryStore.SCHEMA_VERSION, store.schemaVersion());
        }
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("UPDATE whyrelu_schema SET version = " + (HistoryStore.SCHEMA_VERSION + 1));
        }
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.whyrelu.resultmodel.jmh.InvalidResultsException.class, () -> HistoryStore.open(url));
        assertTrue(e.getMessage().contains("newer than this whyrelu reads"), e.getMessage());
    }

    @Test
    void aRunsMachineIsItsLabelElseItsHostsFingerprint() {
        var manifest = new io.whyrelu.resultmodel.manifest.Manifest();
        manifest.host = new io.whyrelu.resultmodel.manifest.Host("runner-42", "Linux 6.1", "amd64", "AMD EPYC 7B13", 2, List.of("avx", "avx2", "fma"),
                8L << 30);
        assertEquals("AMD EPYC 7B13 · 2 cores · amd64 · AVX2", Machine.of(java.util.Optional.of(manifest)), "no hostname, no memory");
        manifest.machine = "gha-ubuntu-latest";
        assertEquals("gha-ubuntu-latest", Machine.of(java.util.Optional.of(manifest)));
        assertEquals(Machine.UNKNOWN, Machine.of(java.util.Optional.empty()));
    }
}
