package io.whyrelu.bench.run;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The heap of a benchmark's forks: fixed (-Xms = -Xmx, so GC sizing cannot differ between runs or
 * machines) and sized from the benchmark's shape, so that the largest shape the options accept can
 * run. A kernel holds its weights up to four times while it is built (the generated array, the
 * network's copy, the copy handed to the kernel, the packed panels), so a fork gets 4 · n·K floats
 * plus 256 MiB for everything else, rounded up to 256 MiB, and never less than 1 GiB.
 */
public final class ForkHeap {

    static final long MIB = 1L << 20;
    static final long MINIMUM = 1024 * MIB;

    private ForkHeap() {}

    /** Heap bytes for one benchmark. */
    public static long bytes(PlannedBenchmark item) {
        return bytes(param(item, "n"), param(item, "k"));
    }

    /** Heap bytes for a kernel of n inputs and k hidden units (0 and 0 for benchmarks without a network). */
    static long bytes(long n, long k) {
        long weights = 4 * n * k * Float.BYTES;
        long needed = weights + 256 * MIB;
        return Math.max(MINIMUM, (needed + 256 * MIB - 1) / (256 * MIB) * (256 * MIB));
    }

    /** -Xms and -Xmx for one benchmark's forks. */
    public static List<String> flags(PlannedBenchmark item) {
        long mib = bytes(item) / MIB;
        return List.of("-Xms" + mib + "m", "-Xmx" + mib + "m");
    }

    /**
     * Checks that the shapes fit this machine: every fork's heap at most three quarters of its memory.
     *
     * @throws IllegalArgumentException naming the shape and what it would need
     */
    public static void check(List<io.whyrelu.resultmodel.Shape> shapes) {
        check(shapes, physicalMemory());
    }

    static void check(List<io.whyrelu.resultmodel.Shape> shapes, long total) {
        for (var shape : shapes) {
            long heap = bytes(shape.n(), shape.k());
            if (total > 0 && heap > total / 4 * 3) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "shape %s needs a %.1f GiB heap per fork, more than three quarters of this machine's %.1f GiB; choose smaller shapes",
                        shape, heap / (double) (1L << 30), total / (double) (1L << 30)));
            }
        }
    }

    private static long physicalMemory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
    }

    private static long param(PlannedBenchmark item, String name) {
        try {
            return Long.parseLong(item.params().getOrDefault(name, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
