package io.whyrelu.bench.run;

import io.whyrelu.bench.env.EnvReport;
import io.whyrelu.bench.env.JvmProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the JVMs of a run: this one by default, or each {@code --jvm}, described from inside
 * with the run's JVM flags. With flags, this JVM too is described by a child started with them,
 * since they may change what it would report of itself (species, FMA).
 */
public final class JvmTargets {

    private JvmTargets() {}

    public static List<JvmTarget> resolve(List<String> jvmPaths, List<String> flags, String toolVersion) {
        Map<Path, JvmTarget> targets = new LinkedHashMap<>();
        if (jvmPaths.isEmpty()) {
            Path self = Path.of(System.getProperty("java.home"), "bin", "java");
            targets.put(self, new JvmTarget(self, flags, (flags.isEmpty() ? EnvReport.describe(toolVersion) : JvmProbe.describe(self, flags)).jvm()));
        }
        for (String text : jvmPaths) {
            Path java = JvmProbe.resolveJava(text);
            Path key = realPath(java);
            if (!targets.containsKey(key)) {
                targets.put(key, new JvmTarget(java, flags, JvmProbe.describe(java, flags).jvm()));
            }
        }
        return List.copyOf(targets.values());
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
