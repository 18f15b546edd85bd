package io.whyrelu.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Core has no provider of its own: the lookup must say so rather than fail obscurely. */
class KernelsTest {

    @Test
    void reportsWhenNothingIsOnTheClassPath() {
        assertEquals(0, Kernels.providers().size());
        KernelUnavailableException e = assertThrows(KernelUnavailableException.class, Kernels::preferred);
        assertTrue(e.getMessage().contains("none found on the class path"), e.getMessage());
        assertEquals("unknown kernel implementation 'simd'; found: ",
                assertThrows(IllegalArgumentException.class, () -> Kernels.get("simd")).getMessage());
        assertEquals("unknown implementation 'simd'; valid: ",
                assertThrows(IllegalArgumentException.class, () -> Kernels.parseNames(" simd ,simd")).getMessage());
    }
}
