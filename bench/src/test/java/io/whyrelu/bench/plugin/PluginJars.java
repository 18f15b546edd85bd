package io.whyrelu.bench.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds a plug-in jar from compiled test classes (with their nested classes) and service entries. */
public final class PluginJars {

    private PluginJars() {}

    /** @param services service interface name → implementing classes */
    public static Path write(Path jar, Map<String, List<Class<?>>> services) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var service : services.entrySet()) {
                StringBuilder lines = new StringBuilder();
                for (Class<?> c : service.getValue()) {
                    lines.append(c.getName()).append('\n');
                    addClass(out, c);
                }
                put(out, "META-INF/services/" + service.getKey(), lines.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static void addClass(JarOutputStream out, Class<?> c) throws IOException {
        Path root;
        try {
            root = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        String base = c.getName().replace('.', '/');
        Path dir = root.resolve(base).getParent();
        String simple = base.substring(base.lastIndexOf('/') + 1);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals(simple + ".class")
                    || p.getFileName().toString().startsWith(simple + "$")).toList()) {
                put(out, root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        try {
            out.putNextEntry(new JarEntry(name));
            out.write(bytes);
            out.closeEntry();
        } catch (java.util.zip.ZipException e) {
            if (!e.getMessage().contains("duplicate")) {
                throw e;
            }
        }
    }
}
