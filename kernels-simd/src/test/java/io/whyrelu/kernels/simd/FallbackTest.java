package io.whyrelu.kernels.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.kernel.Kernels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The lookup must fall back to scalar, and say why, in JVMs where the Vector API cannot pay off.
 * Each case starts a fresh JVM (the module set and the JIT are fixed at JVM start) running
 * {@link LookupReport}.
 */
class FallbackTest {

    /** Runs LookupReport in a child JVM with the given flags and returns what it printed. */
    static String lookupIn(String... jvmFlags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmFlags));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LookupReport.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void withoutTheModuleFallsBackToScalarAndSaysWhy() throws Exception {
        String out = lookupIn();
        assertTrue(out.contains("preferred=scalar"), out);
        assertTrue(out.contains("simd: the jdk.incubator.vector module is not in the boot layer (start the JVM with --add-modules jdk.incubator.vector)"), out);
    }

    @Test
    void withoutC2FallsBackToScalarAndSaysWhy() throws Exception {
        String out = lookupIn("--add-modules", "jdk.incubator.vector", "-XX:TieredStopAtLevel=1");
        assertTrue(out.contains("preferred=scalar"), out);
        assertTrue(out.contains("C2 is disabled (-XX:TieredStopAtLevel=1)"), out);
    }

    @Test
    void interpreterOnlyFallsBackToScalarAndSaysWhy() throws Exception {
        String out = lookupIn("--add-modules", "jdk.incubator.vector", "-Xint");
        assertTrue(out.contains("preferred=scalar"), out);
        assertTrue(out.contains("the JIT compiler is disabled (-Xint)"), out);
    }

    @Test
    void withTheModuleAndC2PrefersSimd() throws Exception {
        String out = lookupIn("--add-modules", "jdk.incubator.vector");
        assertTrue(out.contains("preferred=simd"), out);
        assertTrue(out.contains("fallbacks=[]"), out);
    }

    @Test
    @EnabledWhereSimdRuns
    void thisTestJvmHasTheModuleAndUsesSimd() {
        assertEquals("simd", Kernels.preferred().provider().name(), Kernels.providers().toString());
    }
}
