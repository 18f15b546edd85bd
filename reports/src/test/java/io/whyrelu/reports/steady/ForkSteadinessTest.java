package io.whyrelu.reports.steady;

import io.whyrelu.resultmodel.steady.ForkClass;
import io.whyrelu.resultmodel.steady.ForkClassification;
import io.whyrelu.resultmodel.steady.ForkSteadiness;
import io.whyrelu.resultmodel.steady.Segment;
import io.whyrelu.resultmodel.steady.WarmupOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkSteadinessTest {

    private static ForkSteadiness fork(Double allocatedBytesPerCall) {
        return fork(allocatedBytesPerCall, 1e6);
    }

    private static ForkSteadiness fork(Double allocatedBytesPerCall, double callsPerSecond) {
        var warmup = new WarmupOutcome(true, "JIT quiet", 1.0, 20, 0.5, List.of(callsPerSecond), List.of(0.0), allocatedBytesPerCall);
        var flat = new ForkClassification(ForkClass.FLAT, List.of(), List.of(new Segment(0, 5, 1e6)), List.of());
        return new ForkSteadiness(0, warmup, List.of(), List.of(), flat);
    }

    /** Flat iterations from a fork whose warm code boxes vectors (silu 256×256×64 on JDK 17: 3 584 B per input) are not a steady-state figure. */
    @Test
    void aForkThatAllocatesOnceWarmIsNotSteadyAndSaysWhy() {
        ForkSteadiness boxing = fork(3584.0);
        assertFalse(boxing.steady());
        assertEquals("allocates 3584 B per call once warm (boxed vectors: a slower compile mode)", boxing.problem());
        assertTrue(fork(0.02).steady(), "JMH's own bookkeeping is under the floor");
        assertTrue(fork(null).steady(), "not recorded (older files, other JVMs): no judgement");
        // The scalar kernel at batch 64 (measured: 16–18 B per call at ~5 000 calls/s) is the counter's drift, not boxing.
        assertTrue(fork(17.7, 4_800).steady());
        assertFalse(fork(49_150.0, 20_000).steady(), "the batched GELU: 49 150 B per call in every fork");
    }
}
