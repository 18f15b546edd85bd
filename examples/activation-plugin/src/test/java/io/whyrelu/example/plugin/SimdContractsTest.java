package io.whyrelu.example.plugin;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.testing.KernelContract;
import io.whyrelu.kernels.simd.SimdKernelProvider;

/**
 * The SIMD kernel contract with the plug-ins on the class path: their vector forms (squareplus,
 * hard-swish) and the float-form fallback (cube-no-vector) inside the Vector API kernels.
 */
class SimdContractsTest extends KernelContract {

    @Override
    protected KernelProvider provider() {
        KernelProvider simd = new SimdKernelProvider();
        assumeTrue(simd.availability().available(), simd.availability().reason());
        return simd;
    }
}
