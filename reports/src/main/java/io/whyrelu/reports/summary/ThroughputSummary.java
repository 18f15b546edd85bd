package io.whyrelu.reports.summary;

import io.whyrelu.reports.jmh.JmhResult;
import io.whyrelu.reports.jmh.JmhUnits;
import io.whyrelu.reports.nativeyardstick.NativeResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a run, per JVM: the FMA peak from the roofline probe, kernel GFLOP/s per
 * activation and shape for each implementation with % of peak and the SIMD/scalar speed-up,
 * element-wise G elements/s, and latency percentiles.
 */
public final class ThroughputSummary {

    /** A measured rate with its JMH error (99.9% half-width), in the row's unit. */
    public record Rate(double value, double error) {
        static Rate of(JmhResult r, double scale) {
            double opsPerSecond = JmhUnits.toOpsPerSecond(r.primary().score(), r.primary().scoreUnit());
            double errorOps = JmhUnits.toOpsPerSecond(r.primary().scoreError(), r.primary().scoreUnit());
            return new Rate(opsPerSecond * scale, errorOps * scale);
        }
    }

    /** @param nativeGflops the native yardstick for the same shape and activation, NaN if not measured */
    public record KernelRow(String activation, Shape shape, Map<String, Rate> gflopsByImpl, double nativeGflops) {
        public double speedup(String impl, String baseline) {
            Rate a = gflopsByImpl.get(impl);
            Rate b = gflopsByImpl.get(baseline);
            return a == null || b == null ? Double.NaN : a.value() / b.value();
        }
    }

    public record ActivationRow(String activation, int size, Map<String, Rate> gelemsByImpl, double nativeGelems) {}

    public record LatencyRow(String activation, Shape shape, String impl, double p50, double p99, double p999, String unit) {}

    public record JvmSummary(String jvm, Rate peakGflops, double nativePeakGflops, List<KernelRow> kernels,
            List<ActivationRow> activations, List<LatencyRow> latencies) {
        public double percentOfPeak(Rate gflops) {
            return peakGflops == null || gflops == null ? Double.NaN : 100 * gflops.value() / peakGflops.value();
        }
    }

    private ThroughputSummary() {}

    public static List<JvmSummary> of(List<JmhResult> results) {
        return of(results, null);
    }

    /** With the native yardstick's figures of the same session, when there are any. */
    public static List<JvmSummary> of(List<JmhResult> results, NativeResults nativeResults) {
        Map<String, List<JmhResult>> byJvm = new LinkedHashMap<>();
        for (JmhResult r : results) {
            byJvm.computeIfAbsent(r.jvmLabel(), j -> new ArrayList<>()).add(r);
        }
        List<JvmSummary> summaries = new ArrayList<>();
        byJvm.forEach((jvm, rs) -> summaries.add(summarise(jvm, rs, nativeResults)));
        return summaries;
    }

    private static JvmSummary summarise(String jvm, List<JmhResult> results, NativeResults nat) {
        Rate peak = null;
        Map<String, Map<Shape, Map<String, Rate>>> kernels = new LinkedHashMap<>();
        Map<String, Map<Integer, Map<String, Rate>>> activations = new LinkedHashMap<>();
        List<LatencyRow> latencies = new ArrayList<>();
        for (JmhResult r : results) {
            if (OurBenchmarks.is(r, OurBenchmarks.ROOFLINE)) {
                peak = Rate.of(r, 1e-9);
            } else if (OurBenchmarks.is(r, OurBenchmarks.KERNEL)) {
                Shape shape = OurBenchmarks.shape(r);
                kernels.computeIfAbsent(r.param("activation"), a -> new TreeMap<>())
                        .computeIfAbsent(shape, s -> new LinkedHashMap<>())
                        .put(r.param("impl"), Rate.of(r, shape.flopsPerInput() * 1e-9));
            } else if (OurBenchmarks.is(r, OurBenchmarks.ACTIVATION)) {
                activations.computeIfAbsent(r.param("activation"), a -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(r.param("size")), s -> new LinkedHashMap<>())
                        .put(r.param("impl"), Rate.of(r, 1e-9));
            } else if (OurBenchmarks.is(r, OurBenchmarks.LATENCY)) {
                var p = r.primary().scorePercentiles();
                latencies.add(new LatencyRow(r.param("activation"), OurBenchmarks.shape(r), r.param("impl"),
                        p.getOrDefault("50.0", Double.NaN), p.getOrDefault("99.0", Double.NaN),
                        p.getOrDefault("99.9", Double.NaN), r.primary().scoreUnit()));
            }
        }
        List<KernelRow> kernelRows = new ArrayList<>();
        kernels.forEach((a, shapes) -> shapes.forEach((s, impls) -> kernelRows.add(new KernelRow(a, s, impls,
                nat == null ? Double.NaN : nat.kernel(a, s.n(), s.k(), s.batch()).orElse(Double.NaN)))));
        List<ActivationRow> activationRows = new ArrayList<>();
        activations.forEach((a, sizes) -> sizes.forEach((size, impls) -> activationRows.add(new ActivationRow(a, size, impls,
                nat == null ? Double.NaN : nat.elementwise(a, size).orElse(Double.NaN)))));
        return new JvmSummary(jvm, peak, nat == null ? Double.NaN : nat.peak().orElse(Double.NaN), kernelRows, activationRows,
                latencies);
    }
}
