package io.whyrelu.kernels.simd;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/**
 * The 256-bit test execution (pom: avx2-width, -XX:UseAVX=2) really runs the kernels at 256 bits
 * or less: without this, a flag the JVM ignored would leave the AVX2 paths untested on AVX-512.
 */
class VectorWidthTest {

    @Test
    void theNarrowExecutionRunsNarrowVectors() {
        String max = System.getProperty("whyrelu.test.maxVectorBits");
        assumeTrue(max != null, "the default execution runs at the machine's own width");
        int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        assertTrue(bits <= Integer.parseInt(max), "preferred species " + FloatVector.SPECIES_PREFERRED + " under -XX:UseAVX=2");
    }
}
