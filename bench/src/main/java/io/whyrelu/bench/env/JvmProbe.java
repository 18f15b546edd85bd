package io.whyrelu.bench.env;

import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.manifest.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Describes another JVM by running {@code whyrelu env --json} inside it, with the flags benchmark
 * forks get: its version, vector species, FMA and kernel providers as that JVM sees them.
 */
public final class JvmProbe {

    private JvmProbe() {}

    /** The java executable for a JDK home or a path to java itself; the message says what is wrong. */
    public static Path resolveJava(String pathText) {
        Path path = Path.of(pathText).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            path = path.resolve("bin").resolve("java");
        }
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new IllegalArgumentException("--jvm " + pathText + ": no java executable there (give a JDK home or its bin/java)");
        }
        return path;
    }

    /** Checks the feature version is at least 17, then asks the JVM to describe itself. */
    public static Environment describe(Path java) {
        return describe(java, List.of());
    }

    /** As {@link #describe(Path)}, the JVM started with {@code flags} (a run's --jvm-args) as its forks will be. */
    public static Environment describe(Path java, List<String> flags) {
        String spec = run(List.of(java.toString(), "-XshowSettings:properties", "-version"), java)
                .lines().map(String::trim).filter(l -> l.startsWith("java.specification.version ="))
                .map(l -> l.substring(l.indexOf('=') + 1).trim()).findFirst().orElse("");
        int feature;
        try {
            feature = Integer.parseInt(spec.startsWith("1.") ? spec.substring(2) : spec);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--jvm " + java + ": does not report a Java version; is it a JDK?");
        }
        if (feature < 17) {
            throw new IllegalArgumentException("--jvm " + java + " is Java " + feature + "; whyrelu needs a JDK ≥ 17");
        }
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(flags);
        command.addAll(List.of("--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                "io.whyrelu.cli.Main", "env", "--json"));
        String out;
        try {
            out = run(command, java);
        } catch (IllegalArgumentException e) {
            throw flags.isEmpty() ? e : new IllegalArgumentException(e.getMessage() + " with --jvm-args '" + String.join(" ", flags) + "'");
        }
        int start = out.indexOf('{');
        try {
            Environment env = Json.MAPPER.readValue(start < 0 ? "" : out.substring(start), Environment.class);
            if (env == null || env.jvm() == null) {
                throw new IOException("no JVM description");
            }
            return env;
        } catch (IOException e) {
            throw new IllegalArgumentException("--jvm " + java + ": could not describe itself (" + firstLine(out) + ")");
        }
    }

    /** How long a JVM may take to describe itself. */
    static final long TIMEOUT_SECONDS = 60;

    private static String run(List<String> command, Path java) {
        Path output = null;
        try {
            // To a file, not a pipe: reading a pipe to its end would wait for a JVM that never exits, past the time limit.
            output = Files.createTempFile("whyrelu-probe", ".out");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(timeoutSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalArgumentException("--jvm " + java + ": did not answer within " + timeoutSeconds() + " s");
            }
            String out = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalArgumentException("--jvm " + java + ": failed to start (" + firstLine(out) + ")");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("--jvm " + java + ": cannot run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("--jvm " + java + ": interrupted");
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    /** The time limit; {@code whyrelu.probeTimeoutSeconds} shortens it for tests. */
    private static long timeoutSeconds() {
        return Long.getLong("whyrelu.probeTimeoutSeconds", TIMEOUT_SECONDS);
    }

    private static String firstLine(String out) {
        return out.lines().filter(l -> !l.startsWith("WARNING: Using incubator")).findFirst().orElse("no output");
    }
}
