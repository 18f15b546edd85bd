package io.whyrelu.core.convexity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activations;
import org.junit.jupiter.api.Test;

class NonConvexRegionTest {

    @Test
    void convexActivationsHaveNone() {
        for (String a : new String[] {"relu", "leaky-relu", "softplus", "exp", "squared-relu", "elu"}) {
            assertTrue(NonConvexRegion.of(Activations.parse(a)).isEmpty(), a);
        }
    }

    @Test
    void findsWhereTheCurvatureTurns() {
        NonConvexRegion sigmoid = NonConvexRegion.of(Activations.parse("sigmoid"));
        assertTrue(sigmoid.contains(1) && sigmoid.contains(5));
        assertFalse(sigmoid.contains(-1) || sigmoid.contains(-5));
        // silu'' = σ(x)(1−σ(x))(2 + x(1 − 2σ(x))) < 0 for |x| > 2.3994
        NonConvexRegion silu = NonConvexRegion.of(Activations.parse("silu"));
        assertTrue(silu.contains(-3) && silu.contains(-8) && silu.contains(3));
        assertFalse(silu.contains(-2.3) || silu.contains(0) || silu.contains(2.3));
        // gelu'' = φ(x)(2 − x²): non-convex beyond ±√2
        NonConvexRegion gelu = NonConvexRegion.of(Activations.parse("gelu"));
        assertTrue(gelu.contains(1.5) && gelu.contains(-1.5));
        assertFalse(gelu.contains(1.3) || gelu.contains(-1.3) || gelu.contains(0));
        assertFalse(gelu.contains(100) || gelu.contains(Double.NaN), "beyond the grid nothing is measurable");
    }
}
