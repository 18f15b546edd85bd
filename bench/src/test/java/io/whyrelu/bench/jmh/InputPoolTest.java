package io.whyrelu.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class InputPoolTest {

    @Test
    void aRotationEvaluatesEnoughDistinctPreActivationsThatNoPredictorLearnsThem() {
        // element-wise 4096: 16 arrays of 16 KB, 65 536 evaluations
        assertEquals(16, InputPool.size(4096 * Float.BYTES, 4096));
        // kernel 16x1024, batch 1: 64 inputs of 64 bytes
        assertEquals(64, InputPool.size(16 * Float.BYTES, 1024));
        // kernel 16x1024, batch 64: one batch already evaluates 65 536
        assertEquals(1, InputPool.size(64 * 16 * Float.BYTES, 64 * 1024));
    }

    @Test
    void thePoolStopsWhereItWouldLeaveL2() {
        // kernel 256x256, batch 1: 256 inputs of 1 KB reach 65 536 evaluations within 256 KB
        assertEquals(256, InputPool.size(256 * Float.BYTES, 256));
        // kernel 1024x1024, batch 64: 256 KB per batch, 65 536 evaluations in one
        assertEquals(1, InputPool.size(64 * 1024 * Float.BYTES, 64 * 1024));
        // element-wise 1024: 64 arrays would do, 64 of 4 KB fit
        assertEquals(64, InputPool.size(1024 * Float.BYTES, 1024));
        // element-wise 64: 1024 arrays would be needed, 256 KB holds 1024 of 256 bytes
        assertEquals(1024, InputPool.size(64 * Float.BYTES, 64));
        // element-wise 16: 4096 needed, the byte cap stops the pool at 4096 × 64 B = 256 KB
        assertEquals(4096, InputPool.size(16 * Float.BYTES, 16));
        // 1 M floats: one input, larger than the cap, is still one
        assertEquals(1, InputPool.size((1 << 20) * Float.BYTES, 1 << 20));
        // 100 KB inputs of few evaluations: two fit, four would not
        assertEquals(2, InputPool.size(100 * 1024, 10));
    }

    @Test
    void callsRotateThroughEveryInputAndWrap() {
        InputPool pool = new InputPool(16 * Float.BYTES, 1 << 14, j -> new float[] {j});
        assertEquals(4, pool.size());
        float[] first = pool.next();
        assertNotSame(first, pool.next());
        pool.next();
        pool.next();
        assertSame(first, pool.next());
    }
}
