package io.whyrelu.core.convexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activations;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class SurrogateCheckTest {

    /** The LP's minimum against brute force: a fine grid over the 2-d box, then no grid point lies below it. */
    @Test
    void lpMatchesBruteForceInTwoDimensions() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(4);
        for (int trial = 0; trial < 5; trial++) {
            int k = 6;
            double[][] w = new double[k][2];
            double[] b = new double[k];
            double[] outW = new double[k];
            for (int j = 0; j < k; j++) {
                w[j][0] = rng.nextDouble() * 4 - 2;
                w[j][1] = rng.nextDouble() * 4 - 2;
                b[j] = rng.nextDouble() * 2 - 1;
                outW[j] = rng.nextDouble();
            }
            double lp = ReluSurrogateLp.minimum(0.25, outW, w, b, 0);
            double brute = Double.POSITIVE_INFINITY;
            int steps = 800;
            for (int i = 0; i <= steps; i++) {
                for (int l = 0; l <= steps; l++) {
                    double x = -1 + 2.0 * i / steps;
                    double y = -1 + 2.0 * l / steps;
                    double v = 0.25;
                    for (int j = 0; j < k; j++) {
                        v += outW[j] * Math.max(0, w[j][0] * x + w[j][1] * y - b[j]);
                    }
                    brute = Math.min(brute, v);
                }
            }
            assertTrue(lp <= brute + 1e-9, "the LP is a lower bound of every grid value: " + lp + " vs " + brute);
            assertEquals(brute, lp, 0.05, "and the grid comes close to it");
        }
    }

    @Test
    void reluSurrogateHasOneMinimumAndLocalRunsReachTheLp() {
        var r = SurrogateCheck.run(Activations.parse("relu"), SurrogateCheck.Setup.forDimension(2), 1);
        assertEquals(1, r.distinctMinima(), r.toString());
        assertTrue(r.maxGapToLp() >= -1e-9 && r.maxGapToLp() < 1e-6, r.toString());
        assertTrue(r.fitRmsRelative() < 0.05, "the surrogate fits its objective: " + r);
    }

    @Test
    void convexSmoothSurrogateHasOneMinimum() {
        var r = SurrogateCheck.run(Activations.parse("softplus"), SurrogateCheck.Setup.forDimension(2), 2);
        assertEquals(1, r.distinctMinima(), r.toString());
        assertTrue(Double.isNaN(r.lpMinimum()));
    }
}
