package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `whyrelu env` says whether `--native` can build the yardstick here, and with OpenBLAS or without (a fresh machine had none). */
class EnvCommandTest {

    @Test
    void envSaysWhatTheNativeYardstickWillHave() {
        var outcome = CliRunner.run("env");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("Native yardstick"), outcome.out());
        boolean blas = Files.isRegularFile(Path.of("/usr/include/x86_64-linux-gnu/cblas.h")) || Files.isRegularFile(Path.of("/usr/include/cblas.h"));
        assertTrue(outcome.out().contains(blas ? "batched shapes and OpenBLAS sgemv are measured" : "OpenBLAS missing (Debian: apt-get install libopenblas-dev)"),
                outcome.out());
    }
}
