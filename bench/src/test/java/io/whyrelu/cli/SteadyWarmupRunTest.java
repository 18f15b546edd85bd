package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.steady.ForkClass;
import io.whyrelu.resultmodel.steady.ForkClassification;
import io.whyrelu.resultmodel.steady.ForkSteadiness;
import io.whyrelu.resultmodel.steady.SteadyStateDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, in real JMH forks, on the vector GELU: the largest Vector API method of the
 * catalogue (double-lane erf), the slowest to reach C2. With the steady-state warm-up, the smoke
 * preset measures it warmed; with JMH's iterations alone and no warm-up, the tool flags it.
 */
class SteadyWarmupRunTest {

    private static final String[] GELU = {"run", "--preset", "smoke", "--activations", "gelu", "--impls", "simd", "--shapes", "64x256x1",
        "--no-accuracy"};

    @TempDir
    Path tmp;

    private SteadyStateDocument.Entry kernel(Path out) throws Exception {
        SteadyStateDocument doc = Json.MAPPER.readValue(out.resolve(SteadyStateDocument.FILE).toFile(), SteadyStateDocument.class);
        return doc.benchmarks().stream().filter(e -> e.benchmark().endsWith("KernelThroughput.kernel")).findFirst().orElseThrow();
    }

    @Test
    void smokePresetMeasuresTheVectorGeluWarmed() throws Exception {
        Path out = tmp.resolve("steady");
        var outcome = CliRunner.run(concat(GELU, "--out", out.toString()));
        assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
        ForkSteadiness fork = kernel(out).forks().get(0);
        assertTrue(fork.warmup().converged(), fork.warmup().reason());
        assertTrue(fork.warmup().seconds() < 15, "within the smoke preset's cap: " + fork.warmup().seconds());
        // Warmed: the measured level is the warm-up's final level, not the interpreter's (10⁴× slower).
        double warmed = fork.warmup().opsPerSecond().get(fork.warmup().opsPerSecond().size() - 1);
        double measured = fork.classification().segments().get(fork.classification().segments().size() - 1).mean();
        assertTrue(measured > 0.7 * warmed && measured < 1.3 * warmed, "warm-up ended at " + warmed + " ops/s, measured " + measured);
        assertTrue(fork.warmup().opsPerSecond().get(0) < 0.1 * warmed, "the first chunk ran cold code: " + fork.warmup().opsPerSecond());
        // What the warm-up guarantees: the benchmark's code is compiled before measurement, so no
        // measured iteration runs cold code (interpreted or C1 vector code is 10^3-10^4 times slower).
        // It cannot promise that no compilation at all finishes during one: once here a 16 ms
        // compilation landed in measured iteration 2 of a flat fork (1.18 M ops/s throughout), and the
        // tool marked that fork not steady, as it should. Nor that the machine never slows one
        // iteration by 10% (the classifier then says "warm-up"): both are the classifier's to report.
        for (double level : fork.classification().segments().stream().mapToDouble(s -> s.mean()).toArray()) {
            assertTrue(level > 0.7 * warmed, "a measured level of " + level + " ops/s against " + warmed + " warmed: " + fork);
        }
        if (!fork.compiledInMeasurement().isEmpty()) {
            assertFalse(fork.steady(), "a compilation during measurement is reported: " + fork);
        }
    }

    @Test
    void withoutWarmupTheSameBenchmarkIsFlagged() throws Exception {
        Path out = tmp.resolve("cold");
        var outcome = CliRunner.run(concat(GELU, "--out", out.toString(), "--warmup", "fixed", "--", "-wi", "0", "-i", "20", "-r", "100ms"));
        assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
        SteadyStateDocument.Entry e = kernel(out);
        assertFalse(e.steady());
        // Warm-up, or no steady state when a late hiccup cuts the last level short: flagged either way,
        // with the cold start (interpreter, C1) as its own first level.
        ForkClassification c = e.forks().get(0).classification();
        assertTrue(c.kind() == ForkClass.WARMUP || c.kind() == ForkClass.NO_STEADY_STATE, e.toString());
        assertTrue(c.segments().get(0).mean() < 0.1 * c.segments().get(c.segments().size() - 1).mean(), e.toString());
        assertTrue(outcome.out().contains("(!)") && outcome.out().contains("warm-up in the measured iterations"), outcome.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
