package io.whyrelu.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.JmhFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL leaves "running" in its manifest; readers must not believe it. */
class RunLoaderReconcileTest {

    @TempDir
    Path tmp;

    private Path killedRun() throws Exception {
        Path dir = new JmhFixtures(1)
                .add("x.KernelThroughput.kernel", "thrpt", "ops/s", Map.of("activation", "relu"), 100, 0.01, 1, 5)
                .add("x.KernelThroughput.kernel", "thrpt", "ops/s", Map.of("activation", "elu"), 100, 0.01, 1, 5)
                .add("x.KernelThroughput.kernel", "thrpt", "ops/s", Map.of("activation", "gelu"), 100, 0.01, 1, 5)
                .write(tmp.resolve("killed"));
        Files.writeString(dir.resolve("manifest.json"),
                "{\"schema\": \"whyrelu-manifest/1\", \"status\": \"running\", \"benchmarks\": {\"planned\": 157, \"completed\": 0}}");
        return dir;
    }

    @Test
    void aRunningManifestWhoseLockNobodyHoldsIsReadAsKilled() throws Exception {
        Path dir = killedRun();
        Files.writeString(dir.resolve(RunLock.FILE), "12345\n"); // its process is gone: the OS released the lock
        var m = RunLoader.load(dir).manifest().orElseThrow();
        assertEquals("incomplete", m.status);
        assertTrue(m.incompleteReason.contains("jmh.json holds 3 of 157"), m.incompleteReason);
        assertEquals(3, m.benchmarks.completed);
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"running\""), "the file itself is left alone");
    }

    @Test
    void aRunInProgressStaysRunning() throws Exception {
        Path dir = killedRun();
        try (RunLock lock = RunLock.claim(dir)) {
            assertEquals("running", RunLoader.load(dir).manifest().orElseThrow().status);
        }
    }
}
