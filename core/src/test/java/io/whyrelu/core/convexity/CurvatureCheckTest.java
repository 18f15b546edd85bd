package io.whyrelu.core.convexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurvatureCheckTest {

    /** The measured verdicts of DESIGN.md §5 C1, parameter boundaries included. */
    @ParameterizedTest
    @CsvSource({
        "relu, true, true", "leaky-relu, true, true", "leaky-relu:alpha=1, true, true", "leaky-relu:alpha=1.5, false, true",
        "softplus, true, true", "elu:alpha=0.5, true, true", "elu, true, true", "elu:alpha=2, false, true",
        "selu, false, true", "squared-relu, true, true", "exp, true, true", "sigmoid, false, true", "tanh, false, true",
        "gelu, false, false", "gelu-tanh, false, false", "silu, false, false", "mish, false, false",
    })
    void measuresConvexityAndMonotonicity(String spec, boolean convex, boolean monotone) {
        Activation a = Activations.parse(spec);
        CurvatureCheck.Result r = CurvatureCheck.ofReference(a);
        assertEquals(convex, r.convex(), spec + ": " + r);
        assertEquals(monotone, r.monotone(), spec + ": " + r);
        assertEquals(a.declaredConvex().orElseThrow(), r.convex(), "declared and measured agree for " + spec);
    }

    @ParameterizedTest
    @CsvSource({"selu, 0", "elu:alpha=2, 0", "leaky-relu:alpha=1.5, 0"})
    void locatesTheViolatingKink(String spec, double kink) {
        CurvatureCheck.Result r = CurvatureCheck.ofReference(Activations.parse(spec));
        assertFalse(r.convex());
        assertEquals(kink, r.minSecondDifferenceAt(), CurvatureCheck.STEP);
        assertTrue(r.worstConvexityRatio() < -1e6, "a kink is far beyond rounding: " + r);
    }
}
