package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.Lanes.L;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.numeric.Ulps;
import io.whyrelu.kernels.simd.EnabledWhereSimdRuns;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/**
 * The math functions test each vector and take a short path when all its lanes are in e^x's
 * normal range. One NaN lane sends the whole vector down the full-range path, so the same finite
 * lanes can be evaluated both ways: the short path must give the same bits (exp, sigmoid,
 * softplus, tanh). silu and mish form e^x exactly there instead of recovering it from m·e^x by a
 * division, so their two paths may differ by an ULP or two; each must then be within the
 * activation's budget of the double reference. Inputs span the whole short-path range, up to its
 * bound.
 */
@EnabledWhereSimdRuns
class FastPathTest {

    private static final int VECTORS = 20_000;

    @Test
    void shortAndFullPathsGiveTheSameBits() {
        assertAgree("exp", VectorExp::exp, null);
        assertAgree("sigmoid", VectorMath::sigmoid, null);
        assertAgree("softplus", x -> VectorMath.softplus(x, 1f), null);
        assertAgree("softplus:beta=0.7", x -> VectorMath.softplus(x, 0.7f), null);
        assertAgree("tanh", VectorMath::tanh, null);
    }

    @Test
    void siluAndMishPathsAreBothWithinTheirBudgets() {
        assertAgree("silu", VectorMath::silu, Activations.parse("silu"));
        assertAgree("mish", VectorMath::mish, Activations.parse("mish"));
    }

    @Test
    void theRangeTestSendsNaNAndTheTailsToTheFullPath() {
        assertTrue(VectorExp.normal(FloatVector.broadcast(F, -VectorExp.NORMAL_BOUND)));
        assertTrue(VectorExp.normal(FloatVector.broadcast(F, VectorExp.NORMAL_BOUND)));
        assertFalse(VectorExp.normal(FloatVector.broadcast(F, Math.nextUp(VectorExp.NORMAL_BOUND))));
        assertFalse(VectorExp.normal(FloatVector.broadcast(F, Float.NaN)));
        assertFalse(VectorExp.normal(FloatVector.broadcast(F, Float.NEGATIVE_INFINITY)));
        // At the bound the short path's 2^k is still a normal float: e^±86 to within an ULP.
        float[] y = new float[L];
        VectorExp.exp(FloatVector.broadcast(F, -VectorExp.NORMAL_BOUND)).intoArray(y, 0);
        assertEquals(Math.exp(-VectorExp.NORMAL_BOUND), y[0], Math.ulp(y[0]));
        VectorExp.exp(FloatVector.broadcast(F, VectorExp.NORMAL_BOUND)).intoArray(y, 0);
        assertEquals(Math.exp(VectorExp.NORMAL_BOUND), y[0], Math.ulp(y[0]));
    }

    /**
     * f on vectors of inputs in [−86, 86] (short path) against the same lanes beside a NaN (full
     * path): the same bits, or, given the activation, both within its budget of the reference.
     */
    private static void assertAgree(String name, UnaryOperator<FloatVector> f, Activation withinBudgetOf) {
        SplittableRandom random = new SplittableRandom(17);
        float[] x = new float[L];
        float[] mixed = new float[L];
        float[] shortPath = new float[L];
        float[] fullPath = new float[L];
        for (int v = 0; v < VECTORS; v++) {
            for (int i = 0; i < L; i++) {
                // Mostly the whole range, a quarter near its ends, where k reaches ±124.
                float bound = VectorExp.NORMAL_BOUND;
                x[i] = v % 4 == 0 ? Math.copySign(bound - (float) random.nextDouble(2), random.nextBoolean() ? 1f : -1f)
                        : (float) random.nextDouble(-bound, bound);
            }
            x[v % L] = v % 7 == 0 ? VectorExp.NORMAL_BOUND : x[v % L];
            System.arraycopy(x, 0, mixed, 0, L);
            int nanLane = (v + 1) % L;
            mixed[nanLane] = Float.NaN;
            f.apply(FloatVector.fromArray(F, x, 0)).intoArray(shortPath, 0);
            f.apply(FloatVector.fromArray(F, mixed, 0)).intoArray(fullPath, 0);
            assertTrue(Float.isNaN(fullPath[nanLane]), name + ": NaN in, NaN out");
            for (int i = 0; i < L; i++) {
                if (i == nanLane) {
                    continue;
                }
                String both = name + "(" + x[i] + "): short path " + shortPath[i] + ", full path " + fullPath[i];
                if (withinBudgetOf == null) {
                    assertEquals(Float.floatToRawIntBits(fullPath[i]), Float.floatToRawIntBits(shortPath[i]), both);
                } else {
                    double reference = withinBudgetOf.reference(x[i]);
                    double budget = UlpBudgets.of(withinBudgetOf);
                    assertTrue(Ulps.error(reference, shortPath[i]) <= budget && Ulps.error(reference, fullPath[i]) <= budget,
                            both + ", reference " + reference);
                }
            }
        }
    }
}
