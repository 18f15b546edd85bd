package io.whyrelu.reports.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

    @Test
    void matchesTheTextbookExample() {
        // p sorted: 0.01, 0.02, 0.03, 0.04, 0.05 with m = 5: p·m/rank = 0.05 each, monotone from the top.
        assertArrayEquals(new double[] {0.05, 0.05, 0.05, 0.05, 0.05}, BenjaminiHochberg.adjust(new double[] {0.03, 0.01, 0.05, 0.02, 0.04}), 1e-12);
        // R's p.adjust(c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205), "BH")
        assertArrayEquals(new double[] {0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.08457142857142857, 0.205},
                BenjaminiHochberg.adjust(new double[] {0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205}), 1e-12);
    }

    @Test
    void nanIsNotATestAndDoesNotCount() {
        double[] q = BenjaminiHochberg.adjust(new double[] {0.01, Double.NaN, 0.04});
        assertTrue(Double.isNaN(q[1]));
        assertArrayEquals(new double[] {0.02, 0.04}, new double[] {q[0], q[2]}, 1e-12);
    }
}
