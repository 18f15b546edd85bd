package io.whyrelu.reports.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.reports.accuracy.AccuracyText;
import io.whyrelu.reports.markdown.MarkdownSummary;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.reports.summary.SummaryText;
import io.whyrelu.reports.summary.ThroughputSummary;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third kernel implementation ("turbo", the JVM's best provider) gets its columns in every table
 * without code that names it: smoke-a with each simd result and measurement copied as turbo.
 */
class ThirdImplementationTest {

    @TempDir
    Path tmp;

    private RunData threeImplementations() throws Exception {
        Path from = Path.of(ThirdImplementationTest.class.getResource("/runs/smoke-a").toURI());
        Path dir = Files.createDirectories(tmp.resolve("three"));
        ArrayNode jmh = (ArrayNode) Json.MAPPER.readTree(from.resolve("jmh.json").toFile());
        for (JsonNode r : List.copyOf(toList(jmh))) {
            if ("simd".equals(r.path("params").path("impl").asText())) {
                ObjectNode copy = r.deepCopy();
                ((ObjectNode) copy.path("params")).put("impl", "turbo");
                ObjectNode primary = (ObjectNode) copy.path("primaryMetric");
                primary.put("score", primary.path("score").asDouble() * 1.5);
                jmh.add(copy);
            }
        }
        Json.write(dir.resolve("jmh.json"), jmh);
        for (String same : List.of("steady-state.json", "native.json")) {
            Files.copy(from.resolve(same), dir.resolve(same));
        }
        ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(from.resolve("manifest.json").toFile());
        ArrayNode providers = (ArrayNode) manifest.path("jvms").get(0).path("description").path("providers");
        providers.insert(0, Json.MAPPER.createObjectNode().put("name", "turbo").put("available", true).put("reason", "test"));
        Json.write(dir.resolve("manifest.json"), manifest);
        ObjectNode accuracy = Json.MAPPER.valueToTree(AccuracyDocument.read(from.resolve("accuracy.json")));
        ((ArrayNode) accuracy.path("implementations")).insert(0, "turbo");
        ((ArrayNode) accuracy.path("jvm").path("providers")).insert(0, providers.get(0));
        for (JsonNode a : accuracy.path("activations")) {
            for (String perImpl : List.of("curvature", "ulp", "kernel")) {
                ((ObjectNode) a.path(perImpl)).set("turbo", a.path(perImpl).path("simd").deepCopy());
            }
            ArrayNode jensen = (ArrayNode) a.path("jensen");
            for (JsonNode e : List.copyOf(toList(jensen))) {
                if (e.path("subject").asText().equals("simd")) {
                    jensen.add(((ObjectNode) e.deepCopy()).put("subject", "turbo"));
                }
            }
            turboVerdict((ObjectNode) a.path("verdict"));
        }
        accuracy.path("verdicts").forEach(v -> turboVerdict((ObjectNode) v));
        Json.write(dir.resolve("accuracy.json"), accuracy);
        return RunLoader.load(dir);
    }

    private static void turboVerdict(ObjectNode v) {
        ((ObjectNode) v.path("preserved")).set("turbo", v.path("preserved").path("simd"));
        ((ObjectNode) v.path("maxUlp")).put("turbo", v.path("maxUlp").path("simd").asDouble() * 2);
        ((ObjectNode) v.path("evidence")).set("preserved:turbo", v.path("evidence").path("preserved:simd"));
    }

    private static List<JsonNode> toList(ArrayNode a) {
        List<JsonNode> out = new java.util.ArrayList<>();
        a.forEach(out::add);
        return out;
    }

    @Test
    void everyTableShowsTheThirdImplementation() throws Exception {
        RunData run = threeImplementations();
        Golden.assertMatches("three-implementations.txt", SummaryText.render(ThroughputSummary.of(run))
                + AccuracyText.render(run.accuracy().orElseThrow()));
        Golden.assertMatches("three-implementations.md", MarkdownSummary.render(List.of(run)).replace(tmp.toString(), "[tmp]"));
    }
}
