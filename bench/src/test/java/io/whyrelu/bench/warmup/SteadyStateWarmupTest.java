package io.whyrelu.bench.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.resultmodel.steady.WarmupOutcome;
import io.whyrelu.resultmodel.steady.WarmupSettings;
import org.junit.jupiter.api.Test;

/** The warm-up loop on a real JVM, with a helper thread standing in for a C2 compiler thread. */
class SteadyStateWarmupTest {

    /** Busy-spins for about {@code nanos}: a call of known cost. */
    private static float spin(long nanos) {
        long end = System.nanoTime() + nanos;
        float x = 0;
        while (System.nanoTime() < end) {
            x += 1;
        }
        return x;
    }

    @Test
    void waitsWhileAnotherThreadBurnsCpuThenStops() throws Exception {
        Thread compiler = new Thread(() -> {
            long end = System.nanoTime() + 600_000_000L;
            while (System.nanoTime() < end) {
                spin(1_000_000);
            }
        });
        compiler.setDaemon(true);
        compiler.start();
        // A steady 20 µs a call from the start: only the background activity can hold the warm-up back.
        WarmupOutcome o = SteadyStateWarmup.run(() -> spin(20_000), WarmupSettings.DEFAULT.withMaxSeconds(10));
        compiler.join();
        assertTrue(o.converged(), o.reason());
        assertTrue(o.seconds() >= 0.55, "stopped at " + o.seconds() + " s, before the helper's 0.6 s of CPU ended");
        assertEquals(o.chunks(), o.opsPerSecond().size());
    }

    @Test
    void givesUpAtTheCapWhenThroughputNeverSettles() {
        long[] calls = {0};
        // Every call slower than the last: never within 5% over five chunks.
        WarmupOutcome o = SteadyStateWarmup.run(() -> spin(1_000 + 50 * calls[0]++), WarmupSettings.DEFAULT.withMaxSeconds(1));
        assertFalse(o.converged());
        assertTrue(o.reason().startsWith("capped at 1 s"), o.reason());
        assertTrue(o.seconds() >= 1 && o.seconds() < 2, "took " + o.seconds());
    }

    /** Escapes through a field, so the JIT cannot remove the allocation. */
    static volatile Object escaped;

    /** A boxing kernel is seen by its allocation per call once warm; one that allocates nothing is not. */
    @Test
    void recordsWhatTheWarmCodeAllocatesPerCall() {
        WarmupOutcome boxing = SteadyStateWarmup.run(() -> {
            float[] box = new float[64];
            escaped = box;
            return spin(2_000) + box.length;
        }, WarmupSettings.DEFAULT.withMaxSeconds(5));
        assertTrue(boxing.allocatedBytesPerCall() != null && boxing.allocatedBytesPerCall() >= 64 * 4, "" + boxing.allocatedBytesPerCall());
        assertTrue(boxing.allocates());
        WarmupOutcome clean = SteadyStateWarmup.run(() -> spin(2_000), WarmupSettings.DEFAULT.withMaxSeconds(5));
        assertTrue(clean.allocatedBytesPerCall() != null && clean.allocatedBytesPerCall() < WarmupOutcome.ALLOCATION_FLOOR,
                "" + clean.allocatedBytesPerCall());
        assertFalse(clean.allocates());
    }

    @Test
    void chunksAimAtTheirDurationAndGrowAtMostFourfold() {
        assertEquals(4, SteadyStateWarmup.nextCalls(1, 1_000, 50_000_000));
        assertEquals(500, SteadyStateWarmup.nextCalls(1000, 100_000_000, 50_000_000));
        assertEquals(1, SteadyStateWarmup.nextCalls(1, 500_000_000, 50_000_000));
    }
}
