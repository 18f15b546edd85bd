package io.whyrelu.kernels.simd.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.network.NetworkGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheSizesTest {

    @TempDir
    Path sys;

    private void index(int i, String level, String type, String size) throws Exception {
        Path dir = Files.createDirectories(sys.resolve("index" + i));
        Files.writeString(dir.resolve("level"), level + "\n");
        Files.writeString(dir.resolve("type"), type + "\n");
        Files.writeString(dir.resolve("size"), size + "\n");
    }

    /** Zen 5 as Linux lists it: the instruction cache and L3 are not taken for L1d and L2. */
    @Test
    void readsTheDataCachesLinuxReports() throws Exception {
        index(0, "1", "Data", "48K");
        index(1, "1", "Instruction", "32K");
        index(2, "2", "Unified", "1024K");
        index(3, "3", "Unified", "32768K");
        assertEquals(new CacheSizes(48 << 10, 1 << 20), CacheSizes.read(sys));
    }

    @Test
    void missingOrUnreadableValuesFallBackToTheSmallDefaults() throws Exception {
        assertEquals(CacheSizes.DEFAULT, CacheSizes.read(sys.resolve("absent")));
        index(0, "1", "Data", "lots");
        assertEquals(CacheSizes.DEFAULT, CacheSizes.read(sys));
        assertEquals(2L << 30, CacheSizes.bytes("2G"));
        assertEquals(4096, CacheSizes.bytes("4096"));
    }

    @Test
    void onlyWeightsBeyondL2AreTouchedAheadAndOnlyWith512BitVectors() {
        var big = NetworkGenerator.generate(1, 1024, 1024, NetworkGenerator.OutputWeights.NON_NEGATIVE);
        var small = NetworkGenerator.generate(1, 256, 256, NetworkGenerator.OutputWeights.NON_NEGATIVE);
        var zen5 = new CacheSizes(48 << 10, 1 << 20);
        assertTrue(SimdKernel.touchesAhead(big, 512, zen5));
        assertFalse(SimdKernel.touchesAhead(big, 256, zen5), "AVX2: measured slower with the touches");
        assertFalse(SimdKernel.touchesAhead(small, 512, zen5), "256 KB of weights stay in a 1 MB L2");
        assertTrue(SimdKernel.touchesAhead(NetworkGenerator.generate(1, 1024, 512, NetworkGenerator.OutputWeights.NON_NEGATIVE), 512, zen5));
        assertFalse(SimdKernel.touchesAhead(NetworkGenerator.generate(1, 1024, 512, NetworkGenerator.OutputWeights.NON_NEGATIVE), 512, new CacheSizes(48 << 10, 2 << 20)));
    }
}
