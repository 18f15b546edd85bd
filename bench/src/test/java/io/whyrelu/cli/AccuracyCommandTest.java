package io.whyrelu.cli;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.accuracy.Verdict;
import io.whyrelu.resultmodel.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccuracyCommandTest {

    @TempDir
    Path tmp;

    private JsonNode run(Path out) throws Exception {
        var outcome = CliRunner.run("accuracy", "--activations", "relu,sigmoid", "--out", out.toString(), "--seed", "7");
        assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
        assertTrue(outcome.out().contains("Verdict"), outcome.out());
        return Json.MAPPER.readTree(out.resolve("accuracy.json").toFile());
    }

    @Test
    void writesTheDocumentedSchemaWithEveryCheck() throws Exception {
        JsonNode doc = run(tmp.resolve("a"));
        assertEquals(AccuracyDocument.SCHEMA, doc.path("schema").asText());
        assertEquals(AccuracyDocument.read(tmp.resolve("a").resolve(AccuracyDocument.FILE)).verdicts().size(), 2, "reads back typed");
        assertEquals(7, doc.path("seed").asLong());
        assertEquals(2, doc.path("activations").size());
        for (JsonNode a : doc.path("activations")) {
            for (String check : new String[] {"curvature", "jensen", "representability", "extremePoints", "surrogate", "ulp", "kernel", "verdict"}) {
                assertFalse(a.path(check).isMissingNode(), a.path("activation") + " lacks " + check);
            }
            assertTrue(a.path("kernel").path("simd").path("maxErrorOverBound").asDouble() <= 1, "kernels stay within their bound");
        }
        JsonNode relu = doc.path("activations").get(0).path("verdict");
        assertTrue(relu.path("passesAll").asBoolean() && relu.path("agreesWithPaper").asBoolean(), relu.toString());
        JsonNode sigmoid = doc.path("activations").get(1).path("verdict");
        assertFalse(sigmoid.path("requirement1Convex").asBoolean(), sigmoid.toString());
        assertEquals(2, doc.path("verdicts").size());
    }

    @Test
    void c2AndC5AreRatesWithTheirEvidence() throws Exception {
        JsonNode doc = run(tmp.resolve("rates"));
        JsonNode relu = doc.path("activations").get(0);
        JsonNode sigmoid = doc.path("activations").get(1);
        // C5: ReLU one LP-certified instance per dimension; sigmoid two per dimension × steepness
        assertEquals(2, relu.path("surrogate").size());
        assertEquals(4, sigmoid.path("surrogate").size());
        for (JsonNode rate : sigmoid.path("surrogate")) {
            JsonNode p = rate.path("severalMinima");
            assertEquals(2, p.path("n").asInt());
            assertTrue(p.path("low").asDouble() <= p.path("k").asInt() / 2.0 && p.path("high").asDouble() >= p.path("k").asInt() / 2.0);
        }
        assertTrue(relu.path("verdict").path("evidence").path("uniqueSurrogateMinimum").asText().endsWith("LP-certified"), relu.toString());
        // C2: a wide setup whose pre-activations reach sigmoid's non-convex half, and how much of them did
        JsonNode wide = null;
        for (JsonNode e : sigmoid.path("jensen")) {
            if (e.path("setup").asText().equals("wide") && e.path("subject").asText().equals("reference")) {
                wide = e;
            }
        }
        assertTrue(wide != null && wide.path("result").path("nonConvexCoverage").asDouble() > 0.3, String.valueOf(wide));
        for (String field : new String[] {Verdict.REQUIREMENT_1, Verdict.REQUIREMENT_2, Verdict.preservedKey("scalar"),
                Verdict.preservedKey("simd"), Verdict.UNIQUE_MINIMUM}) {
            assertTrue(sigmoid.path("verdict").path("evidence").path(field).isTextual(), field + " has its evidence");
        }
        assertTrue(sigmoid.path("verdict").path("evidence").path(Verdict.preservedKey("simd")).asText().contains("of pre-activations non-convex"));
        // Chords aimed at the non-convex region flag sigmoid's networks; ReLU has no such region and none is flagged.
        for (JsonNode e : sigmoid.path("jensen")) {
            if (e.path("setup").asText().equals("targeted")) {
                assertTrue(e.path("result").path("flaggedNetworks").asInt() > 0, e.toString());
            }
        }
        for (JsonNode e : relu.path("jensen")) {
            if (e.path("setup").asText().equals("targeted")) {
                assertEquals(0, e.path("result").path("flaggedNetworks").asInt(), e.toString());
            }
        }
    }

    @Test
    void sameSeedGivesIdenticalResultsApartFromTimings() throws Exception {
        ObjectNode first = (ObjectNode) run(tmp.resolve("1"));
        ObjectNode second = (ObjectNode) run(tmp.resolve("2"));
        for (ObjectNode doc : new ObjectNode[] {first, second}) {
            doc.remove("startedAt");
            doc.remove("finishedAt");
            doc.remove("durationSeconds");
        }
        assertEquals(first, second);
    }

    @Test
    void badOptionsAreOneLineAndExitTwo() throws Exception {
        var outcome = CliRunner.run("accuracy", "--activations", "nope", "--out", tmp.resolve("x").toString());
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("unknown activation 'nope'"), outcome.err());
        outcome = CliRunner.run("accuracy", "--threads", "0", "--out", tmp.resolve("y").toString());
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("--threads must be at least 1"), outcome.err());
        Path used = tmp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("accuracy.json"), "{}");
        outcome = CliRunner.run("accuracy", "--out", used.toString());
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("already has an accuracy.json"), outcome.err());
        assertFalse(Files.exists(tmp.resolve("x")) || Files.exists(tmp.resolve("y")), "nothing written for bad input");
    }
}
