package io.whyrelu.reports.history;

import io.whyrelu.results.manifest.Host;
import io.whyrelu.results.manifest.Manifest;
import java.util.List;
import java.util.Optional;

/**
 * The machine a run ran on, as history keys its series: CPU model, cores, architecture and the
 * widest vector ISA, from the run's manifest — not the hostname, which CI runners change on every
 * job while the hardware stays, and which two different machines can share. Figures from an
 * AVX2-only EPYC and an AVX-512 Xeon differ 2–3×; one series holding both would call the switch a
 * regression. A user can name the machine instead ({@code history add --machine}).
 */
public final class Machine {

    public static final String UNKNOWN = "unknown machine";

    private Machine() {}

    public static String of(Optional<Manifest> manifest) {
        Host host = manifest.map(m -> m.host).orElse(null);
        if (host == null) {
            return UNKNOWN;
        }
        StringBuilder sb = new StringBuilder(host.cpuModel() == null ? "unknown CPU" : host.cpuModel().strip());
        if (host.cores() > 0) {
            sb.append(" · ").append(host.cores()).append(" cores");
        }
        if (host.arch() != null && !host.arch().isEmpty()) {
            sb.append(" · ").append(host.arch());
        }
        String isa = isa(host.cpuFlags());
        if (!isa.isEmpty()) {
            sb.append(" · ").append(isa);
        }
        return sb.toString();
    }

    /** "AVX-512", "AVX2", "SSE2" or "" from /proc/cpuinfo-style flags. */
    static String isa(List<String> flags) {
        if (flags.contains("avx512f")) {
            return "AVX-512";
        }
        if (flags.contains("avx2")) {
            return "AVX2";
        }
        return flags.contains("sse2") ? "SSE2" : "";
    }
}
