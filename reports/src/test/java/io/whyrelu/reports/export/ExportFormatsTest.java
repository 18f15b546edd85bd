package io.whyrelu.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.resultmodel.json.Json;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exports of a real smoke run (rates, and SampleTime latencies with percentiles and infinities in their secondaries). */
class ExportFormatsTest {

    private static RunData run() throws Exception {
        return RunLoader.load(Path.of(ExportFormatsTest.class.getResource("/runs/smoke-a").toURI()));
    }

    /** Bencher's schema (https://bencher.dev/bmf.json, draft-07), kept in test resources. */
    private static JsonSchema bmfSchema() throws Exception {
        try (InputStream in = ExportFormatsTest.class.getResourceAsStream("/schemas/bmf.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void bencherMetricFormatMatchesThePublishedSchema() throws Exception {
        List<ExportedFigure> figures = ExportedFigure.of(run());
        JsonNode bmf = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(BencherMetricFormat.of(figures)));
        assertEquals(java.util.Set.of(), bmfSchema().validate(bmf));
        assertEquals(figures.size(), bmf.size(), "one benchmark per result: names are unique");
        JsonNode relu = bmf.get("KernelThroughput.kernel activation=relu batch=1 impl=simd k=64 n=64 seed=42 · "
                + "JDK 17.0.15 (OpenJDK 64-Bit Server VM)");
        assertTrue(relu != null && relu.has("throughput"), bmf.fieldNames().next());
        JsonNode t = relu.get("throughput");
        assertTrue(t.get("lower_value").asDouble() < t.get("value").asDouble() && t.get("value").asDouble() < t.get("upper_value").asDouble());
        assertTrue(bmf.findValues("latency").size() > 0, "SampleTime results are latencies in ns");
    }

    @Test
    void aDocumentThatBreaksTheSchemaIsCaught() throws Exception {
        JsonNode broken = Json.MAPPER.readTree("{\"b\": {\"throughput\": {\"lower_value\": 1}}}");
        assertTrue(!bmfSchema().validate(broken).isEmpty(), "value is required: the validator is live");
    }

    @Test
    void githubActionBenchmarkSplitsByDirection() throws Exception {
        List<ExportedFigure> figures = ExportedFigure.of(run());
        JsonNode bigger = GithubActionBenchmark.of(figures, true);
        JsonNode smaller = GithubActionBenchmark.of(figures, false);
        assertEquals(figures.size(), bigger.size() + smaller.size());
        bigger.forEach(e -> assertEquals("ops/s", e.get("unit").asText()));
        smaller.forEach(e -> assertEquals("ns/op", e.get("unit").asText()));
        for (JsonNode e : bigger) {
            assertTrue(e.get("name").isTextual() && e.get("value").isNumber() && e.get("range").asText().startsWith("± "), e.toString());
        }
        assertTrue(smaller.toString().contains("KernelLatency.single"), "latencies are smaller-is-better");
    }
}
