package io.whyrelu.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
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
            targets.put(self, of(self, flags, flags.isEmpty() ? EnvReport.describe(toolVersion) : JvmProbe.describe(self, flags)));
        }
        for (String text : jvmPaths) {
            Path java = JvmProbe.resolveJava(text);
            Path key = realPath(java);
            if (!targets.containsKey(key)) {
                targets.put(key, of(java, flags, JvmProbe.describe(java, flags)));
            }
        }
        return List.copyOf(targets.values());
    }

    static JvmTarget of(Path java, List<String> flags, JsonNode description) {
        JsonNode jvm = description.path("jvm");
        List<String> available = new ArrayList<>();
        for (JsonNode p : jvm.path("providers")) {
            if (p.path("available").asBoolean()) {
                available.add(p.path("name").asText());
            }
        }
        return new JvmTarget(java, List.copyOf(flags), jvm.path("vendor").asText("unknown"), jvm.path("version").asText("unknown"),
                jvm.path("vectorSpecies").asText("none"), jvm.path("vectorBits").asInt(0), jvm.path("fma").asBoolean(),
                List.copyOf(available), description);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
