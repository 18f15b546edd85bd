package io.whyrelu.resultmodel.nativeyardstick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeResultsTest {

    private static NativeResult kernel(String kind, int batch, double gflops) {
        return new NativeResult(kind, "relu", 256, 256, batch, 0, gflops, "");
    }

    /** The reference at batch 1 is the strongest native figure: OpenBLAS sgemv where it beats the yardstick's loop, and back. */
    @Test
    void batchOneTakesTheFasterOfGemvAndOpenBlasSgemv() {
        var blasFaster = new NativeResults("", "", List.of(kernel(NativeResult.GEMV, 1, 16.4), kernel(NativeResult.BLAS_GEMV, 1, 26.5),
                kernel(NativeResult.BATCH, 64, 56.4)), null, null);
        assertEquals(26.5, blasFaster.kernel("relu", 256, 256, 1).getAsDouble());
        assertEquals(56.4, blasFaster.kernel("relu", 256, 256, 64).getAsDouble());
        var loopFaster = new NativeResults("", "", List.of(kernel(NativeResult.GEMV, 1, 62.4), kernel(NativeResult.BLAS_GEMV, 1, 53.8)), null, null);
        assertEquals(62.4, loopFaster.kernel("relu", 256, 256, 1).getAsDouble());
        assertTrue(loopFaster.kernel("relu", 256, 256, 64).isEmpty());
        assertTrue(loopFaster.kernel("gelu", 256, 256, 1).isEmpty());
    }
}
