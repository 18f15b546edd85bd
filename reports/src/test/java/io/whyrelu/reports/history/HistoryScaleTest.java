package io.whyrelu.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history of 10 000 runs × 150 benchmarks (1.5 million results, each with ten iteration
 * samples) stays interactive: adding a run and showing one benchmark family read what they need
 * through the indexes and the SQL-side filter, not the whole database. The timings are printed
 * (docs/reports.md quotes them); the bounds only catch a return to whole-history scans, which took
 * minutes here. In SQLite always; in PostgreSQL when .ci/run has started one.
 */
class HistoryScaleTest {

    static final int RUNS = 10_000;
    static final int BENCHMARKS = 150;

    @TempDir
    Path tmp;

    /** Fills the tables directly (one transaction, batched), as 10 000 `history add`s would have. */
    private static void generate(String url) throws Exception {
        try (HistoryStore store = HistoryStore.open(url)) {
            assertEquals(0, store.runCount());
        }
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement("INSERT INTO whyrelu_runs (run_id, label, started_at, machine, added_at) "
                    + "VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement result = c.prepareStatement("INSERT INTO whyrelu_results (run_id, bench_key, benchmark, mode, "
                            + "params, jvm, score, score_error, unit, samples, steadiness) VALUES (?, ?, ?, 'thrpt', ?, 'JDK 17', ?, 0.01, "
                            + "'ops/s', ?, 'steady')")) {
                for (int i = 0; i < RUNS; i++) {
                    String id = String.format(Locale.ROOT, "run-%05d", i);
                    String time = String.format(Locale.ROOT, "2026-%02d-%02dT%02d:%02d:00Z", 1 + i / 1000 % 12, 1 + i / 40 % 28, i / 2 % 24, i % 60);
                    run.setString(1, id);
                    run.setString(2, id);
                    run.setString(3, time);
                    run.setString(4, i % 2 == 0 ? "AMD EPYC · 2 cores · amd64 · AVX-512" : "AMD EPYC 7B13 · 2 cores · amd64 · AVX2");
                    run.setString(5, time);
                    run.addBatch();
                    for (int b = 0; b < BENCHMARKS; b++) {
                        String activation = "act" + (b % 15);
                        String key = "KernelThroughput.kernel activation=" + activation + " shape=" + (b / 15) + " JDK 17";
                        result.setString(1, id);
                        result.setString(2, key);
                        result.setString(3, "io.whyrelu.bench.jmh.KernelThroughput.kernel");
                        result.setString(4, "{\"activation\":\"" + activation + "\",\"shape\":\"" + (b / 15) + "\"}");
                        double level = 1e6 * (1 + b) * (1 + 0.01 * ((i * 7 + b) % 5));
                        result.setDouble(5, level);
                        StringBuilder samples = new StringBuilder("[");
                        for (int k = 0; k < 10; k++) {
                            samples.append(k == 0 ? "" : ",").append(level * (1 + 0.001 * k));
                        }
                        result.setString(6, samples.append(']').toString());
                        result.addBatch();
                    }
                    if (i % 200 == 199) {
                        run.executeBatch();
                        result.executeBatch();
                    }
                }
                run.executeBatch();
                result.executeBatch();
            }
            c.commit();
        }
    }

    private static void staysInteractive(String url, Path run) throws Exception {
        long t0 = System.nanoTime();
        generate(url);
        long t1 = System.nanoTime();
        RunData data = RunLoader.load(run);
        try (HistoryStore store = HistoryStore.open(url)) {
            long t2 = System.nanoTime();
            assertTrue(store.add(data));
            long t3 = System.nanoTime();
            var series = store.series("activation=act3 ");
            long t4 = System.nanoTime();
            var trends = Trends.of(series);
            long t5 = System.nanoTime();
            var window = store.window("AMD EPYC · 2 cores · amd64 · AVX-512", 5, "");
            long t6 = System.nanoTime();
            assertEquals(RUNS + 1, store.runCount());
            assertEquals(10 * 2, series.size(), "10 shapes × 2 machines of one activation");
            assertEquals(RUNS / 2, series.get(0).points().size());
            assertEquals(BENCHMARKS, window.size());
            System.out.printf(Locale.ROOT, "history scale (%s): generate %.1f s; add a run %.0f ms; show --filter (%d series, %d points) "
                    + "%.0f ms; change points %.0f ms; check window %.0f ms%n", url.startsWith("jdbc:sqlite") ? "SQLite" : "PostgreSQL",
                    (t1 - t0) / 1e9, (t3 - t2) / 1e6, series.size(), series.stream().mapToInt(s -> s.points().size()).sum(),
                    (t4 - t3) / 1e6, (t5 - t4) / 1e6, (t6 - t5) / 1e6);
            assertTrue((t3 - t2) / 1e9 < 5, "add stays interactive");
            assertTrue((t4 - t3) / 1e9 < 10, "show --filter stays interactive");
            assertTrue((t6 - t5) / 1e9 < 5, "check's window stays interactive");
            assertTrue(trends.size() == series.size());
        }
    }

    private static Path smokeRun() throws Exception {
        return Path.of(HistoryScaleTest.class.getResource("/runs/smoke-a").toURI());
    }

    @Test
    void tenThousandRunsInSqlite() throws Exception {
        staysInteractive("jdbc:sqlite:" + tmp.resolve("history.db"), smokeRun());
    }

    @Test
    void tenThousandRunsInPostgresql() throws Exception {
        String url = System.getenv("WHYRELU_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "SKIPPED: no PostgreSQL server (WHYRELU_TEST_POSTGRES_URL unset)");
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS whyrelu_results");
            s.execute("DROP TABLE IF EXISTS whyrelu_runs");
        } catch (java.sql.SQLException e) {
            Assumptions.abort("SKIPPED: PostgreSQL cannot be reached: " + e.getMessage());
        }
        try {
            staysInteractive(url, smokeRun());
        } finally {
            try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS whyrelu_results");
                s.execute("DROP TABLE IF EXISTS whyrelu_runs");
            }
        }
    }
}
