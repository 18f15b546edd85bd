package io.whyrelu.bench.run;

import io.whyrelu.bench.jmh.Roofline;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.resultmodel.BenchmarkKind;
import io.whyrelu.resultmodel.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Expands a run's options into the list of JMH benchmarks to execute, per JVM: the roofline probe
 * first (where vectors are in use), then every kernel shape, element-wise size and latency shape ×
 * activation × implementation that JVM can run.
 */
public final class BenchmarkPlanner {

    private BenchmarkPlanner() {}

    public static List<PlannedBenchmark> plan(RunConfig config) {
        List<PlannedBenchmark> plan = new ArrayList<>();
        for (JvmTarget jvm : config.jvms()) {
            Expansion e = new Expansion(config, jvm, plan);
            if (jvm.lanes() > 0) {
                plan.add(new PlannedBenchmark("roofline FMA peak" + e.at, BenchmarkKind.ROOFLINE.benchmark(), Map.of(),
                        Math.toIntExact(Roofline.flopsPerInvocation(jvm.lanes())), jvm));
            }
            e.each("kernel", BenchmarkKind.KERNEL, config.shapes(), Shape::toString,
                    s -> new Object[] {"n", s.n(), "k", s.k(), "batch", s.batch()}, Shape::batch);
            e.each("element-wise", BenchmarkKind.ACTIVATION, config.elementwiseSizes(), String::valueOf,
                    size -> new Object[] {"size", size}, size -> size);
            e.each("latency", BenchmarkKind.LATENCY, config.latencyShapes(), s -> s.n() + "x" + s.k(),
                    s -> new Object[] {"n", s.n(), "k", s.k(), "batch", 1}, s -> 1);
        }
        return plan;
    }

    /** One JVM's part of the plan. */
    private record Expansion(RunConfig config, JvmTarget jvm, List<PlannedBenchmark> plan, String at, List<String> impls) {

        Expansion(RunConfig config, JvmTarget jvm, List<PlannedBenchmark> plan) {
            this(config, jvm, plan, config.jvms().size() > 1 ? " @" + jvm.label() : "",
                    config.impls().stream().filter(jvm::supports).toList());
        }

        /** item × activation × implementation, in that nesting, for one benchmark. */
        <T> void each(String what, BenchmarkKind kind, List<T> items, Function<T, String> label, Function<T, Object[]> itemParams,
                ToIntFunction<T> opsPerInvocation) {
            for (T item : items) {
                for (Activation a : config.activations()) {
                    for (String impl : impls) {
                        plan.add(new PlannedBenchmark(what + " " + a.spec() + " " + impl + " " + label.apply(item) + at, kind.benchmark(),
                                params(a, impl, Long.toString(config.seed()), itemParams.apply(item)), opsPerInvocation.applyAsInt(item), jvm));
                    }
                }
            }
        }
    }

    private static Map<String, String> params(Activation a, String impl, String seed, Object... more) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("activation", a.spec());
        p.put("impl", impl);
        for (int i = 0; i < more.length; i += 2) {
            p.put((String) more[i], String.valueOf(more[i + 1]));
        }
        p.put("seed", seed);
        return p;
    }
}
