package io.whyrelu.example.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.resultmodel.PluginEntry;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.accuracy.Verdict;
import io.whyrelu.resultmodel.jmh.JmhJson;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.manifest.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example as a user runs it: this module's jar given to whyrelu.jar with --plugin, through
 * {@code run --preset smoke} and {@code accuracy}, in processes of their own (so the plug-in is on
 * no class path but the one --plugin builds, in the CLI, the JMH forks and the accuracy suite).
 */
class ExamplePluginIT {

    @TempDir
    Path tmp;

    @Test
    void smokeRunBenchmarksAndChecksThePlugins() throws Exception {
        Path out = tmp.resolve("run");
        String console = whyrelu("run", "--preset", "smoke", "--plugin", jar("whyrelu.example.jar").toString(), "--activations",
                "squareplus,hard-swish", "--out", out.toString());
        assertTrue(console.contains("Plug-in activations:\n   squareplus: plug-in from whyrelu-example-plugin.jar"), console);

        Manifest manifest = Json.MAPPER.readValue(out.resolve(Manifest.FILE).toFile(), Manifest.class);
        assertEquals("complete", manifest.status, manifest.incompleteReason);
        assertEquals(List.of("squareplus", "hard-swish"), manifest.plugins.stream().map(PluginEntry::id).toList());
        for (PluginEntry p : manifest.plugins) {
            assertEquals("whyrelu-example-plugin.jar", p.source());
            assertEquals("vector form", p.forms().get("simd"), p.toString());
        }
        List<JmhResult> results = JmhJson.read(out.resolve("jmh.json"));
        for (String activation : List.of("squareplus", "hard-swish")) {
            for (String impl : List.of("scalar", "simd")) {
                assertTrue(results.stream().anyMatch(r -> activation.equals(r.param("activation")) && impl.equals(r.param("impl"))
                        && r.primary().score() > 0), activation + " " + impl + " measured");
            }
        }
        AccuracyDocument accuracy = AccuracyDocument.read(out.resolve(AccuracyDocument.FILE));
        Map<String, Verdict> verdicts = new java.util.HashMap<>();
        accuracy.verdicts().forEach(v -> verdicts.put(v.activation(), v));
        Verdict squareplus = verdicts.get("squareplus");
        assertTrue(squareplus.requirement1Convex(), "squareplus is convex");
        assertEquals(Map.of("convex", true, "monotone", true), squareplus.declared());
        assertTrue(squareplus.mismatches().isEmpty(), squareplus.mismatches().toString());
        assertFalse(squareplus.passesAll(), "smooth: not every convex function is a combination of its shifts");
        assertTrue(squareplus.agreesWithPaper());
        Verdict hardSwish = verdicts.get("hard-swish");
        assertFalse(hardSwish.requirement1Convex());
        assertTrue(hardSwish.mismatches().isEmpty(), "declared not convex, not monotone: as measured");
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("squareplus") && report.contains("plug-in from whyrelu-example-plugin.jar"), "the report names the plug-ins");
        assertTrue(Files.readString(out.resolve("summary.md")).contains("hard-swish"));
    }

    @Test
    void accuracySuiteOnParameterisedPlugin() throws Exception {
        Path out = tmp.resolve("accuracy");
        whyrelu("accuracy", "--plugin", jar("whyrelu.example.jar").toString(), "--activations", "squareplus:b=1,hard-swish",
                "--out", out.toString());
        AccuracyDocument doc = AccuracyDocument.read(out.resolve(AccuracyDocument.FILE));
        assertEquals(List.of("squareplus:b=1", "hard-swish"), doc.verdicts().stream().map(Verdict::activation).toList());
        assertEquals(2, doc.plugins().size());
        for (var a : doc.activations()) {
            a.ulp().forEach((impl, entry) -> assertTrue(entry.result().maxUlps() <= entry.budget(),
                    a.activation() + " " + impl + ": " + entry.result().maxUlps() + " ULP over budget " + entry.budget()));
        }
    }

    private static Path jar(String property) {
        Path jar = Path.of(System.getProperty(property, "missing"));
        assertTrue(Files.isRegularFile(jar), property + " " + jar + " is missing: build the reactor (./mvnw verify) so bench's whyrelu.jar "
                + "and this module's jar exist");
        return jar;
    }

    /** Runs whyrelu.jar with these arguments in a process of its own; returns what it printed. */
    private String whyrelu(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-jar", jar("whyrelu.jar").toString()));
        command.addAll(List.of(args));
        Path log = tmp.resolve(args[0] + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("whyrelu " + args[0] + " did not finish in 15 minutes; output:\n" + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), () -> "whyrelu " + String.join(" ", args) + " failed; output:\n" + readQuietly(log));
        return Files.readString(log);
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
