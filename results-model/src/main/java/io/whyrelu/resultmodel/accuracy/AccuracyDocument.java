package io.whyrelu.resultmodel.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.resultmodel.ImplementationOrder;
import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * accuracy.json (docs/accuracy-json.md): the suite's options, the JVM it ran on, everything measured
 * per activation, the C1 sweeps, and the verdicts.
 *
 * @param implementations the implementations measured, best first; the last is the portable baseline
 */
public record AccuracyDocument(String schema, String tool, long seed, boolean exhaustive, JvmDescription jvm, List<String> implementations,
        String startedAt, String finishedAt, double durationSeconds, List<ActivationAccuracy> activations, List<SweepEntry> sweeps,
        List<Verdict> verdicts, List<io.whyrelu.resultmodel.PluginEntry> plugins) {

    public static final String SCHEMA = "whyrelu-accuracy/3";
    public static final String FILE = "accuracy.json";

    public AccuracyDocument {
        implementations = implementations == null ? List.of() : List.copyOf(implementations);
        activations = activations == null ? List.of() : List.copyOf(activations);
        sweeps = sweeps == null ? List.of() : List.copyOf(sweeps);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** The implementations measured, baseline first (see {@link ImplementationOrder}). */
    public List<String> implementationsBaselineFirst() {
        return ImplementationOrder.baselineFirst(implementations, jvm == null ? List.of()
                : jvm.providers().stream().map(JvmDescription.Provider::name).toList());
    }

    /** The implementations other than the baseline, plainest first. */
    public List<String> nonBaselineImplementations() {
        List<String> order = implementationsBaselineFirst();
        return order.isEmpty() ? order : order.subList(1, order.size());
    }

    public static AccuracyDocument read(Path file) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return of(file.toString(), tree);
    }

    /** A document from its JSON, upgrading schema 2 files (one field per implementation) to schema 3's maps. */
    public static AccuracyDocument of(String source, JsonNode tree) {
        if (!(tree instanceof ObjectNode doc) || !doc.path("schema").asText().startsWith("whyrelu-accuracy/")) {
            throw new InvalidResultsException(source + ": not an accuracy file (no whyrelu-accuracy schema)");
        }
        if (doc.path("schema").asText().equals("whyrelu-accuracy/1")) {
            throw new InvalidResultsException(source + ": schema whyrelu-accuracy/1 (before verdict evidence) is no longer read; "
                    + "run `whyrelu accuracy` again");
        }
        ObjectNode upgraded = AccuracySchemaUpgrade.toCurrent(doc.deepCopy());
        try {
            AccuracyDocument d = Json.MAPPER.treeToValue(upgraded, AccuracyDocument.class);
            return new AccuracyDocument(d.schema, d.tool, d.seed, d.exhaustive, d.jvm, d.implementations, d.startedAt, d.finishedAt,
                    d.durationSeconds, d.activations, d.sweeps, Declarations.filledIn(d.verdicts, d.activations), d.plugins);
        } catch (IOException e) {
            throw new InvalidResultsException(source + ": not a readable accuracy file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }
}
