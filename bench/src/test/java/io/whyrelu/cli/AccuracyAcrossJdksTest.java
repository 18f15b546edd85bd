package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.resultmodel.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * accuracy.json is the same on every JDK: the references use StrictMath where the JDKs' Math
 * differs (JDK 24+ compiles Math.tanh to an intrinsic with other last bits, which flipped a C5
 * count between JDK 17 and 25), and the SIMD side uses whyrelu's own vector math.
 */
class AccuracyAcrossJdksTest {

    @TempDir
    Path tmp;

    /** Another installed JDK ≥ 17 of a different feature version than this one. */
    private static Optional<Path> otherJdk() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        int here = Runtime.version().feature();
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                Path java = home.resolve("bin/java");
                if (!Files.isRegularFile(release) || !Files.isExecutable(java)) {
                    continue;
                }
                var m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                if (m.find() && Integer.parseInt(m.group(1)) >= 17 && Integer.parseInt(m.group(1)) != here) {
                    return Optional.of(java);
                }
            }
        }
        return Optional.empty();
    }

    private static ObjectNode withoutRunDetails(Path file) throws Exception {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        doc.remove(List.of("startedAt", "finishedAt", "durationSeconds", "jvm", "tool"));
        return doc;
    }

    @Test
    void anotherJdkWritesTheSameAccuracyJson() throws Exception {
        Optional<Path> other = otherJdk();
        Assumptions.assumeTrue(other.isPresent(), "SKIPPED: no second JDK >= 17 under /usr/lib/jvm");
        String[] args = {"accuracy", "--activations", "tanh,mish,gelu-tanh,sigmoid", "--seed", "7", "--quiet"};
        var here = CliRunner.run(Stream.concat(Stream.of(args), Stream.of("--out", tmp.resolve("here").toString())).toArray(String[]::new));
        assertEquals(0, here.exitCode(), here.err());
        Process p = new ProcessBuilder(Stream.concat(Stream.of(other.get().toString(), "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()), Stream.concat(Stream.of(args),
                Stream.of("--out", tmp.resolve("there").toString()))).toList()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("there.log").toFile()).start();
        Assumptions.assumeTrue(p.waitFor(5, TimeUnit.MINUTES), "the other JDK did not finish");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("there.log")));
        assertEquals(withoutRunDetails(tmp.resolve("here/accuracy.json")), withoutRunDetails(tmp.resolve("there/accuracy.json")),
                "the same seed gives the same accuracy.json on " + other.get());
    }
}
