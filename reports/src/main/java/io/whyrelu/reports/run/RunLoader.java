package io.whyrelu.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.whyrelu.reports.jmh.InvalidResultsException;
import io.whyrelu.reports.jmh.JmhJson;
import io.whyrelu.reports.jmh.JmhResult;
import io.whyrelu.reports.json.Json;
import io.whyrelu.reports.nativeyardstick.NativeResults;
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
                    Optional.empty(), Optional.empty());
        }
        Path jmh = path.resolve("jmh.json");
        if (!Files.isRegularFile(jmh)) {
            throw new InvalidResultsException(path + ": not a run directory (no jmh.json in it)");
        }
        List<JmhResult> results = nonEmpty(jmh, JmhJson.read(jmh));
        Path name = path.toAbsolutePath().normalize().getFileName();
        return new RunData(name == null ? path.toString() : name.toString(), path, results, optionalJson(path.resolve("manifest.json")),
                optionalJson(path.resolve("accuracy.json")), NativeResults.readIfPresent(path));
    }

    private static List<JmhResult> nonEmpty(Path file, List<JmhResult> results) {
        if (results.isEmpty()) {
            throw new InvalidResultsException(file + ": no benchmark results in it");
        }
        return results;
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
