package io.whyrelu.kernels.scalar;

import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.testing.ActivationUlpContract;

class ScalarActivationUlpTest extends ActivationUlpContract {

    @Override
    protected KernelProvider provider() {
        return new ScalarKernelProvider();
    }
}
