package io.whyrelu.bench.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** JDKs installed in the usual places: this JVM, JAVA_HOME, the OS's JVM directories, SDKMAN and IDE downloads. */
public final class JdkFinder {

    private JdkFinder() {}

    public static List<JdkInstallation> find() {
        var candidates = new ArrayList<Path>();
        candidates.add(Path.of(System.getProperty("java.home")));
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        String home = System.getProperty("user.home", "");
        for (String dir : List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt", "/Library/Java/JavaVirtualMachines",
                home + "/.sdkman/candidates/java", home + "/.jdks")) {
            candidates.addAll(children(Path.of(dir)));
        }
        Map<Path, JdkInstallation> found = new LinkedHashMap<>();
        for (Path candidate : candidates) {
            Path macHome = candidate.resolve("Contents/Home");
            Path jdkHome = Files.isDirectory(macHome) ? macHome : candidate;
            JdkInstallation.at(jdkHome).ifPresent(jdk -> found.putIfAbsent(realPath(jdkHome), jdk));
        }
        return List.copyOf(found.values());
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
