package io.whyrelu.reports.steady;

import io.whyrelu.resultmodel.steady.ForkClass;
import io.whyrelu.resultmodel.steady.ForkClassification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ForkClassifierTest {

    private final ForkClassifier classifier = ForkClassifier.withDefaults();

    private static double[] noisy(long seed, double noise, double... levels) {
        Random rng = new Random(seed);
        double[] x = levels.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] *= 1 + noise * rng.nextGaussian();
        }
        return x;
    }

    @Test
    void oneLevelIsFlat() {
        for (long seed = 0; seed < 100; seed++) {
            double[] x = noisy(seed, 0.01, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);
            assertEquals(ForkClass.FLAT, classifier.classify(x, true).kind(), "seed " + seed);
        }
    }

    @Test
    void aLevelWhoseIterationsScatterBeyondTheToleranceIsNoisyNotFlat() {
        // A real fork of kernel sigmoid SIMD 16x1024x1 (JDK 17, default run, 2026-11-29): no level shift, 25% scatter;
        // the other fork of the same run sat at 9.3·10⁵ within 0.5%.
        assertEquals(ForkClass.NOISY, classifier.classify(new double[] {7.135e5, 9.001e5, 5.647e5, 6.19e5, 8.311e5}, true).kind());
        assertEquals(ForkClass.FLAT, classifier.classify(new double[] {9.376e5, 9.33e5, 9.384e5, 9.284e5, 9.424e5}, true).kind());
        assertTrue(!ForkClass.NOISY.steady());
    }

    @Test
    void theIssuesPlateauIsWarmupNotFlat() {
        // ActivationThroughput sigmoid simd on JDK 25, 200 ms iterations with no warm-up, from the issue.
        double[] x = {3.5, 34, 88, 221, 210, 9974, 83185, 212663, 218516, 223881};
        ForkClassification c = classifier.classify(x, true);
        assertEquals(ForkClass.WARMUP, c.kind());
        assertTrue(c.segments().get(c.segments().size() - 1).from() >= 6, c.toString());
    }

    @Test
    void gettingFasterIsWarmupForRatesAndForTimes() {
        assertEquals(ForkClass.WARMUP, classifier.classify(noisy(1, 0.005, 50, 52, 100, 100, 101, 100, 99, 100), true).kind());
        assertEquals(ForkClass.WARMUP, classifier.classify(noisy(1, 0.005, 20, 19, 10, 10, 10, 10, 10, 10), false).kind());
    }

    @Test
    void endingSlowerIsSlowdown() {
        assertEquals(ForkClass.SLOWDOWN, classifier.classify(noisy(2, 0.005, 100, 100, 100, 100, 60, 60, 61, 60), true).kind());
        assertEquals(ForkClass.SLOWDOWN, classifier.classify(noisy(2, 0.005, 10, 10, 10, 10, 10, 14, 14, 14), false).kind());
    }

    @Test
    void aLevelTooShortAtTheEndIsNoSteadyState() {
        // 12 iterations: the last level must last max(2, ⌈12/4⌉) = 3; two are too few to call it a steady state.
        assertEquals(ForkClass.NO_STEADY_STATE,
                classifier.classify(noisy(3, 0.005, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 150, 150), true).kind());
    }

    @Test
    void oneDeviatingLastIterationIsAnOutlierNotANewLevel() {
        ForkClassification c = classifier.classify(noisy(3, 0.005, 100, 100, 100, 100, 100, 100, 100, 150), true);
        assertEquals(ForkClass.FLAT, c.kind());
        assertEquals(List.of(7), c.outliers());
    }

    @Test
    void oneHiccupIsAnOutlierNotAChange() {
        ForkClassification c = classifier.classify(noisy(4, 0.005, 100, 100, 100, 40, 100, 100, 100, 100), true);
        assertEquals(ForkClass.FLAT, c.kind());
        assertEquals(List.of(3), c.outliers());
    }

    @Test
    void levelsWithinTheToleranceAreOneLevel() {
        assertEquals(ForkClass.FLAT, classifier.classify(noisy(5, 0.001, 100, 100, 100, 100, 101.5, 101.5, 101.5, 101.5), true).kind());
    }

    @Test
    void fewerThanFourIterationsCannotBeClassified() {
        ForkClassification c = classifier.classify(new double[] {673, 20.3, 600}, true);
        assertEquals(ForkClass.TOO_FEW, c.kind());
        assertTrue(c.kind().steady());
    }
}
