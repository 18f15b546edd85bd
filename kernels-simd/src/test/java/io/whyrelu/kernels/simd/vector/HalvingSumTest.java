package io.whyrelu.kernels.simd.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whyrelu.kernels.simd.EnabledWhereSimdRuns;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The written-out halving sum adds in the order of the loop it replaced, so the kernel's sums keep
 * their bits. Float addition is not associative, so a different order shows on some of these
 * inputs: values spread over 2^±20 with mixed signs, where most reassociations change the last bit.
 */
@EnabledWhereSimdRuns
class HalvingSumTest {

    /** The order the kernel has always summed its lanes in. */
    private static float loopOrder(float[] a) {
        for (int half = a.length / 2; half > 0; half /= 2) {
            for (int i = 0; i < half; i++) {
                a[i] += a[i + half];
            }
        }
        return a[0];
    }

    @Test
    void sameBitsAsTheHalvingLoop() {
        SplittableRandom random = new SplittableRandom(5);
        float[] lanes = new float[Lanes.L];
        for (int trial = 0; trial < 100_000; trial++) {
            for (int i = 0; i < lanes.length; i++) {
                lanes[i] = (float) (random.nextDouble(-1, 1) * Math.scalb(1.0, random.nextInt(-20, 21)));
            }
            float expected = loopOrder(lanes.clone());
            float actual = SimdKernel.halvingSum(lanes.clone());
            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual),
                    () -> "lanes " + Arrays.toString(lanes));
        }
    }
}
