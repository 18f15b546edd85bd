package io.whyrelu.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.bench.jmh.ActivationThroughput;
import io.whyrelu.bench.jmh.KernelLatency;
import io.whyrelu.bench.jmh.KernelThroughput;
import io.whyrelu.bench.jmh.Roofline;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.resultmodel.BenchmarkKind;
import io.whyrelu.resultmodel.Shape;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkPlannerTest {

    private static JvmTarget jvm(String version, int bits, String... available) {
        List<JvmDescription.Provider> providers = java.util.Arrays.stream(new String[] {"simd", "scalar"})
                .map(n -> new JvmDescription.Provider(n, List.of(available).contains(n), "test")).toList();
        return new JvmTarget(Path.of("/jdk" + version + "/bin/java"), List.of(),
                new JvmDescription("v", version, "vm", "/jdk", bits == 0 ? "none" : "S_" + bits, bits, true, available[0], providers));
    }

    private static RunConfig config(List<JvmTarget> jvms) {
        return new RunConfig(Preset.SMOKE, Activations.parseList("relu,sigmoid"), List.of("simd", "scalar"),
                List.of(Shape.parse("64x64x1"), Shape.parse("64x64x8")), List.of(Shape.parse("64x64x1")), List.of(1024), jvms,
                Path.of("out"), 7, false, List.of(), false, null, true);
    }

    @Test
    void everyItemTimesActivationTimesImplementationOnEachJvmRooflineFirst() {
        List<PlannedBenchmark> plan = BenchmarkPlanner.plan(config(List.of(jvm("25", 512, "simd", "scalar"))));
        // roofline + (2 shapes + 1 size + 1 latency shape) × 2 activations × 2 implementations
        assertEquals(1 + 4 * 2 * 2, plan.size());
        assertEquals(BenchmarkKind.ROOFLINE.benchmark(), plan.get(0).benchmark());
        PlannedBenchmark batched = plan.stream().filter(p -> p.label().equals("kernel sigmoid scalar 64x64x8")).findFirst().orElseThrow();
        assertEquals(Map.of("activation", "sigmoid", "impl", "scalar", "n", "64", "k", "64", "batch", "8", "seed", "7"), batched.params());
        assertEquals(8, batched.operationsPerInvocation(), "one op is one input");
        PlannedBenchmark elementwise = plan.stream().filter(p -> p.label().equals("element-wise relu simd 1024")).findFirst().orElseThrow();
        assertEquals(1024, elementwise.operationsPerInvocation());
        assertTrue(plan.stream().anyMatch(p -> p.label().equals("latency relu simd 64x64") && p.operationsPerInvocation() == 1));
    }

    @Test
    void aJvmWithoutVectorsGetsNoRooflineAndOnlyWhatItCanRun() {
        List<PlannedBenchmark> plan = BenchmarkPlanner.plan(config(List.of(jvm("25", 512, "simd", "scalar"), jvm("17", 0, "scalar"))));
        List<PlannedBenchmark> on17 = plan.stream().filter(p -> p.jvm().version().equals("17")).toList();
        assertEquals(4 * 2, on17.size(), "scalar only, no roofline");
        assertTrue(on17.stream().allMatch(p -> p.params().get("impl").equals("scalar") && p.label().endsWith("@" + p.jvm().label())));
    }

    @Test
    void benchmarkKindsNameTheBenchmarkMethods() throws Exception {
        assertEquals(Roofline.class.getName() + ".fmaPeak", BenchmarkKind.ROOFLINE.benchmark());
        assertEquals(KernelThroughput.class.getName() + ".kernel", BenchmarkKind.KERNEL.benchmark());
        assertEquals(ActivationThroughput.class.getName() + ".activation", BenchmarkKind.ACTIVATION.benchmark());
        assertEquals(KernelLatency.class.getName() + ".single", BenchmarkKind.LATENCY.benchmark());
        for (BenchmarkKind k : BenchmarkKind.values()) {
            Class<?> c = Class.forName(k.benchmark().substring(0, k.benchmark().lastIndexOf('.')));
            assertTrue(java.util.Arrays.stream(c.getMethods()).anyMatch(m -> m.getName().equals(k.method())
                    && m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)), k + " is a @Benchmark method");
        }
    }
}
