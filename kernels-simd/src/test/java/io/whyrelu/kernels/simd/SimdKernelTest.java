package io.whyrelu.kernels.simd;

import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.testing.KernelContract;

@EnabledWhereSimdRuns
class SimdKernelTest extends KernelContract {

    @Override
    protected KernelProvider provider() {
        return new SimdKernelProvider();
    }
}
