package io.whyrelu.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.whyrelu.reports.jmh.InvalidResultsException;
import io.whyrelu.reports.jmh.JmhJson;
import io.whyrelu.reports.jmh.JmhResult;
import io.whyrelu.reports.json.Json;
import io.whyrelu.reports.nativeyardstick.NativeResults;
import io.whyrelu.reports.steady.SteadyStateDocument;
import io.whyrelu.reports.steady.SteadyStates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads a run directory (jmh.json plus whyrelu's optional files) or a bare JMH JSON file. Every
 * problem is an {@link InvalidResultsException} naming the path and what is wrong.
 */
public final class RunLoader {

    private RunLoader() {}

    public static RunData load(Path path) {
        if (!Files.exists(path)) {
            throw new InvalidResultsException(path + ": no such file or directory");
        }
        if (Files.isRegularFile(path)) {
            return new RunData(path.getFileName().toString(), path, nonEmpty(path, JmhJson.read(path)), Optional.empty(),
                    Optional.empty(), Optional.empty(), SteadyStates.of(null));
        }
        Path jmh = path.resolve("jmh.json");
        if (!Files.isRegularFile(jmh)) {
            throw new InvalidResultsException(path + ": not a run directory (no jmh.json in it)");
        }
        List<JmhResult> results = nonEmpty(jmh, JmhJson.read(jmh));
        Path name = path.toAbsolutePath().normalize().getFileName();
        return new RunData(name == null ? path.toString() : name.toString(), path, results,
                reconcile(path, optionalJson(path.resolve("manifest.json")), results.size()),
                optionalJson(path.resolve("accuracy.json")), NativeResults.readIfPresent(path),
                SteadyStates.of(steadyState(path).orElse(null)));
    }

    /** Every file {@link #load} reads for {@code path}: what no command may write over. */
    public static List<Path> inputFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        return List.of(path.resolve("jmh.json"), path.resolve("manifest.json"), path.resolve("accuracy.json"),
                path.resolve(SteadyStateDocument.FILE), path.resolve(NativeResults.FILE));
    }

    private static List<JmhResult> nonEmpty(Path file, List<JmhResult> results) {
        if (results.isEmpty()) {
            throw new InvalidResultsException(file + ": no benchmark results in it");
        }
        return results;
    }

    /**
     * A manifest still "running" whose run holds no lock was killed (SIGKILL, power loss) before it
     * could say so: read it as incomplete, counting what jmh.json holds. The file is left as it is.
     */
    static Optional<JsonNode> reconcile(Path dir, Optional<JsonNode> manifest, int results) {
        if (manifest.isEmpty() || !"running".equals(manifest.get().path("status").asText()) || RunLock.held(dir)) {
            return manifest;
        }
        com.fasterxml.jackson.databind.node.ObjectNode m = manifest.get().deepCopy();
        m.put("status", "incomplete");
        m.put("incompleteReason", "the run ended without finishing its manifest (killed?); jmh.json holds " + results + " of "
                + m.path("benchmarks").path("planned").asText("?") + " benchmarks");
        if (m.get("benchmarks") instanceof com.fasterxml.jackson.databind.node.ObjectNode b) {
            b.put("completed", results);
        }
        return Optional.of(m);
    }

    /** steady-state.json, typed; a run from before it existed has none. */
    private static Optional<SteadyStateDocument> steadyState(Path dir) {
        Path file = dir.resolve(SteadyStateDocument.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(file.toFile(), SteadyStateDocument.class));
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": not a steady-state file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static Optional<JsonNode> optionalJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readTree(file.toFile()));
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }
}
