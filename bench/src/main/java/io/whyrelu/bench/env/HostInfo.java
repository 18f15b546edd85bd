package io.whyrelu.bench.env;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a run happens on: host, OS, CPU model and logical cores. */
public record HostInfo(String hostname, String os, String arch, String cpuModel, int cores, List<String> cpuFlags) {

    public static HostInfo current() {
        return new HostInfo(localHostname(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), cpuInfo("model name").orElse("unknown"),
                Runtime.getRuntime().availableProcessors(), vectorFlags());
    }

    public boolean hasFlag(String flag) {
        return cpuFlags.contains(flag);
    }

    private static String localHostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> cpuInfo(String key) {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return java.util.Optional.empty();
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The SIMD-relevant CPU flags (Linux only): what the vector species and FMA depend on. */
    private static List<String> vectorFlags() {
        var interesting = List.of("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512dq", "avx512vl", "avx512bw", "asimd", "sve");
        String flags = cpuInfo("flags").or(() -> cpuInfo("Features")).orElse("");
        var present = java.util.Set.of(flags.split("\\s+"));
        return interesting.stream().filter(present::contains).toList();
    }
}
