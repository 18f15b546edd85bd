package io.whyrelu.kernels.scalar;

import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.testing.KernelContract;

class ScalarKernelTest extends KernelContract {

    @Override
    protected KernelProvider provider() {
        return new ScalarKernelProvider();
    }
}
