package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.reports.run.ShardMerge;
import io.whyrelu.resultmodel.BenchmarkKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps of docs/ci/github-actions.yml, locally: three jobs each run their shard of one run
 * (same --run-id), then one job merges them into a report and a history. The merged run is the
 * unsharded plan: every benchmark once, the roofline once.
 */
class ShardedRunTest {

    @TempDir
    Path tmp;

    private static final String[] TINY = {"--preset", "smoke", "--activations", "relu", "--shapes", "8x8x2", "--no-accuracy",
        "--run-id", "ci-4711"};
    private static final String[] QUICK_FORKS = {"--", "-f", "1", "-wi", "1", "-w", "50ms", "-i", "1", "-r", "50ms"};

    @Test
    void threeShardsMergeIntoTheUnshardedPlan() throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path dir = tmp.resolve("shard" + i);
            List<String> argv = new ArrayList<>(List.of("run"));
            argv.addAll(List.of(TINY));
            argv.addAll(List.of("--shard", i + "/3", "--out", dir.toString()));
            argv.addAll(List.of(QUICK_FORKS));
            var outcome = CliRunner.run(argv.toArray(String[]::new));
            assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
            assertTrue(outcome.out().contains("(shard " + i + "/3 of run ci-4711)"), outcome.out());
            dirs.add(dir);
        }
        Path whole = tmp.resolve("whole");
        List<String> argv = new ArrayList<>(List.of("run"));
        argv.addAll(List.of(TINY));
        argv.addAll(List.of("--out", whole.toString()));
        argv.addAll(List.of(QUICK_FORKS));
        assertEquals(0, CliRunner.run(argv.toArray(String[]::new)).exitCode());

        List<RunData> shards = new ArrayList<>();
        for (Path d : List.of(dirs.get(2), dirs.get(0), dirs.get(1))) { // any order
            shards.add(RunLoader.load(d));
        }
        List<RunData> merged = ShardMerge.merge(shards);
        assertEquals(1, merged.size(), "one logical run on one machine");
        assertEquals(keys(RunLoader.load(whole)), keys(merged.get(0)), "the merged shards are the unsharded plan");
        assertEquals(1, merged.get(0).results().stream().filter(BenchmarkKind.ROOFLINE::matches).count(), "one roofline");
        assertEquals("complete", merged.get(0).manifest().orElseThrow().status);

        Path report = tmp.resolve("merged.html");
        var rep = CliRunner.run("report", "--out", report.toString(), dirs.get(0).toString(), dirs.get(1).toString(), dirs.get(2).toString());
        assertEquals(0, rep.exitCode(), rep.err());
        assertTrue(Files.readString(report).contains("ci-4711"), "the report shows one run, named by its id");
        String db = "jdbc:sqlite:" + tmp.resolve("history.db");
        var add = CliRunner.run("history", "add", "--db", db, dirs.get(0).toString(), dirs.get(1).toString(), dirs.get(2).toString());
        assertEquals(0, add.exitCode(), add.err());
        assertTrue(add.out().contains("(1 runs recorded)"), add.out());
    }

    private static Set<String> keys(RunData run) {
        return run.results().stream().map(r -> r.benchmark() + " " + r.mode() + " " + new java.util.TreeMap<>(r.params()))
                .collect(Collectors.toSet());
    }
}
