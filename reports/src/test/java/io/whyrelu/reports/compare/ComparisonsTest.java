package io.whyrelu.reports.compare;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.JmhFixtures;
import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import io.whyrelu.reports.run.RunData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonsTest {

    private static final String KERNEL = "io.whyrelu.bench.jmh.KernelThroughput.kernel";
    private static final String LATENCY = "io.whyrelu.bench.jmh.KernelLatency.single";

    @TempDir
    Path tmp;

    /** Ten benchmarks, 3 forks × 5 iterations, 1% noise; one of them scaled. */
    private RunData run(String name, long seed, String slowed, double factor) throws Exception {
        JmhFixtures f = new JmhFixtures(seed);
        for (String a : new String[] {"relu", "sigmoid", "tanh", "gelu", "silu"}) {
            for (String impl : new String[] {"scalar", "simd"}) {
                double mean = (impl.equals("simd") ? 300_000 : 40_000) * (a.equals(slowed) && impl.equals("simd") ? factor : 1);
                f.add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel(a, impl), mean, 0.01, 3, 5);
            }
        }
        return f.load(tmp.resolve(name));
    }

    @Test
    void runAgainstItselfHasNoRegression() throws Exception {
        RunData a = run("a", 1, null, 1);
        Comparison c = Comparisons.compare(a, a, 5, 0.05);
        assertEquals(10, c.rows().size());
        assertEquals(10, c.count(Change.UNCHANGED));
        assertFalse(c.hasRegression());
        assertEquals(1.0, c.geometricMeanRatio(), 1e-12);
    }

    @Test
    void secondRunOfTheSameBuildHasNoRegression() throws Exception {
        Comparison c = Comparisons.compare(run("a", 1, null, 1), run("b", 2, null, 1), 5, 0.05);
        assertEquals(0, c.count(Change.REGRESSED));
        assertEquals(0, c.count(Change.IMPROVED));
        assertEquals(1.0, c.geometricMeanRatio(), 0.01);
    }

    @Test
    void twentyPercentSlowdownOfOneBenchmarkRegresses() throws Exception {
        Comparison c = Comparisons.compare(run("a", 1, null, 1), run("b", 2, "tanh", 0.8), 5, 0.05);
        assertEquals(1, c.count(Change.REGRESSED));
        ComparisonRow row = c.rows().get(0);
        assertEquals(Change.REGRESSED, row.verdict());
        assertEquals("tanh", row.key().params().get("activation"));
        assertEquals(-20, row.test().changePercent(), 1.5);
        assertTrue(row.test().qValue() < 0.05, "three forks a side decide −20% through the 4% fork-noise prior: " + row.test().qValue());
        assertTrue(row.test().ratioHigh() < 0.9, "the interval excludes 1: " + row);
        assertEquals("t on 3+3 fork means, q " + String.format(java.util.Locale.ROOT, "%.2g", row.test().qValue()), row.rule());
        assertTrue(c.hasRegression());
    }

    @Test
    void onePercentChangeInsideTheNoiseIsUnchanged() throws Exception {
        Comparison c = Comparisons.compare(run("a", 1, null, 1), run("b", 2, "tanh", 0.99), 5, 0.05);
        assertEquals(0, c.count(Change.REGRESSED));
        assertEquals(Change.UNCHANGED, c.rows().stream().filter(r -> r.key().params().get("activation").equals("tanh")
                && r.key().params().get("impl").equals("simd")).findFirst().orElseThrow().verdict());
    }

    @Test
    void directionFollowsTheUnitNotTheMode() throws Exception {
        // Time per operation: lower is better, so +20% is a regression and −20% an improvement.
        RunData base = new JmhFixtures(3).add(LATENCY, "avgt", "ns/op", JmhFixtures.kernel("relu", "simd"), 1000, 0.01, 3, 5)
                .add(LATENCY, "sample", "us/op", JmhFixtures.kernel("tanh", "simd"), 1.0, 0.01, 3, 5).load(tmp.resolve("t0"));
        RunData slower = new JmhFixtures(4).add(LATENCY, "avgt", "ns/op", JmhFixtures.kernel("relu", "simd"), 1200, 0.01, 3, 5)
                .add(LATENCY, "sample", "us/op", JmhFixtures.kernel("tanh", "simd"), 0.8, 0.01, 3, 5).load(tmp.resolve("t1"));
        Comparison c = Comparisons.compare(base, slower, 5, 0.05);
        Map<String, Change> verdicts = new java.util.HashMap<>();
        c.rows().forEach(r -> verdicts.put(r.key().params().get("activation"), r.verdict()));
        assertEquals(Change.REGRESSED, verdicts.get("relu"));
        assertEquals(Change.IMPROVED, verdicts.get("tanh"));
        // Throughput: higher is better, the other way round.
        RunData t0 = new JmhFixtures(5).add(KERNEL, "thrpt", "ops/ms", JmhFixtures.kernel("relu", "simd"), 100, 0.01, 3, 5).load(tmp.resolve("k0"));
        RunData t1 = new JmhFixtures(6).add(KERNEL, "thrpt", "ops/ms", JmhFixtures.kernel("relu", "simd"), 120, 0.01, 3, 5).load(tmp.resolve("k1"));
        assertEquals(Change.IMPROVED, Comparisons.compare(t0, t1, 5, 0.05).rows().get(0).verdict());
    }

    @Test
    void aChangeFarBeyondForkNoiseIsDecidedFromOneForkOfThreeIterations() throws Exception {
        // 673 → 20.3 ops/ms, one fork of three iterations a side: Mann–Whitney could never go below p = 0.1 here.
        RunData a = new JmhFixtures(7).add(KERNEL, "thrpt", "ops/ms", JmhFixtures.kernel("relu", "simd"), 673, 0.02, 1, 3).load(tmp.resolve("q0"));
        RunData b = new JmhFixtures(8).add(KERNEL, "thrpt", "ops/ms", JmhFixtures.kernel("relu", "simd"), 20.3, 0.02, 1, 3).load(tmp.resolve("q1"));
        Comparison c = Comparisons.compare(a, b, 5, 0.05);
        ComparisonRow row = c.rows().get(0);
        assertEquals(Change.REGRESSED, row.verdict(), row.toString());
        assertTrue(row.rule().startsWith("1 fork a side: fork noise 4% assumed"), row.rule());
        assertTrue(c.hasRegression());
    }

    @Test
    void aModestChangeFromOneForkIsTooFewAndSaysHowManyForksWouldDecideIt() throws Exception {
        RunData a = new JmhFixtures(7).add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), 100, 0.005, 1, 3).load(tmp.resolve("m0"));
        RunData b = new JmhFixtures(8).add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), 92, 0.005, 1, 3).load(tmp.resolve("m1"));
        Comparison c = Comparisons.compare(a, b, 5, 0.05);
        ComparisonRow row = c.rows().get(0);
        assertEquals(Change.TOO_FEW, row.verdict(), "−8% from one fork a side is within what a fork can move: " + row);
        assertTrue(row.test().forksNeeded() >= 2 && row.rule().endsWith("needs ≈ " + row.test().forksNeeded() + " forks a side"), row.rule());
        assertFalse(c.hasRegression());
        // With the forks it asks for, the same change is decided.
        int forks = row.test().forksNeeded() + 1;
        RunData a2 = new JmhFixtures(9).add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), 100, 0.005, forks, 3).load(tmp.resolve("m2"));
        RunData b2 = new JmhFixtures(10).add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), 92, 0.005, forks, 3).load(tmp.resolve("m3"));
        assertEquals(Change.REGRESSED, Comparisons.compare(a2, b2, 5, 0.05).rows().get(0).verdict());
    }

    @Test
    void aLuckyForkIsNotASignificantChange() throws Exception {
        // One fork in the fast mode of two: the figure moves +23%, but two forks a side cannot tell a mode from a change.
        Map<String, String> params = JmhFixtures.kernel("silu", "simd");
        RunData before = new JmhFixtures(11).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {320_000, 320_000}, 0.01, 5)
                .load(tmp.resolve("f0"));
        RunData after = new JmhFixtures(12).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {465_000, 320_000}, 0.01, 5)
                .load(tmp.resolve("f1"));
        ComparisonRow row = Comparisons.compare(before, after, 5, 0.05).rows().get(0);
        assertEquals("2×5 / 2×5", row.samplesText());
        assertEquals(Change.TOO_FEW, row.verdict(), row.toString());
    }

    @Test
    void forksThatDisagreeStillDecideWhenThereAreEnoughOfThem() throws Exception {
        Map<String, String> params = JmhFixtures.kernel("silu", "simd");
        RunData before = new JmhFixtures(13).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {100, 104, 98, 103, 99}, 0.005, 5)
                .load(tmp.resolve("g0"));
        RunData after = new JmhFixtures(14).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {80, 83, 79, 82, 78}, 0.005, 5)
                .load(tmp.resolve("g1"));
        ComparisonRow row = Comparisons.compare(before, after, 5, 0.05).rows().get(0);
        assertEquals(Change.REGRESSED, row.verdict(), "five forks a side separate -20%: " + row);
    }

    @Test
    void twoForksASideLeaveAChangeWithinAJitModeToMoreForks() throws Exception {
        // Two quiet forks a side cannot show that a whole run sat in another JIT mode: −20% is left undecided, 3× is not.
        Map<String, String> params = JmhFixtures.kernel("relu", "simd");
        RunData before = new JmhFixtures(15).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {100, 101}, 0.001, 10)
                .load(tmp.resolve("w0"));
        RunData after = new JmhFixtures(16).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {80, 81}, 0.001, 10)
                .load(tmp.resolve("w1"));
        ComparisonRow row = Comparisons.compare(before, after, 5, 0.05).rows().get(0);
        assertEquals("2×10 / 2×10", row.samplesText());
        assertEquals(Change.TOO_FEW, row.verdict());
        assertEquals("2+2 forks: within the 2.5× a JIT mode can move a fork; needs ≥ 3 forks a side", row.rule());
        RunData third = new JmhFixtures(17).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {33, 34}, 0.001, 10)
                .load(tmp.resolve("w2"));
        assertEquals(Change.REGRESSED, Comparisons.compare(before, third, 5, 0.05).rows().get(0).verdict());
        RunData before3 = new JmhFixtures(18).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {100, 101, 100.5}, 0.001, 10)
                .load(tmp.resolve("w3"));
        RunData after3 = new JmhFixtures(19).addForks(KERNEL, "thrpt", "ops/s", params, new double[] {80, 81, 80.5}, 0.001, 10)
                .load(tmp.resolve("w4"));
        assertEquals(Change.REGRESSED, Comparisons.compare(before3, after3, 5, 0.05).rows().get(0).verdict(), "three forks a side decide it");
    }

    @Test
    void runsWithNothingInCommonAreRejected() throws Exception {
        RunData a = new JmhFixtures(9).add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), 1, 0.01, 1, 3).load(tmp.resolve("n0"));
        RunData b = new JmhFixtures(9).add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("gelu", "simd"), 1, 0.01, 1, 3).load(tmp.resolve("n1"));
        var e = assertThrows(InvalidResultsException.class, () -> Comparisons.compare(a, b, 5, 0.05));
        assertTrue(e.getMessage().contains("no benchmark × mode × params in common"), e.getMessage());
    }

    @Test
    void formatsEscapeHostileNamesInMarkdown() throws Exception {
        Map<String, String> hostile = Map.of("activation", "<script>alert(1)</script>|[x](javascript:alert(1))", "impl", "simd");
        RunData a = new JmhFixtures(10).add("evil.<img src=x onerror=alert(1)>.kernel", "thrpt", "ops/s", hostile, 100, 0.01, 2, 5).load(tmp.resolve("h0"));
        String md = ComparisonFormat.MARKDOWN.render(Comparisons.compare(a, a, 5, 0.05));
        assertFalse(md.contains("<script>") || md.contains("<img"), md);
        assertFalse(md.contains("](javascript"), md);
        assertTrue(md.contains("&lt;script&gt;"), md);
        assertTrue(ComparisonFormat.JSON.render(Comparisons.compare(a, a, 5, 0.05)).contains("\"rows\""));
    }

    /** Three forks of ten iterations at about {@code level}; with {@code warmup}, the first three iterations of each are slower. */
    private static double[][] forks(double level, boolean warmup, long seed) {
        java.util.Random rng = new java.util.Random(seed);
        double[][] f = new double[3][10];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 10; i++) {
                f[k][i] = level * (warmup && i < 3 ? 0.4 + 0.1 * i : 1) * (1 + 0.003 * rng.nextGaussian());
            }
        }
        return f;
    }

    @Test
    void aChangeBetweenSteadyRunsIsCalled() throws Exception {
        RunData a = new JmhFixtures(1).addIterations(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), forks(300_000, false, 1))
                .load(tmp.resolve("steady-a"));
        RunData b = new JmhFixtures(2).addIterations(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), forks(200_000, false, 2))
                .load(tmp.resolve("steady-b"));
        assertEquals(Change.REGRESSED, Comparisons.compare(a, b, 5, 0.05).rows().get(0).verdict());
    }

    @Test
    void aChangeFromForksStillWarmingUpIsNotARegression() throws Exception {
        RunData a = new JmhFixtures(1).addIterations(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), forks(300_000, false, 1))
                .load(tmp.resolve("base"));
        // The same code, measured while the JIT was still at work: slower on average, and visibly so in its iterations.
        RunData b = new JmhFixtures(2).addIterations(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), forks(300_000, true, 2))
                .load(tmp.resolve("warming"));
        Comparison c = Comparisons.compare(a, b, 5, 0.05);
        ComparisonRow row = c.rows().get(0);
        assertEquals(Change.UNSTEADY, row.verdict());
        assertFalse(c.hasRegression());
        assertTrue(row.unsteady().startsWith("current: fork 1/3: warm-up in the measured iterations"), row.unsteady());
        String text = ComparisonFormat.TEXT.render(c);
        assertTrue(text.contains("1 unsteady") && text.contains("Not called, not at steady state"), text);
    }
}
