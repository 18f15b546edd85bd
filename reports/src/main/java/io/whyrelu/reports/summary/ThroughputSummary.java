package io.whyrelu.reports.summary;

import io.whyrelu.resultmodel.BenchmarkKind;
import io.whyrelu.resultmodel.ImplementationOrder;
import io.whyrelu.resultmodel.PluginEntry;
import io.whyrelu.resultmodel.Shape;

import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.jmh.JmhUnits;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import io.whyrelu.resultmodel.nativeyardstick.NativeResults;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.steady.Steadiness;
import io.whyrelu.reports.steady.SteadyStates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a run, per JVM: the FMA peak from the roofline probe, kernel GFLOP/s per
 * activation and shape for each implementation with % of peak and the SIMD/scalar speed-up,
 * element-wise G elements/s, and latency percentiles; every figure says whether it is at steady
 * state, and the ones that are not are listed with the reason.
 */
public final class ThroughputSummary {

    /**
     * A measured rate with its JMH error (99.9% half-width), in the row's unit, whether it is a
     * steady-state figure, and whether its forks agree (false: a mean of levels no fork showed).
     */
    public record Rate(double value, double error, boolean steady, boolean forksAgree) {
        static Rate of(JmhResult r, double scale, Steadiness steadiness) {
            double opsPerSecond = JmhUnits.toOpsPerSecond(r.primary().score(), r.primary().scoreUnit());
            double errorOps = JmhUnits.toOpsPerSecond(r.primary().scoreError(), r.primary().scoreUnit());
            return new Rate(opsPerSecond * scale, errorOps * scale, steadiness.steady(), !steadiness.forksDisagree());
        }
    }

    /**
     * The marks of a figure built on these rates (a rate itself, or a ratio of two): {@code unsteady}
     * when one of them is not at steady state, then {@code disagree} when one's forks disagree.
     * Renderers choose the marks ("(!)" in text, "⚠" in HTML); null rates count as neither.
     */
    public static String marks(String unsteady, String disagree, Rate... from) {
        boolean steady = java.util.Arrays.stream(from).allMatch(r -> r == null || r.steady());
        boolean agree = java.util.Arrays.stream(from).allMatch(r -> r == null || r.forksAgree());
        return (steady ? "" : unsteady) + (agree ? "" : disagree);
    }

    /** A figure that is not at steady state: what it is, and why (see Steadiness#problem). */
    public record Unsteady(String what, String label, String problem) {}

    /** @param nativeGflops the native yardstick for the same shape and activation, NaN if not measured */
    public record KernelRow(String activation, Shape shape, Map<String, Rate> gflopsByImpl, double nativeGflops) {
        public double speedup(String impl, String baseline) {
            Rate a = gflopsByImpl.get(impl);
            Rate b = gflopsByImpl.get(baseline);
            return a == null || b == null ? Double.NaN : a.value() / b.value();
        }
    }

    public record ActivationRow(String activation, int size, Map<String, Rate> gelemsByImpl, double nativeGelems) {}

    public record LatencyRow(String activation, Shape shape, String impl, double p50, double p99, double p999, String unit,
            boolean steady) {}

    /**
     * @param implementations the implementations measured, baseline first ({@link ImplementationOrder})
     * @param unsteady      the figures of this JVM that are not at steady state, each with its reason
     * @param forksDisagree the figures whose forks settled at different levels, each with the levels
     * @param plugins       the run's plug-in activations by id: where each came from and how each implementation computes it
     * @param nativeNote    what a reader of the native figures must know (native.json's note); empty when nothing or no yardstick
     */
    public record JvmSummary(String jvm, Rate peakGflops, double nativePeakGflops, List<String> implementations, List<KernelRow> kernels,
            List<ActivationRow> activations, List<LatencyRow> latencies, List<Unsteady> unsteady, List<Unsteady> forksDisagree,
            Map<String, PluginEntry> plugins, String nativeNote) {

        /** The note on an activation's figures: empty for a built-in. */
        public String activationNote(String spec) {
            PluginEntry p = plugins.get(PluginEntry.idOf(spec));
            return p == null ? "" : p.note();
        }

        /** The implementations other than the baseline (the first of {@link #implementations}). */
        public List<String> nonBaseline() {
            return implementations.isEmpty() ? implementations : implementations.subList(1, implementations.size());
        }

        public double percentOfPeak(Rate gflops) {
            return peakGflops == null || gflops == null ? Double.NaN : 100 * gflops.value() / peakGflops.value();
        }
    }

    private ThroughputSummary() {}

    public static List<JvmSummary> of(List<JmhResult> results) {
        return of(results, null, SteadyStates.of(null), List.of(), List.of());
    }

    /** A run's figures, with its native yardstick and steady-state records where it has them. */
    public static List<JvmSummary> of(RunData run) {
        List<String> bestFirst = run.manifest().stream().flatMap(m -> m.jvms.stream()).findFirst()
                .map(j -> j.description().providers().stream().map(JvmDescription.Provider::name).toList()).orElse(List.of());
        return of(run.results(), run.nativeResults().orElse(null), run.steadyStates(), bestFirst,
                run.manifest().map(m -> m.plugins).orElse(List.of()));
    }

    /**
     * With the native yardstick's figures of the same session (null if none), each figure's
     * steadiness, the kernel providers as the JVM listed them, best first (empty: by name), and the
     * run's plug-ins.
     */
    public static List<JvmSummary> of(List<JmhResult> results, NativeResults nativeResults, SteadyStates steadiness,
            List<String> bestFirst, List<PluginEntry> plugins) {
        Map<String, PluginEntry> byId = new LinkedHashMap<>();
        plugins.forEach(p -> byId.put(p.id(), p));
        Map<String, List<JmhResult>> byJvm = new LinkedHashMap<>();
        for (JmhResult r : results) {
            byJvm.computeIfAbsent(r.jvmLabel(), j -> new ArrayList<>()).add(r);
        }
        List<JvmSummary> summaries = new ArrayList<>();
        byJvm.forEach((jvm, rs) -> summaries.add(summarise(jvm, rs, nativeResults, steadiness, bestFirst, byId)));
        return summaries;
    }

    private static JvmSummary summarise(String jvm, List<JmhResult> results, NativeResults nat, SteadyStates steadiness,
            List<String> bestFirst, Map<String, PluginEntry> plugins) {
        java.util.Set<String> measured = new java.util.LinkedHashSet<>();
        Rate peak = null;
        List<Unsteady> unsteady = new ArrayList<>();
        List<Unsteady> disagree = new ArrayList<>();
        Map<String, Map<Shape, Map<String, Rate>>> kernels = new LinkedHashMap<>();
        Map<String, Map<Integer, Map<String, Rate>>> activations = new LinkedHashMap<>();
        List<LatencyRow> latencies = new ArrayList<>();
        for (JmhResult r : results) {
            Steadiness st = steadiness.assess(r);
            if (!st.steady()) {
                unsteady.add(new Unsteady(describe(r), st.label(), st.problem()));
            }
            if (st.forksDisagree()) {
                disagree.add(new Unsteady(describe(r), "forks disagree", st.levelsText()));
            }
            if (!BenchmarkKind.ROOFLINE.matches(r) && BenchmarkKind.of(r).isPresent() && r.param("impl") != null) {
                measured.add(r.param("impl"));
            }
            if (BenchmarkKind.ROOFLINE.matches(r)) {
                peak = Rate.of(r, 1e-9, st);
            } else if (BenchmarkKind.KERNEL.matches(r)) {
                Shape shape = BenchmarkKind.shape(r);
                kernels.computeIfAbsent(r.param("activation"), a -> new TreeMap<>())
                        .computeIfAbsent(shape, s -> new LinkedHashMap<>())
                        .put(r.param("impl"), Rate.of(r, shape.flopsPerInput() * 1e-9, st));
            } else if (BenchmarkKind.ACTIVATION.matches(r)) {
                activations.computeIfAbsent(r.param("activation"), a -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(r.param("size")), s -> new LinkedHashMap<>())
                        .put(r.param("impl"), Rate.of(r, 1e-9, st));
            } else if (BenchmarkKind.LATENCY.matches(r)) {
                var p = r.primary().scorePercentiles();
                latencies.add(new LatencyRow(r.param("activation"), BenchmarkKind.shape(r), r.param("impl"),
                        p.getOrDefault("50.0", Double.NaN), p.getOrDefault("99.0", Double.NaN),
                        p.getOrDefault("99.9", Double.NaN), r.primary().scoreUnit(), st.steady()));
            }
        }
        List<KernelRow> kernelRows = new ArrayList<>();
        kernels.forEach((a, shapes) -> shapes.forEach((s, impls) -> kernelRows.add(new KernelRow(a, s, impls,
                nat == null ? Double.NaN : nat.kernel(a, s.n(), s.k(), s.batch()).orElse(Double.NaN)))));
        List<ActivationRow> activationRows = new ArrayList<>();
        activations.forEach((a, sizes) -> sizes.forEach((size, impls) -> activationRows.add(new ActivationRow(a, size, impls,
                nat == null ? Double.NaN : nat.elementwise(a, size).orElse(Double.NaN)))));
        return new JvmSummary(jvm, peak, nat == null ? Double.NaN : nat.peak().orElse(Double.NaN),
                ImplementationOrder.baselineFirst(measured, bestFirst), kernelRows, activationRows,
                latencies, unsteady, disagree, java.util.Collections.unmodifiableMap(plugins), nat == null ? "" : nat.noteOrEmpty());
    }

    /** "kernel sigmoid simd 256x256x1", "element-wise relu scalar 4096", or the benchmark and params of a foreign result. */
    static String describe(JmhResult r) {
        String a = r.param("activation") + " " + r.param("impl");
        if (BenchmarkKind.ROOFLINE.matches(r)) {
            return "roofline FMA peak";
        } else if (BenchmarkKind.KERNEL.matches(r)) {
            return "kernel " + a + " " + BenchmarkKind.shape(r);
        } else if (BenchmarkKind.ACTIVATION.matches(r)) {
            return "element-wise " + a + " " + r.param("size");
        } else if (BenchmarkKind.LATENCY.matches(r)) {
            return "latency " + a + " " + r.param("n") + "x" + r.param("k");
        }
        return r.shortName() + " " + r.mode() + (r.params().isEmpty() ? "" : " " + new TreeMap<>(r.params()));
    }
}
