package io.whyrelu.bench.run;

import io.whyrelu.reports.summary.Shape;
import java.util.List;

/**
 * What a run measures and how long it spends on each benchmark. Timings are per JMH iteration;
 * every benchmark also pays a fork's JVM start-up.
 */
public enum Preset {
    /**
     * Under a minute: proves the pipeline works (CI). Numbers are indicative only; the warmup is
     * just long enough for C2 to compile the vector code (about 0.3 s for an exp-based activation).
     */
    SMOKE(List.of("relu", "sigmoid"), List.of(Shape.parse("64x64x1"), Shape.parse("64x64x8")), List.of(1024),
            List.of(Shape.parse("64x64")), 1, 2, 200, 2, 100),
    /** The default: every activation, two shapes at batch 1 and 64, short iterations (about five minutes). */
    QUICK(List.of("all"), List.of(Shape.parse("256x256x1"), Shape.parse("256x256x64"), Shape.parse("16x1024x1"),
            Shape.parse("16x1024x64")), List.of(4096), List.of(Shape.parse("256x256")), 1, 2, 200, 2, 200),
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
            4, 2, 300, 3, 300),
    /** Everything, five forks, long iterations: hours. */
    FULL(List.of("all"), List.of(Shape.parse("64x64x1"), Shape.parse("64x64x64"), Shape.parse("256x256x1"),
            Shape.parse("256x256x8"), Shape.parse("256x256x64"), Shape.parse("256x256x256"), Shape.parse("1024x1024x1"),
            Shape.parse("1024x1024x64"), Shape.parse("16x1024x1"), Shape.parse("16x1024x64"), Shape.parse("4096x64x1"),
            Shape.parse("64x4096x1")), List.of(1024, 4096, 65536, 1 << 20),
            List.of(Shape.parse("64x64"), Shape.parse("256x256"), Shape.parse("1024x1024")), 5, 5, 500, 10, 500);

    public final List<String> activations;
    public final List<Shape> shapes;
    public final List<Integer> elementwiseSizes;
    public final List<Shape> latencyShapes;
    public final int forks;
    public final int warmupIterations;
    public final int warmupMillis;
    public final int measurementIterations;
    public final int measurementMillis;

    Preset(List<String> activations, List<Shape> shapes, List<Integer> elementwiseSizes, List<Shape> latencyShapes,
            int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis) {
        this.activations = activations;
        this.shapes = shapes;
        this.elementwiseSizes = elementwiseSizes;
        this.latencyShapes = latencyShapes;
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
