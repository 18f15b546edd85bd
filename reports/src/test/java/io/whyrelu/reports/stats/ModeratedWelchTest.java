package io.whyrelu.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModeratedWelchTest {

    private static final ModeratedWelch.Prior PRIOR = new ModeratedWelch.Prior(0.03, 2);

    @Test
    void oneForkASideUsesThePriorAndItsDegreesOfFreedom() {
        LogSide a = LogSide.of(new double[][] {{100, 100, 100}});
        LogSide b = LogSide.of(new double[][] {{90, 90, 90}});
        ModeratedWelch.Result r = ModeratedWelch.test(a, b, PRIOR, 0.95);
        assertEquals(Math.log(0.9), r.difference(), 1e-12);
        assertEquals(Math.sqrt(2 * 0.03 * 0.03), r.standardError(), 1e-12, "no iteration noise: the prior alone");
        assertEquals(4, r.df(), 1e-9, "two sides of two prior degrees of freedom");
        // t = 0.10536/0.042426 = 2.4834 on 4 df: two-sided p = 0.0679 (R: 2*pt(-2.4834, 4))
        assertEquals(0.0679, r.pValue(), 5e-4);
        assertTrue(r.ratioLow() < 0.9 && r.ratioHigh() > 0.9 && r.ratioHigh() < 1.1);
    }

    @Test
    void manyForksOutweighThePrior() {
        double[][] base = new double[20][];
        double[][] curr = new double[20][];
        for (int f = 0; f < 20; f++) {
            base[f] = new double[] {100 * (1 + 0.001 * (f % 3 - 1))};
            curr[f] = new double[] {98 * (1 + 0.001 * (f % 3 - 1))};
        }
        ModeratedWelch.Result r = ModeratedWelch.test(LogSide.of(base), LogSide.of(curr), PRIOR, 0.95);
        assertEquals(42, r.df(), 1e-9, "2 + 19 a side");
        assertTrue(r.pValue() < 0.05, "20 quiet forks a side see a 2% change through a 3% prior: " + r);
        assertTrue(r.forksSeen());
    }

    @Test
    void forksThatScatterWidenTheTestBeyondThePrior() {
        LogSide a = LogSide.of(new double[][] {{100}, {140}, {100}, {140}});
        LogSide b = LogSide.of(new double[][] {{90}, {126}, {90}, {126}});
        assertTrue(ModeratedWelch.test(a, b, PRIOR, 0.95).pValue() > 0.3, "a 10% change inside 40% fork modes is not significant");
    }

    @Test
    void forksNeededGrowsAsTheChangeShrinks() {
        ModeratedWelch.Result r = ModeratedWelch.test(LogSide.of(new double[][] {{100, 100}}), LogSide.of(new double[][] {{95, 95}}), PRIOR, 0.95);
        // 2·(1.96 + 0.8416)²·0.0009 / δ²: 3 for δ = log 0.9, 10 for log 0.95
        assertEquals(2, r.forksNeeded(Math.log(0.9), 0.05, 0.8));
        assertEquals(6, r.forksNeeded(Math.log(0.95), 0.05, 0.8));
        assertTrue(r.forksNeeded(Math.log(0.99), 0.05, 0.8) > 100);
    }

    @Test
    void logSideTakesTheForkAsTheSample() {
        LogSide s = LogSide.of(new double[][] {{10, 10}, {20, 20}, {Double.NaN}});
        assertEquals(2, s.forks());
        assertEquals((Math.log(10) + Math.log(20)) / 2, s.mean(), 1e-12);
        assertEquals(0, s.iterationVariance(), 0);
        assertEquals(Math.pow(Math.log(2), 2) / 2, s.forkMeanVariance(), 1e-12);
    }
}
