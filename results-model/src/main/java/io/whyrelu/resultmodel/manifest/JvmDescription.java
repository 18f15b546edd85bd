package io.whyrelu.resultmodel.manifest;

import java.util.List;

/**
 * What a JVM offers the kernels, as it described itself: version, vector species, FMA, and each
 * kernel provider's verdict, best first.
 */
public record JvmDescription(String vendor, String version, String vmName, String javaHome, String vectorSpecies,
        int vectorBits, boolean fma, String preferredProvider, List<Provider> providers) {

    /** A kernel implementation and whether it can run on this JVM, with the reason. */
    public record Provider(String name, boolean available, String reason) {}

    public JvmDescription {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }

    /** The implementations that can run here, best first. */
    public List<String> availableImplementations() {
        return providers.stream().filter(Provider::available).map(Provider::name).toList();
    }
}
