package io.whyrelu.kernels.simd;

import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.testing.ActivationUlpContract;

@EnabledWhereSimdRuns
class SimdActivationUlpTest extends ActivationUlpContract {

    @Override
    protected KernelProvider provider() {
        return new SimdKernelProvider();
    }
}
