package io.whyrelu.resultmodel;

import io.whyrelu.resultmodel.jmh.JmhResult;
import java.util.Arrays;
import java.util.Optional;

/**
 * whyrelu's own benchmarks, by JMH class and method: what the planner runs and what the
 * summaries, reports and history recognise in a JMH file. Anything else in a file is a foreign
 * result, shown as it is.
 */
public enum BenchmarkKind {
    /** The roofline probe: the JVM's FMA peak. */
    ROOFLINE("Roofline", "fmaPeak"),
    /** The activation-and-sum kernel, throughput: one op is one input. */
    KERNEL("KernelThroughput", "kernel"),
    /** The activation alone over an array: one op is one array. */
    ACTIVATION("ActivationThroughput", "activation"),
    /** The kernel on one input, sampled: latency percentiles. */
    LATENCY("KernelLatency", "single");

    /** The package of the benchmark classes. */
    public static final String PACKAGE = "io.whyrelu.bench.jmh";

    private final String className;
    private final String method;

    BenchmarkKind(String className, String method) {
        this.className = className;
        this.method = method;
    }

    /** "KernelThroughput.kernel": the name JMH's short form and the tables use. */
    public String shortName() {
        return className + "." + method;
    }

    /** The fully qualified benchmark method, as JMH names it in its results. */
    public String benchmark() {
        return PACKAGE + "." + shortName();
    }

    public String method() {
        return method;
    }

    public boolean matches(JmhResult r) {
        return matches(r.benchmark());
    }

    /** Whether a fully qualified (or short) benchmark name is this one. */
    public boolean matches(String benchmark) {
        return benchmark.equals(benchmark()) || benchmark.equals(shortName()) || benchmark.endsWith("." + shortName());
    }

    public static Optional<BenchmarkKind> of(JmhResult r) {
        return Arrays.stream(values()).filter(k -> k.matches(r)).findFirst();
    }

    /** n×K×B of a kernel or latency result (0 for a parameter it lacks; batch 1 when absent). */
    public static Shape shape(JmhResult r) {
        return new Shape(integer(r, "n"), integer(r, "k"), r.params().containsKey("batch") ? integer(r, "batch") : 1);
    }

    private static int integer(JmhResult r, String param) {
        try {
            return Integer.parseInt(r.param(param));
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }
}
