package io.whyrelu.bench.warmup;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What the JVM does besides the benchmark: JIT time finished so far (CompilationMXBean), and the
 * process's CPU time against the calling thread's. The difference is CPU spent on other threads
 * — a C2 compilation still running, GC — which CompilationMXBean alone cannot see: it counts a
 * compilation only when it ends, so a plateau of slow code during a long C2 compile looks
 * quiet to it but busy here.
 */
final class JitActivity {

    /** One reading. Negative CPU figures mean the platform does not offer them. */
    record Reading(long nanoTime, long compileMillis, long processCpuNanos, long threadCpuNanos) {}

    private final CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os = processCpu();

    Reading read() {
        long compile = compilation != null && compilation.isCompilationTimeMonitoringSupported() ? compilation.getTotalCompilationTime() : -1;
        long process = os == null ? -1 : os.getProcessCpuTime();
        long thread = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        return new Reading(System.nanoTime(), compile, process, thread);
    }

    /** CPU time spent outside the calling thread between two readings, as a fraction of the wall time; NaN if unknown. */
    static double otherCpu(Reading a, Reading b) {
        if (a.processCpuNanos() < 0 || a.threadCpuNanos() < 0) {
            return Double.NaN;
        }
        double other = (b.processCpuNanos() - a.processCpuNanos()) - (b.threadCpuNanos() - a.threadCpuNanos());
        return Math.max(0, other) / Math.max(1, b.nanoTime() - a.nanoTime());
    }

    private static com.sun.management.OperatingSystemMXBean processCpu() {
        var bean = ManagementFactory.getOperatingSystemMXBean();
        return bean instanceof com.sun.management.OperatingSystemMXBean sun ? sun : null;
    }
}
