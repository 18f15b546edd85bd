package io.whyrelu.resultmodel.manifest;

import java.util.List;

/**
 * The machine a run happened on: host, OS and kernel, CPU model, logical cores, the SIMD-relevant
 * CPU flags and physical memory (0 when unknown: manifests from before it was recorded).
 */
public record Host(String hostname, String os, String arch, String cpuModel, int cores, List<String> cpuFlags, long memoryBytes) {

    public Host {
        cpuFlags = cpuFlags == null ? List.of() : List.copyOf(cpuFlags);
    }

    public boolean hasFlag(String flag) {
        return cpuFlags.contains(flag);
    }

    /**
     * What sets a kernel's speed on this machine, as history keys its series: CPU model, cores,
     * architecture and the widest vector ISA ("AMD EPYC · 2 cores · amd64 · AVX-512"). Not the
     * hostname (CI runners change it every job), nor the kernel version or memory (recorded, but an
     * OS update would split every series without changing a kernel's speed).
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(cpuModel == null ? "unknown CPU" : cpuModel.strip());
        if (cores > 0) {
            sb.append(" · ").append(cores).append(" cores");
        }
        if (arch != null && !arch.isEmpty()) {
            sb.append(" · ").append(arch);
        }
        String isa = hasFlag("avx512f") ? "AVX-512" : hasFlag("avx2") ? "AVX2" : hasFlag("sse2") ? "SSE2" : "";
        if (!isa.isEmpty()) {
            sb.append(" · ").append(isa);
        }
        return sb.toString();
    }
}
