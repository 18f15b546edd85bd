package io.whyrelu.core.convexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activations;
import org.junit.jupiter.api.Test;

class RepresentabilityCheckTest {

    /** ReLU sums include the piecewise-linear interpolant, whose error on x² is exactly h²/4 = 1/K². */
    @Test
    void reluOnSquareMeetsTheInterpolationBound() {
        var result = RepresentabilityCheck.run(Activations.parse("relu"), ConvexTarget.SQUARE);
        for (var fit : result.fits()) {
            assertEquals(1.0 / (fit.segments() * fit.segments()), fit.interpolationBound(), 1e-15);
            assertTrue(fit.maxError() <= fit.interpolationBound() * (1 + 1e-9), fit.toString());
            assertTrue(fit.maxError() > fit.interpolationBound() / 8, "and is not far below it: " + fit);
            assertTrue(fit.convexFit());
        }
        assertEquals(-2, result.rate(), 0.1, "second-order convergence");
    }

    @Test
    void reluRepresentsAKinkOnAKnotExactly() {
        var fit = RepresentabilityCheck.fit(Activations.parse("relu"), ConvexTarget.ABS, 8);
        assertEquals(0, fit.maxError(), 1e-12);
    }

    @Test
    void smoothActivationsHitAFloorOnKinks() {
        var fit = RepresentabilityCheck.fit(Activations.parse("softplus"), ConvexTarget.ABS, 64);
        assertTrue(fit.maxError() > 1e-3, "softplus cannot make a kink: " + fit);
        assertTrue(fit.convexFit());
    }

    @Test
    void monotoneNonConvexActivationsFitButNotConvexly() {
        var fit = RepresentabilityCheck.fit(Activations.parse("sigmoid"), ConvexTarget.SQUARE, 16);
        assertFalse(fit.convexFit(), "a sum of sigmoids is not convex: " + fit);
    }
}
