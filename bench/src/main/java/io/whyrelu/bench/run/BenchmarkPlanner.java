package io.whyrelu.bench.run;

import io.whyrelu.bench.jmh.ActivationThroughput;
import io.whyrelu.bench.jmh.KernelLatency;
import io.whyrelu.bench.jmh.KernelThroughput;
import io.whyrelu.bench.jmh.Roofline;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.results.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Expands a run's options into the list of JMH benchmarks to execute, roofline first on each JVM. */
public final class BenchmarkPlanner {

    private BenchmarkPlanner() {}

    public static List<PlannedBenchmark> plan(RunConfig config) {
        List<PlannedBenchmark> plan = new ArrayList<>();
        String seed = Long.toString(config.seed());
        for (JvmTarget jvm : config.jvms()) {
            String at = config.jvms().size() > 1 ? " @" + jvm.label() : "";
            if (jvm.lanes() > 0) {
                plan.add(new PlannedBenchmark("roofline FMA peak" + at, name(Roofline.class, "fmaPeak"), Map.of(),
                        Math.toIntExact(Roofline.flopsPerInvocation(jvm.lanes())), jvm));
            }
            for (Shape shape : config.shapes()) {
                for (Activation a : config.activations()) {
                    for (String impl : implsOn(config, jvm)) {
                        plan.add(new PlannedBenchmark("kernel " + a.spec() + " " + impl + " " + shape + at,
                                name(KernelThroughput.class, "kernel"), params(a, impl, seed, "n", shape.n(), "k", shape.k(),
                                        "batch", shape.batch()), shape.batch(), jvm));
                    }
                }
            }
            for (int size : config.elementwiseSizes()) {
                for (Activation a : config.activations()) {
                    for (String impl : implsOn(config, jvm)) {
                        plan.add(new PlannedBenchmark("element-wise " + a.spec() + " " + impl + " " + size + at,
                                name(ActivationThroughput.class, "activation"), params(a, impl, seed, "size", size), size, jvm));
                    }
                }
            }
            for (Shape shape : config.latencyShapes()) {
                for (Activation a : config.activations()) {
                    for (String impl : implsOn(config, jvm)) {
                        plan.add(new PlannedBenchmark("latency " + a.spec() + " " + impl + " " + shape.n() + "x" + shape.k() + at,
                                name(KernelLatency.class, "single"), params(a, impl, seed, "n", shape.n(), "k", shape.k(),
                                        "batch", 1), 1, jvm));
                    }
                }
            }
        }
        return plan;
    }

    private static List<String> implsOn(RunConfig config, JvmTarget jvm) {
        return config.impls().stream().filter(jvm::supports).toList();
    }

    private static String name(Class<?> benchmark, String method) {
        return benchmark.getName() + "." + method;
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
