package io.whyrelu.kernels.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.core.network.Network;
import io.whyrelu.core.network.NetworkGenerator;
import io.whyrelu.core.network.NetworkGenerator.OutputWeights;
import io.whyrelu.core.numeric.Ulps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SIMD against scalar where floats are special: signed zeros, subnormals, infinities, NaN; and bits that do not depend on the JIT. */
@EnabledWhereSimdRuns
class SimdEdgeCasesTest {

    private static final float[] SPECIAL = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL / 3, -Float.MIN_NORMAL / 3,
        Float.MIN_NORMAL, -Float.MIN_NORMAL, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MAX_VALUE,
        -Float.MAX_VALUE, -150.5f, -200f, -1e30f, 1e30f};

    static java.util.List<Activation> activations() {
        return Activations.all();
    }

    private static String kind(float v) {
        return Float.isNaN(v) ? "NaN" : Float.isInfinite(v) ? (v > 0 ? "+inf" : "-inf") : v == 0 ? (Float.floatToRawIntBits(v) < 0 ? "-0" : "+0")
                : "finite";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void activationsAgreeOnSpecialValues(Activation a) {
        KernelProvider simd = Kernels.get("simd");
        KernelProvider scalar = Kernels.get("scalar");
        float[] ys = new float[SPECIAL.length];
        float[] zs = new float[SPECIAL.length];
        simd.elementwise(a).apply(SPECIAL, ys, SPECIAL.length);
        scalar.elementwise(a).apply(SPECIAL, zs, SPECIAL.length);
        for (int i = 0; i < SPECIAL.length; i++) {
            double ref = a.reference(SPECIAL[i]);
            String where = a + "(" + SPECIAL[i] + "): reference " + ref + ", simd " + ys[i] + ", scalar " + zs[i];
            assertEquals(kind(zs[i]), kind(ys[i]), where);
            assertTrue(!Ulps.wrongZeroSign(ref, ys[i]) && Ulps.error(ref, ys[i]) <= simd.ulpBudget(a), where);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void infiniteInputsAreNotTurnedIntoNaNByThePadding(Activation a) {
        // K = 3 and 33 are not multiples of any panel width: the padded units see the infinite input too.
        for (int k : new int[] {3, 33}) {
            Network network = NetworkGenerator.generate(k, 5, k, OutputWeights.NON_NEGATIVE);
            Kernel simd = Kernels.get("simd").kernel(network, a);
            Kernel scalar = Kernels.get("scalar").kernel(network, a);
            for (float inf : new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
                float[] x = {0.5f, inf, -0.25f, 0.125f, 1f};
                float s = scalar.evaluate(x);
                float v = simd.evaluate(x);
                assertEquals(kind(s), kind(v), a + " K=" + k + " x[1]=" + inf + ": scalar " + s + ", simd " + v);
            }
        }
    }

    @Test
    void theSameInputGivesTheSameBitsBeforeAndAfterTheJit() {
        for (Activation a : java.util.List.of(Activations.parse("relu"), Activations.parse("sigmoid"), Activations.parse("gelu"))) {
            Network network = NetworkGenerator.generate(7, 64, 64, OutputWeights.NON_NEGATIVE);
            Kernel kernel = Kernels.get("simd").kernel(network, a);
            float[] xs = NetworkGenerator.inputs(8, 16, 64);
            float[] first = new float[16];
            kernel.evaluateBatch(xs, 16, first);
            float[] x0 = java.util.Arrays.copyOf(xs, 64);
            float single = kernel.evaluate(x0);
            float[] out = new float[16];
            long end = System.nanoTime() + 1_500_000_000L;
            for (int i = 0; i < 20_000 || System.nanoTime() < end; i++) {
                kernel.evaluateBatch(xs, 16, out);
                kernel.evaluate(x0);
            }
            kernel.evaluateBatch(xs, 16, out);
            for (int r = 0; r < 16; r++) {
                assertEquals(Float.floatToRawIntBits(first[r]), Float.floatToRawIntBits(out[r]), a + " row " + r + ": first call " + first[r]
                        + ", warmed " + out[r]);
            }
            assertEquals(Float.floatToRawIntBits(single), Float.floatToRawIntBits(kernel.evaluate(x0)), a.toString());
        }
    }
}
