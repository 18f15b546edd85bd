package io.whyrelu.core.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UlpsTest {

    @Test
    void measuresInUlpsOfTheRoundedReference() {
        assertEquals(0, Ulps.error(1.0, 1f));
        assertEquals(1, Ulps.error(1.0, Math.nextUp(1f)));
        assertEquals(0.5, Ulps.error(1.0 + 0x1p-24, 1f));
        assertEquals(2, Ulps.error(Float.MIN_VALUE * 3.0, Float.MIN_VALUE));
        assertEquals(0, Ulps.error(-0.0, 0f));
    }

    @Test
    void handlesNaNAndInfinity() {
        assertEquals(0, Ulps.error(Double.NaN, Float.NaN));
        assertEquals(Double.POSITIVE_INFINITY, Ulps.error(1.0, Float.NaN));
        assertEquals(Double.POSITIVE_INFINITY, Ulps.error(Double.NaN, 1f));
        assertEquals(0, Ulps.error(Double.POSITIVE_INFINITY, Float.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Ulps.error(Double.POSITIVE_INFINITY, Float.MAX_VALUE));
        assertEquals(0, Ulps.error(1e39, Float.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Ulps.error(3.0e38, Float.POSITIVE_INFINITY));
    }

    @Test
    void gammaIsHighams() {
        assertEquals(0x1p-24 / (1 - 0x1p-24), Rounding.gamma(1, Rounding.FLOAT_U));
        assertEquals(Double.POSITIVE_INFINITY, Rounding.gamma(1L << 24, Rounding.FLOAT_U));
    }
}
