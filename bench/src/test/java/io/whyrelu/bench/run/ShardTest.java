package io.whyrelu.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activations;
import io.whyrelu.resultmodel.BenchmarkKind;
import io.whyrelu.resultmodel.Shape;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShardTest {

    private static List<PlannedBenchmark> plan() {
        var providers = List.of(new JvmDescription.Provider("simd", true, "t"), new JvmDescription.Provider("scalar", true, "t"));
        JvmTarget jvm = new JvmTarget(Path.of("/jdk/bin/java"), List.of(), new JvmDescription("v", "25", "vm", "/jdk", "S_512", 512, true,
                "simd", providers));
        return BenchmarkPlanner.plan(new RunConfig(Preset.QUICK, Activations.parseList("relu,sigmoid,tanh,gelu,silu"),
                List.of("simd", "scalar"), List.of(Shape.parse("256x256x1"), Shape.parse("256x256x64"), Shape.parse("16x1024x1")),
                List.of(Shape.parse("256x256x1")), List.of(4096), List.of(jvm), Path.of("out"), 42, false, List.of(), false, null, true));
    }

    @Test
    void threeShardsAreDisjointBalancedAndTogetherThePlan() {
        List<PlannedBenchmark> plan = plan();
        List<PlannedBenchmark> union = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<PlannedBenchmark> part = Shard.parse(i + "/3").select(plan);
            assertTrue(BenchmarkKind.ROOFLINE.matches(part.get(0).benchmark()), "every shard probes its machine's peak");
            List<PlannedBenchmark> rest = part.subList(1, part.size());
            rest.forEach(b -> assertTrue(seen.add(b.label()), "in one shard only: " + b.label()));
            sizes.add(rest.size());
            union.addAll(rest);
        }
        assertEquals(plan.size() - 1, union.size(), "together, the plan (one roofline)");
        assertTrue(sizes.stream().mapToInt(Integer::intValue).max().getAsInt() - sizes.stream().mapToInt(Integer::intValue).min().getAsInt() <= 1,
                sizes.toString());
        for (String kind : List.of("kernel", "element-wise", "latency")) {
            long perShard = Shard.parse("1/3").select(plan).stream().filter(b -> b.label().startsWith(kind)).count();
            long total = plan.stream().filter(b -> b.label().startsWith(kind)).count();
            assertTrue(Math.abs(perShard * 3 - total) <= 3, kind + ": each shard holds its third of every kind");
        }
        assertEquals(plan, Shard.parse("1/1").select(plan));
    }

    @Test
    void badShardsNameTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/3")).getMessage().contains("1 ≤ I ≤ N"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("two")).getMessage().contains("expected I/N"));
    }
}
