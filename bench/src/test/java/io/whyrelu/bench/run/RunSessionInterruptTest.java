package io.whyrelu.bench.run;

import io.whyrelu.resultmodel.manifest.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activations;
import io.whyrelu.resultmodel.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C after the benchmarks, during the accuracy suite, must not leave the run marked complete. */
class RunSessionInterruptTest {

    @TempDir
    Path tmp;

    private RunSession session(Manifest manifest) {
        RunConfig config = new RunConfig(Preset.SMOKE, Activations.parseList("relu"), List.of("scalar"), List.of(), List.of(), List.of(),
                List.of(), tmp, 42, false, List.of(), true, null, true);
        return new RunSession(config, manifest, new PrintStream(new ByteArrayOutputStream()), false);
    }

    @Test
    void ctrlCDuringTheAccuracySuiteMarksTheRunIncomplete() throws Exception {
        Manifest manifest = new Manifest();
        RunSession s = session(manifest);
        try {
            s.execute(List.of());
            assertEquals("complete", manifest.status, "the benchmarks are done");
            s.onInterrupt(); // what the shutdown hook does on Ctrl-C while the accuracy suite runs
            var written = Json.MAPPER.readTree(tmp.resolve("manifest.json").toFile());
            assertEquals("incomplete", written.path("status").asText());
            assertTrue(written.path("incompleteReason").asText().contains("during the accuracy suite"), written.toString());
        } finally {
            s.close();
        }
    }

    @Test
    void afterCloseCtrlCChangesNothing() throws Exception {
        Manifest manifest = new Manifest();
        RunSession s = session(manifest);
        s.execute(List.of());
        s.close();
        s.onInterrupt();
        assertEquals("complete", Json.MAPPER.readTree(tmp.resolve("manifest.json").toFile()).path("status").asText());
    }
}
