package io.whyrelu.bench.warmup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flags, on the JVM that runs the tests: a loop named like a JMH stub that calls a slow
 * operation 5 000 times (a tenth of the tiered on-stack-replacement threshold) is compiled with
 * them and not without them, and a loop with another name keeps the JVM's thresholds. A
 * malformed CompileCommand only prints a warning, so nothing else would notice a typo.
 */
class JmhStubCompilationTest {

    /** The child JVM's program: two identical loops, one named like JMH's stubs. */
    public static final class Loops {
        static volatile double sink;

        public static void main(String[] args) {
            measure_thrpt_jmhStub();
            otherLoop();
        }

        static void measure_thrpt_jmhStub() {
            for (int i = 0; i < 5_000; i++) {
                sink += operation();
            }
        }

        static void otherLoop() {
            for (int i = 0; i < 5_000; i++) {
                sink += operation();
            }
        }

        /** A few microseconds of work, so the loops' own back-edges stay few. */
        static double operation() {
            double s = 0;
            for (int j = 0; j < 2_000; j++) {
                s += Math.sqrt(j + sink);
            }
            return s;
        }
    }

    @Test
    void onlyTheStubCompilesEarly() throws Exception {
        String with = printCompilation(JmhStubCompilation.flags());
        assertTrue(compiled(with, "measure_thrpt_jmhStub"), "the stub compiles within 5 000 back-edges:\n" + with);
        assertFalse(compiled(with, "otherLoop"), "other code keeps the JVM's thresholds");
        assertFalse(compiled(printCompilation(List.of()), "measure_thrpt_jmhStub"), "without the flags the stub stays interpreted");
    }

    private static boolean compiled(String printCompilation, String method) {
        return printCompilation.lines().anyMatch(l -> l.contains("Loops::" + method));
    }

    private static String printCompilation(List<String> flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(flags);
        command.addAll(List.of("-XX:+PrintCompilation", "-cp", System.getProperty("java.class.path"), Loops.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0, out);
        return out;
    }
}
