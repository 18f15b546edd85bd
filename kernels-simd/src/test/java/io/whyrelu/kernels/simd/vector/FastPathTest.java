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
 * The activation loops take an activation's short form when all of a vector's lanes are in e^x's
 * normal range (tanh makes the same choice inside). The same finite lanes are evaluated both
 * ways (tanh: once alone, once beside a NaN lane, which sends the vector down the capped path):
 * the short form must give the same bits (exp, softplus, tanh; e^-x without the negation as e^x of
 * −x). sigmoid and silu become 1/(1 + e^-x) and x/(1 + e^-x) there, with no sign test, and mish
 * forms e^x exactly there instead of recovering it from m·e^x by a division, so their two forms
 * differ in the last bits (sigmoid and silu by up to 4 ULPs of each other over every float in
 * [−86, 0]); each must then be within the activation's budget of the double reference, as
 * must the GELUs', whose short forms (|x| ≤ 13, |x| ≤ 9.9) fold their argument's low half into the
 * exp's reduced argument (the full forms: expTimes for gelu, double lanes for gelu-tanh).
 * Inputs span the whole short range, up to its bound.
 */
@EnabledWhereSimdRuns
class FastPathTest {

    private static final int VECTORS = 20_000;

    @Test
    void shortAndFullPathsGiveTheSameBits() {
        float bound = VectorExp.NORMAL_BOUND;
        assertAgree("exp", VectorExp::expNormal, VectorExp::exp, bound, null, NO_LANE);
        assertAgree("e^-x", VectorExp::expNegNormal, x -> VectorExp.expNormal(x.neg()), bound, null, NO_LANE);
        assertAgree("softplus", x -> VectorMath.softplusShort(x, 1f, VectorMath.softplusMagnitude(x, 1f)), x -> VectorMath.softplus(x, 1f), bound, null, NO_LANE);
        assertAgree("softplus:beta=0.7", x -> VectorMath.softplusShort(x, 0.7f, VectorMath.softplusMagnitude(x, 0.7f)), x -> VectorMath.softplus(x, 0.7f), bound, null, NO_LANE);
        assertAgree("tanh", VectorMath::tanh, x -> VectorMath.tanh(withNaNLane(x)), bound, null, NAN_LANE);
    }

    @Test
    void sigmoidSiluMishAndTheGelusPathsAreBothWithinTheirBudgets() {
        float bound = VectorExp.NORMAL_BOUND;
        assertAgree("sigmoid", VectorMath::sigmoidShort, VectorMath::sigmoid, bound, Activations.parse("sigmoid"), NO_LANE);
        assertAgree("silu", VectorMath::siluShort, VectorMath::silu, bound, Activations.parse("silu"), NO_LANE);
        assertAgree("mish", VectorMath::mishShort, VectorMath::mish, bound, Activations.parse("mish"), NO_LANE);
        assertAgree("gelu", VectorErfGelu::geluShort, VectorErfGelu::gelu, VectorErfGelu.SHORT_BOUND, Activations.parse("gelu"), NO_LANE);
        assertAgree("gelu-tanh", VectorGeluTanh::geluTanhShort, FastPathTest::geluTanhInDouble, VectorGeluTanh.SHORT_BOUND,
                Activations.parse("gelu-tanh"), NO_LANE);
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
        VectorExp.expNormal(FloatVector.broadcast(F, -VectorExp.NORMAL_BOUND)).intoArray(y, 0);
        assertEquals(Math.exp(-VectorExp.NORMAL_BOUND), y[0], Math.ulp(y[0]));
        VectorExp.expNormal(FloatVector.broadcast(F, VectorExp.NORMAL_BOUND)).intoArray(y, 0);
        assertEquals(Math.exp(VectorExp.NORMAL_BOUND), y[0], Math.ulp(y[0]));
        assertTrue(VectorErfGelu.shortApplies(FloatVector.broadcast(F, -VectorErfGelu.SHORT_BOUND)));
        assertFalse(VectorErfGelu.shortApplies(FloatVector.broadcast(F, Math.nextDown(-VectorErfGelu.SHORT_BOUND))));
        assertFalse(VectorErfGelu.shortApplies(FloatVector.broadcast(F, Float.NaN)));
        assertFalse(VectorErfGelu.shortApplies(FloatVector.broadcast(F, -0f)));
        assertFalse(VectorErfGelu.shortApplies(FloatVector.broadcast(F, Float.MIN_VALUE)));
        assertTrue(VectorErfGelu.shortApplies(FloatVector.broadcast(F, 0x1p-125f)));
        assertTrue(VectorGeluTanh.shortApplies(FloatVector.broadcast(F, VectorGeluTanh.SHORT_BOUND)));
        assertFalse(VectorGeluTanh.shortApplies(FloatVector.broadcast(F, Math.nextUp(VectorGeluTanh.SHORT_BOUND))));
    }

    @Test
    void theLoopsTakeTheFullFormForVectorsOutOfRange() {
        // Every fourth vector has one lane beyond ±86 (±13 for gelu, ±9.9 for gelu-tanh): the loop must give what the full form gives there.
        float[] in = new float[L * 64 + 3];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) random.nextDouble(-20, 20);
        }
        for (int v = 0; v < 64; v += 4) {
            in[v * L + v % L] = v % 8 == 0 ? -100f : 95f;
        }
        for (String spec : new String[] {"exp", "sigmoid", "softplus", "softplus:beta=0.7", "silu", "mish", "gelu", "gelu-tanh"}) {
            Activation activation = Activations.parse(spec);
            float[] out = new float[in.length];
            new VectorActivation(activation).map(in, 0, out, 0, in.length);
            for (int i = 0; i < in.length; i++) {
                double reference = activation.reference(in[i]);
                assertTrue(Ulps.error(reference, out[i]) <= UlpBudgets.of(activation),
                        spec + "(" + in[i] + ") = " + out[i] + ", reference " + reference);
            }
        }
    }

    /**
     * The short and full forms on vectors of inputs in [−bound, bound]: the same bits, or, given the
     * activation, both within its budget of the reference; every lane but {@code ignoredLane}.
     */
    private static void assertAgree(String name, UnaryOperator<FloatVector> shortForm, UnaryOperator<FloatVector> fullForm,
            float bound, Activation withinBudgetOf, int ignoredLane) {
        SplittableRandom random = new SplittableRandom(17);
        float[] x = new float[L];
        float[] shortPath = new float[L];
        float[] fullPath = new float[L];
        for (int v = 0; v < VECTORS; v++) {
            for (int i = 0; i < L; i++) {
                // Mostly the whole range, a quarter near its ends (for exp, where k reaches ±124).
                x[i] = v % 4 == 0 ? Math.copySign(bound - (float) random.nextDouble(2), random.nextBoolean() ? 1f : -1f)
                        : (float) random.nextDouble(-bound, bound);
            }
            x[v % L] = v % 7 == 0 ? bound : x[v % L];
            shortForm.apply(FloatVector.fromArray(F, x, 0)).intoArray(shortPath, 0);
            fullForm.apply(FloatVector.fromArray(F, x, 0)).intoArray(fullPath, 0);
            for (int i = 0; i < L; i++) {
                if (i == ignoredLane) {
                    continue;
                }
                String both = name + "(" + x[i] + "): short form " + shortPath[i] + ", full form " + fullPath[i];
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

    /** gelu-tanh's double form on one vector, through the loop that applies it. */
    private static FloatVector geluTanhInDouble(FloatVector x) {
        float[] lanes = new float[L];
        x.intoArray(lanes, 0);
        VectorGeluTanh.doubleRun(lanes, 0, lanes, 0, 0, L);
        return FloatVector.fromArray(F, lanes, 0);
    }

    /** Compare every lane. */
    private static final int NO_LANE = -1;

    /** The lane {@link #withNaNLane} overwrites, left out of tanh's comparison. */
    private static final int NAN_LANE = L - 1;

    private static FloatVector withNaNLane(FloatVector x) {
        return x.withLane(NAN_LANE, Float.NaN);
    }
}
