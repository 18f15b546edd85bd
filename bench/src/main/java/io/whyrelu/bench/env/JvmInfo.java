package io.whyrelu.bench.env;

import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.kernels.simd.SimdBackend;
import io.whyrelu.kernels.simd.SimdKernelProvider;
import java.util.List;

/** What a JVM offers the kernels: version, vector species, FMA, and each provider's verdict. */
public record JvmInfo(String vendor, String version, String vmName, String javaHome, String vectorSpecies,
        int vectorBits, boolean fma, String preferredProvider, List<ProviderInfo> providers) {

    public record ProviderInfo(String name, boolean available, String reason) {}

    /** This JVM, as the kernel lookup sees it. */
    public static JvmInfo current() {
        var providers = Kernels.providers().stream()
                .map(s -> new ProviderInfo(s.name(), s.availability().available(), s.availability().reason()))
                .toList();
        String species = "none";
        int bits = 0;
        boolean fma = false;
        for (var status : Kernels.providers()) {
            if (status.provider() instanceof SimdKernelProvider simd) {
                var backend = simd.backendIfAvailable();
                if (backend.isPresent()) {
                    SimdBackend b = backend.get();
                    species = b.species();
                    bits = b.vectorBitSize();
                }
            }
        }
        fma = io.whyrelu.kernels.simd.VectorSupport.hotspotUsesFma();
        return new JvmInfo(System.getProperty("java.vendor"), System.getProperty("java.runtime.version",
                System.getProperty("java.version")), System.getProperty("java.vm.name"), System.getProperty("java.home"),
                species, bits, fma, Kernels.preferred().provider().name(), providers);
    }
}
