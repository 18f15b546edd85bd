package io.whyrelu.resultmodel.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccuracyDocumentTest {

    @TempDir
    Path tmp;

    private static final String SCHEMA_2 = """
            {"schema": "whyrelu-accuracy/2", "tool": "t", "seed": 7, "exhaustive": false,
             "jvm": {"vendor": "v", "providers": [{"name": "simd", "available": true, "reason": "r"},
                                                  {"name": "scalar", "available": true, "reason": "r"}]},
             "implementations": ["simd", "scalar"], "activations": [], "sweeps": [],
             "verdicts": [{"activation": "relu", "requirement1Convex": true, "requirement2Representable": true,
                           "preservedScalar": true, "preservedSimd": false, "uniqueSurrogateMinimum": true,
                           "evidence": {"preservedSimd": "flagged 1/72", "uniqueSurrogateMinimum": "unique in 2/2"},
                           "maxUlpScalar": 0.5, "maxUlpSimd": null, "passesAll": false, "predictedByPaper": true,
                           "agreesWithPaper": false}]}
            """;

    @Test
    void schemaTwoVerdictsAreKeyedByImplementation() throws Exception {
        AccuracyDocument doc = AccuracyDocument.of("t", Json.MAPPER.readTree(SCHEMA_2));
        Verdict v = doc.verdicts().get(0);
        assertEquals(Map.of("scalar", true, "simd", false), v.preserved());
        assertEquals(0.5, v.maxUlpOf("scalar"));
        assertTrue(Double.isNaN(v.maxUlpOf("simd")), "null in schema 2: not measured");
        assertEquals("flagged 1/72", v.evidence().get(Verdict.preservedKey("simd")));
        assertNull(v.preservedBy("gpu"));
        assertEquals(List.of("scalar", "simd"), doc.implementationsBaselineFirst(), "the JVM's last provider is the baseline");
    }

    @Test
    void writtenAndReadBackTheSame() throws Exception {
        Verdict v = new Verdict("relu", true, true, Map.of("scalar", true, "third", true), true, Map.of(), Map.of("third", 0.75), true, true,
                true, Map.of("convex", true), java.util.List.of());
        AccuracyDocument doc = new AccuracyDocument(AccuracyDocument.SCHEMA, "t", 1, false,
                new JvmDescription("v", "17", "vm", "/j", "none", 0, false, "scalar", List.of()), List.of("third", "scalar"), "a", "b", 1.5,
                List.of(), List.of(), List.of(v), List.of(new io.whyrelu.resultmodel.PluginEntry("squareplus", "example.jar", "org.x.Squareplus",
                        Map.of("scalar", "float form"))));
        Path file = tmp.resolve(AccuracyDocument.FILE);
        Json.write(file, doc);
        assertEquals(doc, AccuracyDocument.read(file));
        assertEquals(List.of("scalar", "third"), doc.implementationsBaselineFirst(), "unknown to the JVM: by name");
    }

    @Test
    void schemaOneAndForeignFilesAreRefusedByName() throws Exception {
        Path old = Files.writeString(tmp.resolve("old.json"), "{\"schema\": \"whyrelu-accuracy/1\"}");
        assertTrue(assertThrows(InvalidResultsException.class, () -> AccuracyDocument.read(old)).getMessage().contains("no longer read"));
        Path other = Files.writeString(tmp.resolve("other.json"), "[1, 2]");
        assertTrue(assertThrows(InvalidResultsException.class, () -> AccuracyDocument.read(other)).getMessage().contains("not an accuracy file"));
    }
}
