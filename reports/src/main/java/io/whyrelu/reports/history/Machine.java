package io.whyrelu.reports.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.stream.StreamSupport;

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

    public static String of(Optional<JsonNode> manifest) {
        if (manifest.isEmpty() || !manifest.get().path("host").isObject()) {
            return UNKNOWN;
        }
        JsonNode host = manifest.get().path("host");
        StringBuilder sb = new StringBuilder(host.path("cpuModel").asText("unknown CPU").strip());
        if (host.path("cores").isNumber()) {
            sb.append(" · ").append(host.path("cores").asInt()).append(" cores");
        }
        if (!host.path("arch").asText("").isEmpty()) {
            sb.append(" · ").append(host.path("arch").asText());
        }
        String isa = isa(host.path("cpuFlags"));
        if (!isa.isEmpty()) {
            sb.append(" · ").append(isa);
        }
        return sb.toString();
    }

    /** "AVX-512", "AVX2", "SSE" or "" from /proc/cpuinfo-style flags. */
    static String isa(JsonNode flags) {
        var set = StreamSupport.stream(flags.spliterator(), false).map(JsonNode::asText).toList();
        if (set.contains("avx512f")) {
            return "AVX-512";
        }
        if (set.contains("avx2")) {
            return "AVX2";
        }
        return set.contains("sse2") ? "SSE2" : "";
    }
}
