package io.whyrelu.reports.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForkEffectTest {

    @Test
    void oneForkCannotDisagree() {
        assertFalse(ForkEffect.disagree(new double[][] {{1, 2, 3, 4}}, 5));
    }

    @Test
    void forksWithOneIterationEachCannotBeTested() {
        assertFalse(ForkEffect.disagree(new double[][] {{100}, {150}}, 5));
    }

    @Test
    void forksInsideTheirOwnNoiseAgree() {
        double[][] forks = {{100, 110, 90, 105, 95}, {108, 92, 101, 99, 111}};
        assertFalse(ForkEffect.disagree(forks, 5), "the fork means differ by less than the iterations scatter");
    }

    @Test
    void separatedForksDisagree() {
        assertTrue(ForkEffect.disagree(new double[][] {{470, 469, 481, 477}, {319, 322, 326, 333}}, 5));
    }

    @Test
    void noiselessForksDisagreeOnAnySpreadAboveHalfTheThreshold() {
        assertTrue(ForkEffect.disagree(new double[][] {{100, 100}, {103, 103}}, 5));
        assertFalse(ForkEffect.disagree(new double[][] {{100, 100}, {102, 102}}, 5));
    }

    @Test
    void meansAreForkByFork() {
        assertArrayEquals(new double[] {2, 10}, ForkEffect.means(new double[][] {{1, 3}, {10}}), 0);
    }
}
