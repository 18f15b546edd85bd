package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run, in JMH forks, kept tiny: one activation, one small shape, one fork, short
 * iterations. Checks the contract of the results directory, not the numbers.
 */
class SmokeRunTest {

    @TempDir
    Path tmp;

    @Test
    void producesJmhJsonManifestAndLatencyLogs() throws Exception {
        Path out = tmp.resolve("run");
        var outcome = CliRunner.run("run", "--preset", "smoke", "--activations", "relu", "--shapes", "8x8x2", "--out",
                out.toString(), "--", "-f", "1", "-wi", "1", "-w", "50ms", "-i", "1", "-r", "50ms");
        assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
        assertTrue(outcome.out().contains("Kernel throughput, GFLOP/s"), outcome.out());
        assertTrue(outcome.out().contains("Results: " + out.toAbsolutePath()), outcome.out());

        JsonNode jmh = new ObjectMapper().readTree(out.resolve("jmh.json").toFile());
        assertTrue(jmh.isArray());
        Set<String> benchmarks = new HashSet<>();
        for (JsonNode r : jmh) {
            String name = r.get("benchmark").asText();
            benchmarks.add(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
            JsonNode params = r.path("params");
            if (name.endsWith("KernelThroughput.kernel")) {
                for (String p : new String[] {"activation", "impl", "n", "k", "batch"}) {
                    assertTrue(params.has(p), "kernel result lacks param " + p + ": " + params);
                }
                assertEquals("ops/s", r.path("primaryMetric").path("scoreUnit").asText());
            }
            assertTrue(r.has("jdkVersion") && r.has("jvm"), "every result is tagged with its JVM");
        }
        assertEquals(Set.of("Roofline.fmaPeak", "KernelThroughput.kernel", "ActivationThroughput.activation",
                "KernelLatency.single"), benchmarks);

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("whyrelu-manifest/1", manifest.path("schema").asText());
        assertEquals("complete", manifest.path("status").asText());
        for (String field : new String[] {"tool", "startedAt", "finishedAt", "host", "jvms", "preset", "options", "seed", "benchmarks"}) {
            assertTrue(manifest.has(field), "manifest lacks " + field);
        }
        for (String field : new String[] {"hostname", "os", "cpuModel", "cores"}) {
            assertTrue(manifest.path("host").has(field), "manifest host lacks " + field);
        }
        JsonNode jvm = manifest.path("jvms").get(0).path("description");
        for (String field : new String[] {"vendor", "version", "vectorSpecies", "vectorBits", "fma", "preferredProvider"}) {
            assertNotNull(jvm.get(field), "manifest JVM lacks " + field);
        }
        assertEquals(manifest.path("benchmarks").path("planned").asInt(), manifest.path("benchmarks").path("completed").asInt());
        assertTrue(Files.size(out.resolve("jmh.log")) > 0);
        for (String file : new String[] {"accuracy.json", "report.html", "summary.md"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, "the run writes " + file);
        }
        try (var logs = Files.list(out.resolve("latency"))) {
            assertEquals(2, logs.filter(p -> p.toString().endsWith(".hlog")).count(), "one HdrHistogram log per latency benchmark");
        }
    }
}
