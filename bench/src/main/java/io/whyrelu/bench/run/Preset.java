package io.whyrelu.bench.run;

import io.whyrelu.resultmodel.Shape;
import java.util.List;

/**
 * What a run measures and how long it spends on each benchmark. Every fork first warms up until
 * steady state (JIT quiet, throughput settled; capped per preset, see SteadyStateWarmup), then
 * runs JMH's warm-up and measured iterations: a few short warm-up iterations (at least 0.5 s in
 * all), in which JMH's own loop is compiled, C1 and C2 (early, see JmhStubCompilation; up to ~90 ms
 * of C2 on this project's stubs: with one 100 ms iteration, C2 landed in the first measured
 * iteration of most benchmarks; with three, still in 2 of 157), and at least five measured ones,
 * the fewest in which a change of level can be told from noise (the classification of
 * docs/results.md). Every benchmark also pays a fork's JVM start-up.
 */
public enum Preset {
    /** About a minute: proves the pipeline works (CI). Few benchmarks, one fork each. */
    SMOKE(List.of("relu", "sigmoid"), List.of(Shape.parse("64x64x1"), Shape.parse("64x64x8")), List.of(1024),
            List.of(Shape.parse("64x64")), 1, 5, 100, 5, 100, 15),
    /**
     * The default: every activation, the square layer at batch 1 and 64 and the activation-bound
     * wide layer at batch 1, short iterations (wall time in README). Three forks, not one: forks of
     * the same benchmark settle at levels up to 20% apart (two C2 compilations of one method:
     * relu 256×256×64 SIMD ran 1.62–1.69 or 1.39–1.45 M inputs/s by which shape C2 emitted; code
     * placement: element-wise exp SIMD 3.5 or 4.3 G elements/s), which no single fork can show.
     * Forks that disagree mark the figure (~). With two forks a side, both fell in one mode and a
     * long reference run's both in the other in 0–2 of 65 SIMD/scalar ratios per run. That takes
     * 2·(p(1−p))ⁿ for n forks a side and a slow-mode share p: 0.10 with two forks and p = 1/3, 0.02
     * with three; three are also the fewest with which compare tells a JIT mode from a change. The
     * batched wide layer (16×1024×64) is left to standard so that the third fork costs 25%, not 50%.
     */
    QUICK(List.of("all"), List.of(Shape.parse("256x256x1"), Shape.parse("256x256x64"), Shape.parse("16x1024x1")),
            List.of(4096), List.of(Shape.parse("256x256")), 3, 5, 100, 5, 100, 20),
    /**
     * For comparisons worth keeping and CI gates: more shapes, four forks of three measured
     * iterations. Forks, not iterations: on this project's benchmarks forks often disagree by more
     * than iterations scatter (array alignment, JIT decisions), and then the fork is the sample a
     * comparison can count on (see ForkEffect); four a side is the fewest that let Mann–Whitney
     * reach p &lt; 0.05.
     */
    STANDARD(List.of("all"), List.of(Shape.parse("64x64x1"), Shape.parse("64x64x64"), Shape.parse("256x256x1"),
            Shape.parse("256x256x64"), Shape.parse("1024x1024x1"), Shape.parse("1024x1024x64"), Shape.parse("16x1024x1"),
            Shape.parse("16x1024x64")), List.of(4096, 1 << 20), List.of(Shape.parse("256x256"), Shape.parse("1024x1024")),
            4, 3, 200, 5, 200, 30),
    /** Everything, five forks, long iterations: hours. */
    FULL(List.of("all"), List.of(Shape.parse("64x64x1"), Shape.parse("64x64x64"), Shape.parse("256x256x1"),
            Shape.parse("256x256x8"), Shape.parse("256x256x64"), Shape.parse("256x256x256"), Shape.parse("1024x1024x1"),
            Shape.parse("1024x1024x64"), Shape.parse("16x1024x1"), Shape.parse("16x1024x64"), Shape.parse("4096x64x1"),
            Shape.parse("64x4096x1")), List.of(1024, 4096, 65536, 1 << 20),
            List.of(Shape.parse("64x64"), Shape.parse("256x256"), Shape.parse("1024x1024")), 5, 3, 500, 10, 500, 60);

    public final List<String> activations;
    public final List<Shape> shapes;
    public final List<Integer> elementwiseSizes;
    public final List<Shape> latencyShapes;
    public final int forks;
    public final int warmupIterations;
    public final int warmupMillis;
    public final int measurementIterations;
    public final int measurementMillis;
    /** The cap of each fork's warm-up to steady state, which precedes JMH's warm-up iterations. */
    public final int steadyWarmupCapSeconds;

    Preset(List<String> activations, List<Shape> shapes, List<Integer> elementwiseSizes, List<Shape> latencyShapes,
            int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis,
            int steadyWarmupCapSeconds) {
        this.activations = activations;
        this.shapes = shapes;
        this.elementwiseSizes = elementwiseSizes;
        this.latencyShapes = latencyShapes;
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.steadyWarmupCapSeconds = steadyWarmupCapSeconds;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
