package io.whyrelu.kernels.simd.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.network.Network;
import io.whyrelu.core.network.NetworkGenerator;
import io.whyrelu.kernels.simd.EnabledWhereSimdRuns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batched kernel blocked over inputs (a panel larger than half of L2) adds the same terms in
 * the same order as unblocked, so the two agree to the bit, on every remainder pass and on n not
 * a multiple of the block.
 */
@EnabledWhereSimdRuns
class CacheBlockingTest {

    /** A 1 KB "L2": blocks of 4 inputs with 512-bit vectors, 8 with 256-bit. */
    private static final CacheSizes TINY = new CacheSizes(1 << 10, 1 << 10);

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 13, 64})
    void blockedAndUnblockedAgreeToTheBit(int batch) {
        for (int n : new int[] {3, 17, 101}) {
            Network network = NetworkGenerator.generate(7, n, 37, NetworkGenerator.OutputWeights.MIXED_SIGN);
            var activation = Activations.parse("softplus");
            SimdKernel blocked = new SimdKernel(network, activation, TINY);
            SimdKernel whole = new SimdKernel(network, activation, new CacheSizes(1 << 20, 1L << 40));
            assertTrue(blocked.inputsPerBlock(TINY.l2Bytes()) < n || n == 3, "the blocking engages at n = " + n);
            float[] xs = NetworkGenerator.inputs(11, batch, n);
            float[] a = new float[batch];
            float[] b = new float[batch];
            blocked.evaluateBatch(xs, batch, a);
            whole.evaluateBatch(xs, batch, b);
            for (int r = 0; r < batch; r++) {
                assertEquals(Float.floatToRawIntBits(b[r]), Float.floatToRawIntBits(a[r]),
                        "n=" + n + " batch=" + batch + " row " + r + ": " + a[r] + " vs " + b[r]);
            }
        }
    }
}
