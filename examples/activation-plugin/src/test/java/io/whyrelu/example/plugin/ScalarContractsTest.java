package io.whyrelu.example.plugin;

import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.testing.KernelContract;
import io.whyrelu.kernels.scalar.ScalarKernelProvider;

/** The scalar kernel contract over the catalogue and, on this class path, the example's plug-ins. */
class ScalarContractsTest extends KernelContract {

    @Override
    protected KernelProvider provider() {
        return new ScalarKernelProvider();
    }
}
