package io.whyrelu.reports.run;

import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import io.whyrelu.resultmodel.jmh.JmhJson;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.manifest.Manifest;
import io.whyrelu.resultmodel.nativeyardstick.NativeResults;
import io.whyrelu.resultmodel.steady.SteadyStateDocument;
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
                reconcile(path, manifest(path.resolve(Manifest.FILE)), results.size()), accuracy(path.resolve(AccuracyDocument.FILE)),
                NativeResults.readIfPresent(path),
                SteadyStates.of(steadyState(path).orElse(null)));
    }

    /** Every file {@link #load} reads for {@code path}: what no command may write over. */
    public static List<Path> inputFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        return List.of(path.resolve("jmh.json"), path.resolve(Manifest.FILE), path.resolve(AccuracyDocument.FILE),
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
    static Optional<Manifest> reconcile(Path dir, Optional<Manifest> manifest, int results) {
        if (manifest.isEmpty() || !"running".equals(manifest.get().status) || RunLock.held(dir)) {
            return manifest;
        }
        Manifest m = manifest.get();
        m.status = "incomplete";
        m.incompleteReason = "the run ended without finishing its manifest (killed?); jmh.json holds " + results + " of "
                + m.benchmarks.planned + " benchmarks";
        m.benchmarks.completed = results;
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

    private static Optional<Manifest> manifest(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(file.toFile(), Manifest.class));
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": not a manifest (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static Optional<AccuracyDocument> accuracy(Path file) {
        return Files.isRegularFile(file) ? Optional.of(AccuracyDocument.read(file)) : Optional.empty();
    }
}
