package io.whyrelu.reports.compare;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.JmhFixtures;
import io.whyrelu.reports.run.RunData;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteCorrectionTest {

    private static final String BENCH = "org.example.Suite.method";

    @TempDir
    Path tmp;

    /** 200 benchmarks, 3 forks × 5 iterations; each fork off its benchmark's level by 4% (sd), iterations by 1%. */
    private RunData suite(String name, long seed, double slowFactor, int slowed) throws Exception {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        JmhFixtures f = new JmhFixtures(seed);
        for (int b = 0; b < 200; b++) {
            double level = 1000 * (b + 1) * (b < slowed ? slowFactor : 1);
            double[] forks = {level * (1 + 0.04 * gaussian(rng)), level * (1 + 0.04 * gaussian(rng)), level * (1 + 0.04 * gaussian(rng))};
            f.addForks(BENCH, "thrpt", "ops/s", Map.of("case", String.valueOf(b)), forks, 0.01, 5);
        }
        return f.load(tmp.resolve(name));
    }

    private static double gaussian(UniformRandomProvider rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Test
    void aNoChangeSuiteWithForkNoiseDoesNotFailTheGate() throws Exception {
        int failedSuites = 0;
        int failedSuitesUncorrected = 0;
        for (int trial = 0; trial < 5; trial++) {
            RunData a = suite("a" + trial, 100 + trial, 1, 0);
            RunData b = suite("b" + trial, 200 + trial, 1, 0);
            failedSuites += Comparisons.compare(a, b, GateSettings.defaults()).hasRegression() ? 1 : 0;
            failedSuitesUncorrected += Comparisons.compare(a, b, new GateSettings(5, 0.05, 3, false)).hasRegression() ? 1 : 0;
        }
        assertEquals(0, failedSuites, "Benjamini–Hochberg keeps no-change suites of 200 benchmarks quiet");
        assertTrue(failedSuitesUncorrected >= 3, "without the correction most no-change suites fail: " + failedSuitesUncorrected + "/5");
    }

    @Test
    void realRegressionsStillFailTheCorrectedGate() throws Exception {
        Comparison c = Comparisons.compare(suite("base", 1, 1, 0), suite("slow", 2, 0.7, 10), GateSettings.defaults());
        long called = c.rows().stream().filter(r -> r.verdict() == Change.REGRESSED && Integer.parseInt(r.key().params().get("case")) < 10).count();
        assertTrue(called >= 8, "a 30% slowdown of 10 benchmarks among 200 is found: " + called);
        assertFalse(c.rows().stream().anyMatch(r -> r.verdict() == Change.REGRESSED && Integer.parseInt(r.key().params().get("case")) >= 10));
    }
}
