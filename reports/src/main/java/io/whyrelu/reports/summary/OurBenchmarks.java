package io.whyrelu.reports.summary;

import io.whyrelu.reports.jmh.JmhResult;

/** Recognises whyrelu's own benchmarks in a JMH file by class and method name. */
public final class OurBenchmarks {

    public static final String KERNEL = "KernelThroughput.kernel";
    public static final String ACTIVATION = "ActivationThroughput.activation";
    public static final String ROOFLINE = "Roofline.fmaPeak";
    public static final String LATENCY = "KernelLatency.single";

    private OurBenchmarks() {}

    public static boolean is(JmhResult r, String name) {
        return r.shortName().equals(name);
    }

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
