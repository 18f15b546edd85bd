package io.whyrelu.example.plugin;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.testing.ActivationUlpContract;
import io.whyrelu.kernels.simd.SimdKernelProvider;

/** The vector forms within the budgets they state, over the dense sample. */
class SimdUlpTest extends ActivationUlpContract {

    @Override
    protected KernelProvider provider() {
        KernelProvider simd = new SimdKernelProvider();
        assumeTrue(simd.availability().available(), simd.availability().reason());
        return simd;
    }
}
