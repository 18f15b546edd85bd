package io.whyrelu.bench.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.resultmodel.steady.WarmupSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarmupCriterionTest {

    private static final WarmupSettings S = WarmupSettings.DEFAULT;

    /** Chunks of 50 ms at the given throughputs (ops/s), with the given JIT state. */
    private static List<Chunk> chunks(boolean compiled, double otherCpu, double... opsPerSecond) {
        List<Chunk> out = new ArrayList<>();
        for (double ops : opsPerSecond) {
            out.add(new Chunk(Math.round(ops * 0.05), 50_000_000L, compiled, otherCpu, 0));
        }
        return out;
    }

    @Test
    void aPlateauWhileC2CompilesIsNotSteady() {
        // The plateau: 221, 210 ops/s of C1 code, stable, while C2 works on another core.
        Optional<String> pending = WarmupCriterion.pending(chunks(false, 0.95, 220, 210, 215, 221, 210), S);
        assertTrue(pending.orElseThrow().startsWith("JIT or GC busy"), pending.toString());
    }

    @Test
    void aFinishedCompilationInTheWindowIsNotSteady() {
        List<Chunk> c = chunks(false, 0, 1e6, 1e6, 1e6, 1e6);
        c.addAll(chunks(true, 0, 1e6));
        assertTrue(WarmupCriterion.pending(c, S).isPresent());
    }

    @Test
    void quietButStillMovingIsNotSteady() {
        Optional<String> pending = WarmupCriterion.pending(chunks(false, 0, 1e5, 2e5, 4e5, 8e5, 9e5), S);
        assertTrue(pending.orElseThrow().startsWith("throughput still moving"), pending.toString());
    }

    @Test
    void quietAndSettledIsSteady() {
        List<Chunk> c = chunks(true, 1.0, 10, 2e3, 5e5);
        c.addAll(chunks(false, 0.02, 1.00e6, 1.02e6, 0.99e6, 1.01e6, 1.00e6));
        assertEquals(Optional.empty(), WarmupCriterion.pending(c, S));
    }

    @Test
    void unknownCpuCountsAsQuiet() {
        assertEquals(Optional.empty(), WarmupCriterion.pending(chunks(false, Double.NaN, 1e6, 1e6, 1e6, 1e6, 1e6), S));
    }

    @Test
    void tooFewChunksAreNotSteady() {
        assertTrue(WarmupCriterion.pending(chunks(false, 0, 1e6, 1e6), S).isPresent());
    }
}
