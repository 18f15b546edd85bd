package io.whyrelu.core.convexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void wilsonIntervalsMatchPublishedValues() {
        // 0 of 4: [0, z²/(n+z²)] = [0, 0.4899]; 0 of 50: upper 0.0713 (Wilson 1927; R binom.confint(…, methods = "wilson"))
        assertEquals(0, Proportion.of(0, 4).low(), 1e-12);
        assertEquals(0.4899, Proportion.of(0, 4).high(), 1e-4);
        assertEquals(0.0713, Proportion.of(0, 50).high(), 1e-4);
        // 3 of 16: [0.0659, 0.4301]
        assertEquals(0.0659, Proportion.of(3, 16).low(), 1e-4);
        assertEquals(0.4301, Proportion.of(3, 16).high(), 1e-4);
        // n of n mirrors 0 of n
        assertEquals(1 - 0.4899, Proportion.of(4, 4).low(), 1e-4);
        assertEquals(1, Proportion.of(4, 4).high(), 1e-12);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(0, 0));
    }
}
