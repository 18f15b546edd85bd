package io.whyrelu.results.manifest;

import java.util.List;

/** The machine a run happened on: host, OS, CPU model, logical cores and the SIMD-relevant CPU flags. */
public record Host(String hostname, String os, String arch, String cpuModel, int cores, List<String> cpuFlags) {

    public Host {
        cpuFlags = cpuFlags == null ? List.of() : List.copyOf(cpuFlags);
    }

    public boolean hasFlag(String flag) {
        return cpuFlags.contains(flag);
    }
}
