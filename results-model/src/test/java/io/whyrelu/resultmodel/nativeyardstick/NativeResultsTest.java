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

    private static NativeResults peaks(double yardstick, double check) {
        List<NativeResult> rs = new java.util.ArrayList<>(List.of(new NativeResult(NativeResult.PEAK, "", 0, 0, 0, 0, yardstick, "")));
        if (check > 0) {
            rs.add(new NativeResult(NativeResult.PEAK_CHECK, "", 0, 0, 0, 0, check, ""));
        }
        return new NativeResults("", "", rs, null, null);
    }

    /** A yardstick peak above the check beyond noise lost work (Zen 4: 127.7 with 11 of 12 FMAs, check 117.1); within noise it stands. */
    @Test
    void theCheckOverrulesAPeakNoLoopCanReach() {
        assertEquals(117.1, peaks(127.7, 117.1).peak().getAsDouble());
        assertEquals(116.4, peaks(116.4, 117.4).peak().getAsDouble());
        assertEquals(119.0, peaks(119.0, 117.1).peak().getAsDouble());
        assertEquals(127.7, peaks(127.7, 0).peak().getAsDouble(), "files from before the check keep their peak");
    }
}
