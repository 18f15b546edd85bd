package io.whyrelu.bench.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** A JDK found on disk: its home, and the version and vendor its {@code release} file declares. */
public record JdkInstallation(Path home, String version, String vendor) {

    /** Feature release (17, 25, ...), or 0 if the version string cannot be read. */
    public int feature() {
        return feature(version);
    }

    /** The feature release of a version string ("25.0.3" → 25, "1.8.0_402" → 8), or 0 if it cannot be read. */
    public static int feature(String version) {
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }

    public Path java() {
        return home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
    }

    /** Reads {@code home/release}; empty if home is not a JDK or JRE. */
    public static Optional<JdkInstallation> at(Path home) {
        Path release = home.resolve("release");
        Path java = home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        if (!Files.isRegularFile(release) || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String version = unquote(props.getProperty("JAVA_VERSION", ""));
        String vendor = unquote(props.getProperty("IMPLEMENTOR", "unknown"));
        return version.isEmpty() ? Optional.empty() : Optional.of(new JdkInstallation(home, version, vendor));
    }

    private static String unquote(String s) {
        s = s.trim();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
