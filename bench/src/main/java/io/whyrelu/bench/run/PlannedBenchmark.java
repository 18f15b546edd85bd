package io.whyrelu.bench.run;

import java.util.Map;

/**
 * One JMH benchmark with fixed params on one JVM: the unit the runner executes, reports progress
 * for, and records as done or failed.
 *
 * @param benchmark  fully qualified benchmark method, e.g. io.whyrelu.bench.jmh.KernelThroughput.kernel
 * @param operationsPerInvocation JMH's opi: inputs per batch, elements per array, flops per roofline call
 */
public record PlannedBenchmark(String label, String benchmark, Map<String, String> params, int operationsPerInvocation,
        JvmTarget jvm) {

    /** A file-name-safe form of the label, for latency logs. */
    public String fileStem() {
        return label.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
