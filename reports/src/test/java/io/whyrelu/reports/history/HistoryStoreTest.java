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

    @Test
    void roundTripsInSqlite() throws Exception {
        roundTrip("jdbc:sqlite:" + tmp.resolve("history.db"));
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
    }
}
