package io.whyrelu.bench.warmup;

import java.lang.management.ManagementFactory;

/**
 * Bytes this thread has allocated on the heap, from HotSpot's per-thread counter (a TLAB sum; the
 * same figure JMH's gc profiler divides by operations). Whyrelu's benchmarks allocate nothing once
 * compiled, so bytes per operation in steady state are vectors C2 failed to keep in registers —
 * a fork-dependent compile decision that made batched kernels 1.5–2× slower in some forks.
 */
final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private ThreadAllocation() {}

    /** Allocated bytes so far, or -1 where the JVM does not count them. */
    static long bytes() {
        return THREADS == null ? -1 : THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static com.sun.management.ThreadMXBean threads() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()) {
                if (!t.isThreadAllocatedMemoryEnabled()) {
                    t.setThreadAllocatedMemoryEnabled(true);
                }
                return t;
            }
        } catch (RuntimeException e) {
            // Not HotSpot, or not permitted: the figure is simply not recorded.
        }
        return null;
    }
}
