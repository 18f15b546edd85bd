package io.whyrelu.kernels.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.kernel.Kernels;
import org.junit.jupiter.api.Test;

class ScalarLookupTest {

    @Test
    void isFoundThroughServiceLoaderAndAlwaysAvailable() {
        assertEquals("scalar", Kernels.get("scalar").name());
        assertEquals("scalar", Kernels.preferred().provider().name());
        assertTrue(Kernels.preferred().fallbacks().isEmpty());
    }
}
