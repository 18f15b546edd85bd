package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.bench.run.Preset;
import io.whyrelu.bench.run.RunConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Every documented option of {@code whyrelu run} parses; every bad input is one line, exit 2, nothing written. */
class RunOptionsTest {

    @TempDir
    Path tmp;

    private RunCommand parse(String... args) {
        RunCommand command = new RunCommand();
        Main.configure(new CommandLine(command)).parseArgs(args);
        return command;
    }

    @Test
    void parsesEveryDocumentedOption() {
        Path out = tmp.resolve("run");
        RunCommand c = parse("--preset", "smoke", "--activations", "relu,elu:alpha=2", "--impls", "scalar", "--shapes",
                "16x8,32x16x4", "--jvm", System.getProperty("java.home"), "--out", out.toString(), "--seed", "7", "--verbose",
                "--", "-f", "1", "-prof", "gc");
        RunConfig config = c.validate(new PrintWriter(new StringWriter()));
        assertEquals(Preset.SMOKE, config.preset());
        assertEquals(List.of("relu", "elu:alpha=2"), config.activations().stream().map(a -> a.spec()).toList());
        assertEquals(List.of("scalar"), config.impls());
        assertEquals("[16x8x1, 32x16x4]", config.shapes().toString());
        assertEquals("[16x8x1, 32x16x1]", config.latencyShapes().toString());
        assertEquals(1, config.jvms().size());
        assertEquals(out.toAbsolutePath(), config.out());
        assertEquals(7, config.seed());
        assertTrue(config.verbose());
        assertEquals(List.of("-f", "1", "-prof", "gc"), config.jmhArgs());
        assertTrue(Files.isDirectory(out), "the results directory is created once every check has passed");
    }

    @Test
    void defaultsComeFromTheQuickPreset() {
        RunConfig config = parse("--out", tmp.resolve("q").toString()).validate(new PrintWriter(new StringWriter()));
        assertEquals(Preset.QUICK, config.preset());
        assertEquals(13, config.activations().size());
        assertEquals(42, config.seed());
        assertFalse(config.verbose());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--activations swish|unknown activation 'swish'",
        "--activations elu:beta=1|unknown parameter 'beta' for elu",
        "--impls gpu|unknown implementation 'gpu'",
        "--shapes 256x|malformed shape '256x'",
        "--shapes 0x8|malformed shape '0x8': n must be > 0",
        "--shapes 65536x65536|too large",
        "--preset fast|Invalid value for option '--preset': expected one of [SMOKE, QUICK, STANDARD, FULL]",
        "--jvm /no/such/jdk|--jvm /no/such/jdk: no java executable there",
        "--seed x|Invalid value for option '--seed'",
        "--jvm-args UseAVX=2|is not a JVM option (they start with -)",
        "--jvm-args -XX:NoSuchFlagAnywhere|with --jvm-args '-XX:NoSuchFlagAnywhere'",
        "-- -jvmArgsAppend -XX:UseAVX=2|use --jvm-args",
    })
    void badInputIsOneLineExitTwoAndWritesNothing(String args, String message) throws Exception {
        Path out = tmp.resolve("never");
        List<String> argv = new java.util.ArrayList<>(List.of("run", "--out", out.toString()));
        argv.addAll(List.of(args.split(" ")));
        var outcome = CliRunner.run(argv.toArray(String[]::new));
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains(message), outcome.err());
        assertFalse(outcome.err().contains("\tat "), "no stack trace: " + outcome.err());
        assertFalse(Files.exists(out), "nothing written for bad input");
    }

    @Test
    void jvmOlderThan17IsRejected() throws Exception {
        Path fakeHome = CliRunner.fakeJdk(tmp.resolve("jdk11"), "echo '    java.specification.version = 11' >&2\nexit 0");
        var outcome = CliRunner.run("run", "--jvm", fakeHome.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("is Java 11; whyrelu needs a JDK ≥ 17"), outcome.err());
    }

    @Test
    void existingNonEmptyOrUnwritableOutIsRejected() throws Exception {
        Path used = tmp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("jmh.json"), "[]");
        var outcome = CliRunner.run("run", "--out", used.toString());
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("already contains files"), outcome.err());
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        outcome = CliRunner.run("run", "--out", file.resolve("sub").toString());
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("cannot be created"), outcome.err());
    }

    /** The run's JVM flags reach the JVM's description: -XX:UseAVX=2 plans for 256-bit vectors at most, as its forks will run. */
    @Test
    void jvmArgsAreSeenByTheJvmDescription() {
        RunConfig config = parse("--jvm-args", "-XX:UseAVX=2", "--out", tmp.resolve("avx2").toString())
                .validate(new PrintWriter(new StringWriter()));
        var jvm = config.jvms().get(0);
        assertEquals(List.of("-XX:UseAVX=2"), jvm.flags());
        assertTrue(jvm.vectorBits() <= 256, "species under -XX:UseAVX=2: " + jvm.species());
        assertTrue(jvm.label().endsWith(" -XX:UseAVX=2"), jvm.label());
    }

    @Test
    void badExpertJmhOptionsFailBeforeAnyBenchmark() {
        var outcome = CliRunner.run("run", "--out", tmp.resolve("j").toString(), "--", "-f", "many");
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("bad JMH option after --"), outcome.err());
        assertFalse(Files.exists(tmp.resolve("j")));
    }
}
