package io.whyrelu.resultmodel.steady;

import java.util.List;

/**
 * One fork: its warm-up (null when the fork did not report one, e.g. a JMH file from elsewhere),
 * JMH's warm-up iteration scores after it and the JIT's activity in each JMH iteration (empty when
 * not recorded), and the classification of its measured iterations.
 */
public record ForkSteadiness(int fork, WarmupOutcome warmup, List<Double> jmhWarmup, List<IterationJit> iterations,
        ForkClassification classification) {

    /**
     * JIT time in one measured iteration from which its code may have changed: C2 compiling a
     * benchmark's loop with the kernel inlined took 15–40 ms here; a cold method compiles in a
     * millisecond or two and does not change what is measured.
     */
    public static final long HOT_COMPILE_MILLIS = 10;

    /** Measured iterations (1-based) in which the JIT compiled for at least {@link #HOT_COMPILE_MILLIS}, from the fork's own record. */
    public List<Integer> compiledInMeasurement() {
        List<Integer> out = new java.util.ArrayList<>();
        int m = 0;
        for (IterationJit it : iterations == null ? List.<IterationJit>of() : iterations) {
            if (it.measured()) {
                m++;
                if (it.compileMillis() >= HOT_COMPILE_MILLIS) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * Steady when the measured iterations are flat (or too few to tell) and, where the fork
     * recorded them, the warm-up converged, the JIT did not compile during a measured iteration and
     * the code did not allocate: a fork whose compiled kernel boxes vectors runs a slower compile
     * mode than its siblings may, and its figure is the JIT's, not the kernel's.
     */
    public boolean steady() {
        return classification.kind().steady() && (warmup == null || warmup.converged() && !warmup.allocates())
                && compiledInMeasurement().isEmpty();
    }

    /** What is wrong, in a few words; empty when steady. */
    public String problem() {
        List<String> p = new java.util.ArrayList<>();
        if (warmup != null && !warmup.converged()) {
            p.add("warm-up did not converge (" + warmup.reason() + ")");
        }
        if (warmup != null && warmup.allocates()) {
            p.add(String.format(java.util.Locale.ROOT, "allocates %.0f B per call once warm (boxed vectors: a slower compile mode)",
                    warmup.allocatedBytesPerCall()));
        }
        if (!classification.kind().steady()) {
            p.add(classification.kind().label() + " in the measured iterations");
        }
        List<Integer> compiled = compiledInMeasurement();
        if (!compiled.isEmpty()) {
            p.add("JIT compiled during measured iteration" + (compiled.size() > 1 ? "s " : " ") + compiled.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return String.join("; ", p);
    }
}
