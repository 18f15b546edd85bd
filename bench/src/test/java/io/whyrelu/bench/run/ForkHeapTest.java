package io.whyrelu.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.resultmodel.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForkHeapTest {

    private static PlannedBenchmark kernel(int n, int k) {
        return new PlannedBenchmark("k", "x.KernelThroughput.kernel", Map.of("n", "" + n, "k", "" + k, "batch", "1"), 1, null);
    }

    @Test
    void smallShapesKeepTheOneGigabyteHeap() {
        assertEquals(List.of("-Xms1024m", "-Xmx1024m"), ForkHeap.flags(kernel(256, 256)));
        assertEquals(List.of("-Xms1024m", "-Xmx1024m"), ForkHeap.flags(new PlannedBenchmark("r", "x.Roofline.fmaPeak", Map.of(), 1, null)));
    }

    @Test
    void theLargestAcceptedShapeGetsHeapEnoughForItsWeights() {
        // 16384² weights are 1 GiB of floats: the 1 GiB heap that every fork had made all its forks die.
        assertEquals(List.of("-Xms4352m", "-Xmx4352m"), ForkHeap.flags(kernel(16384, 16384)));
    }

    @Test
    void aShapeBeyondThreeQuartersOfTheMachineIsRejectedUpFront() {
        long fourGiB = 4L << 30;
        ForkHeap.check(List.of(Shape.parse("8192x8192")), fourGiB);
        var e = assertThrows(IllegalArgumentException.class, () -> ForkHeap.check(List.of(Shape.parse("16384x16384x1")), fourGiB));
        assertTrue(e.getMessage().startsWith("shape 16384x16384x1 needs a 4.3 GiB heap per fork, more than three quarters of this "
                + "machine's 4.0 GiB"), e.getMessage());
    }
}
