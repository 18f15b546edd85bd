package io.whyrelu.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.network.NetworkGenerator.OutputWeights;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static String problem(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void validatesDimensionsAndValues() {
        float[] w = new float[6];
        float[] k2 = new float[2];
        assertEquals("n (input size) must be > 0, got 0", problem(() -> Network.of(0, 2, w, k2, k2, 0)));
        assertEquals("K (hidden size) must be > 0, got -1", problem(() -> Network.of(3, -1, w, k2, k2, 0)));
        assertEquals("w (first-layer weights, K×n row-major) is null", problem(() -> Network.of(3, 2, null, k2, k2, 0)));
        assertEquals("w (first-layer weights, K×n row-major) has 6 values, expected 8", problem(() -> Network.of(4, 2, w, k2, k2, 0)));
        assertEquals("b (biases) has 3 values, expected 2", problem(() -> Network.of(3, 2, w, new float[3], k2, 0)));
        assertEquals("W (output weights) is null", problem(() -> Network.of(3, 2, w, k2, null, 0)));
        float[] bad = new float[6];
        bad[4] = Float.NaN;
        assertEquals("w[1][1] is NaN: weights must be finite", problem(() -> Network.of(3, 2, bad, k2, k2, 0)));
        assertEquals("W[1] is Infinity: weights must be finite", problem(() -> Network.of(3, 2, w, k2, new float[] {0, Float.POSITIVE_INFINITY}, 0)));
        assertEquals("W0 (output offset) is NaN: weights must be finite", problem(() -> Network.of(3, 2, w, k2, k2, Float.NaN)));
    }

    @Test
    void isImmutable() {
        float[] w = {1, 2, 3, 4, 5, 6};
        Network network = Network.of(3, 2, w, new float[2], new float[] {1, -1}, 0);
        w[0] = 99;
        network.weights()[1] = 99;
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, network.weights());
        assertEquals(6, network.weight(1, 2));
        assertFalse(network.hasNonNegativeOutputWeights());
        assertEquals(12, network.flopsPerEvaluation());
    }

    @Test
    void generatorIsDeterministicAndRespectsSigns() {
        Network a = NetworkGenerator.generate(42, 16, 8, OutputWeights.NON_NEGATIVE);
        assertEquals(a, NetworkGenerator.generate(42, 16, 8, OutputWeights.NON_NEGATIVE));
        assertNotEquals(a, NetworkGenerator.generate(43, 16, 8, OutputWeights.NON_NEGATIVE));
        assertTrue(a.hasNonNegativeOutputWeights());
        assertFalse(NetworkGenerator.generate(42, 16, 64, OutputWeights.MIXED_SIGN).hasNonNegativeOutputWeights());
        // Fixed algorithms (xoroshiro128++, ziggurat): these values must not change across JDKs or releases.
        assertEquals(-0.936339f, NetworkGenerator.inputs(1, 1, 1)[0]);
    }

    @Test
    void weightsHaveTheDocumentedScale() {
        Network network = NetworkGenerator.generate(5, 400, 50, OutputWeights.NON_NEGATIVE);
        double sumSq = 0;
        for (float v : network.weights()) {
            sumSq += v * v;
        }
        double variance = sumSq / (400 * 50);
        assertEquals(1.0 / 400, variance, 0.1 / 400, "w ~ N(0, 1/n)");
    }
}
