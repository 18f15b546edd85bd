package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;

/**
 * How many inputs the batched kernel carries through a panel at once: as many as the vector
 * register file holds two accumulators each for, beside two weight vectors and a broadcast — the
 * choice BLIS and OpenBLAS make per micro-architecture (BLIS's Haswell sgemm: 6 rows × 2 ymm;
 * Skylake-X: more rows in 32 zmm).
 *
 * <p>The Vector API does not expose the register file; on x86 it follows from the vector width
 * HotSpot chose: 512-bit vectors mean AVX-512 and 32 registers, narrower ones on x86 mean AVX2 or
 * AVX with 16 (also an AVX-512 core run with -XX:UseAVX=2, which encodes only ymm0–15). Other
 * architectures (AArch64 NEON and SVE) have 32.
 */
final class RegisterBlocking {

    private RegisterBlocking() {}

    /** Vector registers C2 can allocate for this JVM's preferred species. */
    static int vectorRegisters() {
        String arch = System.getProperty("os.arch", "");
        boolean x86 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x86");
        return x86 && F.vectorBitSize() < 512 ? 16 : 32;
    }

    /** 8 inputs (16 accumulators, 19 registers in all) with 32 registers; 6 (12 accumulators, 15) with 16. */
    static int inputsPerPass() {
        return vectorRegisters() >= 32 ? 8 : 6;
    }
}
