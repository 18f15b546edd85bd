package io.whyrelu.bench.accuracy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.reports.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Assembles accuracy.json (schema: docs/accuracy-json.md) from the suite's results. */
public final class AccuracyDocument {

    public static final String SCHEMA = "whyrelu-accuracy/2";
    public static final String FILE = "accuracy.json";

    private AccuracyDocument() {}

    public static ObjectNode of(AccuracySuite.Results results, AccuracySuite.Options options, String toolVersion, ObjectNode jvm,
            Instant started, Instant finished) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("schema", SCHEMA);
        doc.put("tool", toolVersion);
        doc.put("seed", options.seed());
        doc.put("exhaustive", options.exhaustive());
        doc.set("jvm", jvm);
        doc.set("implementations", Json.MAPPER.valueToTree(options.impls()));
        // Timings: the only fields that differ between runs with the same seed.
        doc.put("startedAt", started.truncatedTo(ChronoUnit.SECONDS).toString());
        doc.put("finishedAt", finished.truncatedTo(ChronoUnit.SECONDS).toString());
        doc.put("durationSeconds", Duration.between(started, finished).toMillis() / 1000.0);
        doc.set("activations", Json.MAPPER.valueToTree(results.activations()));
        doc.set("sweeps", Json.MAPPER.valueToTree(results.sweeps()));
        ArrayNode verdicts = doc.putArray("verdicts");
        results.activations().forEach(a -> verdicts.add(Json.MAPPER.valueToTree(a.verdict())));
        return doc;
    }
}
