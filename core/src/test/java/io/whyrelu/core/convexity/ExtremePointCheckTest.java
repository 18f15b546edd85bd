package io.whyrelu.core.convexity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtremePointCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"softplus", "elu", "elu:alpha=0.5", "squared-relu", "exp"})
    void smoothConvexActivationsSplitIntoTwoDifferentConvexHalves(String spec) {
        var r = ExtremePointCheck.run(Activations.parse(spec));
        assertTrue(r.applicable() && r.curvatureAtSeveralPoints(), r.toString());
        assertTrue(r.s1Convex() && r.s2Convex() && r.nontrivialSplit(), r.toString());
        assertTrue(r.maxDistance() > 1e-3, r.toString());
        assertTrue(r.reconstructionError() < 1e-12, r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"relu", "leaky-relu", "leaky-relu:alpha=0.5"})
    void reluTypeActivationsHaveNoNontrivialSplit(String spec) {
        var r = ExtremePointCheck.run(Activations.parse(spec));
        assertTrue(r.applicable(), r.toString());
        assertFalse(r.curvatureAtSeveralPoints(), r.toString());
        assertFalse(r.nontrivialSplit(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sigmoid", "selu", "gelu"})
    void nonConvexActivationsAreOutOfScope(String spec) {
        assertFalse(ExtremePointCheck.run(Activations.parse(spec)).applicable());
    }
}
