package io.whyrelu.bench.run;

import io.whyrelu.bench.warmup.WarmupLogLine;
import io.whyrelu.resultmodel.jmh.JmhJson;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.reports.steady.ForkClassifier;
import io.whyrelu.resultmodel.steady.SteadyStateDocument;
import io.whyrelu.reports.steady.SteadyStates;
import io.whyrelu.resultmodel.steady.ForkSteadiness;
import io.whyrelu.resultmodel.steady.WarmupSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what each benchmark's forks said about their warm-up (a JSON-lines file per benchmark,
 * written by the forks) and JMH's warm-up scores, and writes steady-state.json beside jmh.json,
 * classifying every fork's measured iterations.
 */
final class SteadyStateRecorder implements AutoCloseable {


    private final Path logs;
    private final WarmupSettings settings;
    private final Map<PlannedBenchmark, List<ForkSteadiness>> recorded = new LinkedHashMap<>();

    SteadyStateRecorder(WarmupSettings settings) throws IOException {
        this.settings = settings;
        this.logs = Files.createTempDirectory("whyrelu-warmup");
    }

    /** The file the forks of {@code item} append their warm-up lines to. */
    Path logFor(PlannedBenchmark item, int index) {
        return logs.resolve(index + ".jsonl");
    }

    /** Reads the forks' lines for {@code item} (deleting the file) and keeps them with JMH's warm-up scores. */
    synchronized void collect(PlannedBenchmark item, Path log, ForkIterations iterations) throws IOException {
        List<WarmupLogLine> lines = new ArrayList<>();
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                if (!line.isBlank()) {
                    lines.add(Json.MAPPER.readValue(line, WarmupLogLine.class));
                }
            }
            Files.delete(log);
        }
        List<List<Double>> jmhWarmups = iterations.warmups();
        List<ForkSteadiness> forks = new ArrayList<>();
        for (int f = 0; f < Math.max(lines.size(), jmhWarmups.size()); f++) {
            WarmupLogLine line = f < lines.size() ? lines.get(f) : null;
            // The classification is made when the measured iterations are known (document).
            forks.add(new ForkSteadiness(f, line == null ? null : line.outcome(), f < jmhWarmups.size() ? jmhWarmups.get(f) : List.of(),
                    line == null ? List.of() : line.iterations(), null));
        }
        recorded.put(item, forks);
    }

    /** steady-state.json for the results in jmh.json so far. */
    synchronized SteadyStateDocument document(Path jmhJson) {
        ForkClassifier classifier = ForkClassifier.withDefaults();
        List<SteadyStateDocument.Entry> entries = new ArrayList<>();
        for (JmhResult r : JmhJson.read(jmhJson)) {
            List<ForkSteadiness> forks = recorded.entrySet().stream().filter(e -> matches(e.getKey(), r)).map(Map.Entry::getValue)
                    .findFirst().orElse(List.of());
            entries.add(SteadyStates.entry(r, SteadyStates.assess(r, forks, classifier)));
        }
        return new SteadyStateDocument(SteadyStateDocument.SCHEMA, settings, ForkClassifier.DEFAULT_TOLERANCE, entries);
    }

    /** Removes the forks' log files, also those of benchmarks that failed before they were collected. */
    @Override
    public void close() throws IOException {
        try (var files = Files.list(logs)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(logs);
    }

    private static boolean matches(PlannedBenchmark item, JmhResult r) {
        return item.benchmark().equals(r.benchmark()) && item.params().equals(r.params()) && item.jvm().java().toString().equals(r.jvm());
    }
}
