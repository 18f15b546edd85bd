package io.whyrelu.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it printed. */
final class CliRunner {

    record Outcome(int exitCode, String out, String err) {}

    private CliRunner() {}

    /** A JDK home whose bin/java is the given shell script: a JVM that misbehaves in a known way. */
    static Path fakeJdk(Path home, String script) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Path exe = home.resolve("bin/java");
        Files.writeString(exe, "#!/bin/sh\n" + script + "\n");
        exe.toFile().setExecutable(true);
        return home;
    }

    /**
     * Runs with picocli's own streams (System.out and System.err behind buffered writers), as
     * {@code main} does: output a command forgets to flush is lost here as it is in a terminal.
     */
    static synchronized Outcome runWithSystemStreams(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, false, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(args);
            return new Outcome(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    static synchronized Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream originalOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Outcome(code, out + stdout.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }
}
