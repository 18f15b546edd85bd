package io.whyrelu.bench.run;

import io.whyrelu.bench.yardstick.NativeYardstick;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.resultmodel.Shape;
import java.nio.file.Path;
import java.util.List;

/**
 * A validated {@code whyrelu run}: everything decided before the first benchmark starts (yardstick:
 * null unless --native; steadyWarmup: false with --warmup fixed).
 */
public record RunConfig(Preset preset, List<Activation> activations, List<String> impls, List<Shape> shapes,
        List<Shape> latencyShapes, List<Integer> elementwiseSizes, List<JvmTarget> jvms, Path out, long seed,
        boolean verbose, List<String> jmhArgs, boolean accuracy, NativeYardstick yardstick, boolean steadyWarmup) {

    /** The JVM the accuracy suite runs on: the first of the run's JVMs. */
    public JvmTarget accuracyJvm() {
        return jvms.get(0);
    }
}
