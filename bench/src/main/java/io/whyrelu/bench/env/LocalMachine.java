package io.whyrelu.bench.env;

import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.core.kernel.VectorShape;
import io.whyrelu.kernels.simd.VectorSupport;
import io.whyrelu.resultmodel.manifest.Host;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** This machine and this JVM, described for manifests and {@code whyrelu env}. */
public final class LocalMachine {

    private LocalMachine() {}

    /** The machine this JVM runs on. */
    public static Host host() {
        return new Host(localHostname(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), cpuInfo("model name").orElse("unknown"),
                Runtime.getRuntime().availableProcessors(), vectorFlags(), memoryBytes());
    }

    /** This JVM, as the kernel lookup sees it: the vectors are those of the best available provider that uses any. */
    public static JvmDescription jvm() {
        var providers = Kernels.providers().stream()
                .map(s -> new JvmDescription.Provider(s.name(), s.availability().available(), s.availability().reason()))
                .toList();
        VectorShape vectors = Kernels.providers().stream().filter(s -> s.availability().available())
                .flatMap(s -> s.provider().vectors().stream()).findFirst().orElse(new VectorShape("none", 0));
        return new JvmDescription(System.getProperty("java.vendor"), System.getProperty("java.runtime.version",
                System.getProperty("java.version")), System.getProperty("java.vm.name"), System.getProperty("java.home"),
                vectors.species(), vectors.bits(), VectorSupport.hotspotUsesFma(), Kernels.preferred().provider().name(), providers);
    }

    /** Physical memory, from the OS as the JVM sees it; 0 when it cannot be read. */
    static long memoryBytes() {
        try {
            var os = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
            return os == null ? 0 : os.getTotalMemorySize();
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
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
