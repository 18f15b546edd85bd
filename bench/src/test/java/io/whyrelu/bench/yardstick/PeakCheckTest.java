package io.whyrelu.bench.yardstick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.whyrelu.bench.env.LocalMachine;
import io.whyrelu.resultmodel.nativeyardstick.NativeResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FMA peak check keeps the loop it claims to time: built with the yardstick's flags, its loop
 * holds all twelve FMAs (the yardstick's own lost one on a Zen 4), and it reports the lanes the
 * build used. Needs gcc, and objdump for the instruction count (both in Debian's build tools).
 */
class PeakCheckTest {

    @TempDir
    Path tmp;

    private static boolean available(String tool) {
        try {
            NativeYardstick.exec(List.of(tool, "--version"), 30, Map.of());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void everyChainStaysInTheLoopAndTheFigureParses() throws IOException {
        assumeTrue(available("gcc"), "gcc is not installed");
        assumeTrue(LocalMachine.host().hasFlag("avx2") && LocalMachine.host().hasFlag("fma"), "the check needs AVX2 and FMA");
        Path binary = NativeYardstick.buildPeakCheck(tmp, Map.of());

        NativeResult r = NativeYardstick.parse(NativeResult.PEAK_CHECK, "", 0, 0, 0, 0, NativeYardstick.exec(List.of(binary.toString()), 120, Map.of()));
        assertTrue(r.value() > 1, r.line());
        assertTrue(r.line().contains("lanes=" + (LocalMachine.host().hasFlag("avx512f") ? 16 : 8)), r.line());

        assumeTrue(available("objdump"), "objdump is not installed");
        String main = NativeYardstick.exec(List.of("objdump", "-d", "--no-show-raw-insn", "--disassemble=main", binary.toString()), 60, Map.of());
        assertEquals(12, main.lines().filter(l -> l.contains("vfmadd")).count(), main);
    }

    /** Held to AVX2 the way a run with -XX:UseAVX=2 holds it: through a gcc wrapper first on the PATH given. */
    @Test
    void theGccOfTheGivenPathBuildsIt() throws IOException {
        assumeTrue(available("gcc"), "gcc is not installed");
        assumeTrue(LocalMachine.host().hasFlag("avx2") && LocalMachine.host().hasFlag("fma"), "the check needs AVX2 and FMA");
        Path wrappers = java.nio.file.Files.createDirectories(tmp.resolve("wrapper"));
        Path gcc = wrappers.resolve("gcc");
        java.nio.file.Files.writeString(gcc, "#!/bin/sh\nexec " + NativeYardstick.onPath("gcc", System.getenv("PATH")) + " \"$@\" -mno-avx512f\n");
        assertTrue(gcc.toFile().setExecutable(true));
        Path binary = NativeYardstick.buildPeakCheck(tmp, Map.of("PATH", wrappers + ":" + System.getenv("PATH")));
        assertTrue(NativeYardstick.exec(List.of(binary.toString()), 120, Map.of()).contains("lanes=8"));
    }
}
