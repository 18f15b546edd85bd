package io.whyrelu.bench.yardstick;

import io.whyrelu.resultmodel.nativeyardstick.NativeResult;
import io.whyrelu.resultmodel.nativeyardstick.NativeResults;
import io.whyrelu.resultmodel.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The native yardstick (a C build of the same kernel: gcc -O3 -march=native -ffast-math, and
 * OpenBLAS for batches when installed), built from its directory and run right after the JMH
 * benchmarks, so Java figures can be quoted as ratios measured in one session. Single-threaded
 * (OPENBLAS_NUM_THREADS=1), like the Java benchmarks.
 *
 * <p>At batch 1 it measures both its own gemv loop and OpenBLAS sgemv; the faster is the
 * reference. When the JVMs were held to 256-bit vectors on an AVX-512 core (--jvm-args
 * -XX:UseAVX=2), the yardstick is held to the same ISA: gcc gets -mno-avx512f (through a wrapper,
 * so build.sh stays the one recipe) and OpenBLAS its Haswell kernels (OPENBLAS_CORETYPE).
 *
 * <p>Its FMA peak is checked against a loop of ours built with the same flags (fma_check.c, every
 * chain pinned in the loop): on a Zen 4 the yardstick's own 512-bit loop lost one chain of twelve
 * to gcc and reported 128 GFLOP/s where the core does 117 ({@link NativeResults#peak}).
 */
public final class NativeYardstick {

    /** The activations the yardstick implements. */
    public static final Set<String> ACTIVATIONS = Set.of("relu", "sigmoid", "tanh", "softplus", "silu", "gelu");

    /** How to get OpenBLAS, and what a yardstick without it lacks. */
    private static final String OPENBLAS_HINT = "(Debian: apt-get install libopenblas-dev): batch 1 is compared with the yardstick's "
            + "own gemv loop only, and batched shapes have no native figure";
    static final String NO_OPENBLAS = "OpenBLAS was not found when the yardstick was built " + OPENBLAS_HINT;

    /** Where build.sh looks for OpenBLAS's CBLAS header; without it the yardstick builds without OpenBLAS. */
    static final List<Path> CBLAS_HEADERS = List.of(Path.of("/usr/include/x86_64-linux-gnu/cblas.h"), Path.of("/usr/include/cblas.h"));

    /** What OpenBLAS calls the AVX2 + FMA kernels it picks on Haswell-class cores. */
    static final String OPENBLAS_AVX2_CORE = "Haswell";

    private final Path source;
    private Path binary;
    private boolean batchAvailable = true;
    private boolean blasGemvAvailable = true;
    /** Whether the build and OpenBLAS are held to AVX2 (see the class comment). */
    private boolean avx2Only;

    private NativeYardstick(Path source) {
        this.source = source;
    }

    /** Where build.sh and baseline.c are. */
    public Path directory() {
        return source;
    }

    /** Checks the directory and that gcc exists; the message says what is missing. */
    public static NativeYardstick at(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs.resolve("build.sh")) || !Files.isRegularFile(abs.resolve("baseline.c"))) {
            throw new IllegalArgumentException("--native " + dir + ": no build.sh and baseline.c there");
        }
        try {
            Process p = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalArgumentException("--native needs gcc, which did not run");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--native needs gcc, which is not installed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("--native: interrupted");
        }
        return new NativeYardstick(abs);
    }

    /**
     * Builds into {@code workDir} and measures peak, then each matching shape and size.
     *
     * @param avx2Only build and run for AVX2 even on an AVX-512 core, to match JVMs held to 256 bits
     */
    public NativeResults measure(Path workDir, List<Shape> shapes, List<String> activations, List<Integer> sizes,
            boolean avx2Only, java.util.function.Consumer<String> progress) throws IOException {
        Files.createDirectories(workDir);
        this.avx2Only = avx2Only;
        progress.accept("building the native yardstick" + (avx2Only ? " for AVX2" : ""));
        Map<String, String> buildEnvironment = buildEnvironment(workDir);
        String built = run(List.of("bash", source.resolve("build.sh").toString(), workDir.toString()), 300, buildEnvironment);
        binary = Path.of(built.strip().lines().reduce((a, b) -> b).orElse(workDir.resolve("baseline").toString()));
        List<NativeResult> results = new ArrayList<>();
        progress.accept("native peak");
        results.add(parse(NativeResult.PEAK, "", 0, 0, 0, 0, run(List.of(binary.toString(), "peak"), 300)));
        progress.accept("native peak check (every FMA chain kept)");
        Path check = buildPeakCheck(workDir, buildEnvironment);
        results.add(parse(NativeResult.PEAK_CHECK, "", 0, 0, 0, 0, run(List.of(check.toString()), 300)));
        for (Shape shape : shapes) {
            for (String a : activations) {
                if (!ACTIVATIONS.contains(a)) {
                    continue;
                }
                if (shape.batch() == 1) {
                    progress.accept("native gemv " + a + " " + shape);
                    results.add(parse(NativeResult.GEMV, a, shape.n(), shape.k(), 1, 0,
                            run(List.of(binary.toString(), "gemv", a, "" + shape.n(), "" + shape.k()), 300)));
                    if (blasGemvAvailable) {
                        progress.accept("native OpenBLAS sgemv " + a + " " + shape);
                        String out = run(List.of(binary.toString(), "blasgemv", a, "" + shape.n(), "" + shape.k()), 300);
                        if (out.contains("unavailable")) {
                            blasGemvAvailable = false;
                        } else {
                            results.add(parse(NativeResult.BLAS_GEMV, a, shape.n(), shape.k(), 1, 0, out));
                        }
                    }
                } else if (batchAvailable) {
                    progress.accept("native batch " + a + " " + shape);
                    String out = run(List.of(binary.toString(), "batch", a, "" + shape.n(), "" + shape.k(), "" + shape.batch()), 300);
                    if (out.contains("unavailable")) {
                        batchAvailable = false;
                    } else {
                        results.add(parse(NativeResult.BATCH, a, shape.n(), shape.k(), shape.batch(), 0, out));
                    }
                }
            }
        }
        for (int size : sizes) {
            for (String a : activations) {
                if (ACTIVATIONS.contains(a)) {
                    progress.accept("native act " + a + " " + size);
                    results.add(parse(NativeResult.ACT, a, 0, 0, 0, size, run(List.of(binary.toString(), "act", a, "" + size), 300)));
                }
            }
        }
        return new NativeResults(source.toString(), binary.toString(), results, isa(), note(results));
    }

    /** Builds fma_check.c (a resource) into workDir with the yardstick's flags; the environment's gcc holds it to AVX2 where needed. */
    static Path buildPeakCheck(Path workDir, Map<String, String> environment) throws IOException {
        Path source = workDir.resolve("fma_check.c");
        try (var in = NativeYardstick.class.getResourceAsStream("fma_check.c")) {
            if (in == null) {
                throw new IOException("fma_check.c is missing from the jar");
            }
            Files.copy(in, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path binary = workDir.resolve("fma_check");
        // The gcc of the environment's PATH (the AVX2 wrapper), found here: ProcessBuilder would look in this JVM's PATH.
        String gcc = onPath("gcc", environment.getOrDefault("PATH", systemPath()));
        exec(List.of(gcc, "-O3", "-march=native", "-ffast-math", "-o", binary.toString(), source.toString()), 120, environment);
        return binary;
    }

    /** What a reader of the native figures must know: a peak the check overrules, a missing OpenBLAS; null if nothing. */
    private String note(List<NativeResult> results) {
        List<String> notes = new ArrayList<>();
        NativeResults partial = new NativeResults("", "", results, null, null);
        double yardstickPeak = partial.yardstickPeak().orElse(Double.NaN);
        double peak = partial.peak().orElse(Double.NaN);
        if (peak < yardstickPeak) {
            notes.add(String.format(java.util.Locale.ROOT, "the yardstick's peak loop reported %.1f GFLOP/s, %.0f%% above a loop that keeps "
                    + "every FMA chain (%.1f): the compiler dropped work from its loop, so the native peak here is %.1f",
                    yardstickPeak, 100 * (yardstickPeak / peak - 1), peak, peak));
        }
        if (!batchAvailable || !blasGemvAvailable) {
            notes.add(NO_OPENBLAS);
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** How the yardstick was built and run, for native.json: what a reader must know to compare with it. */
    private String isa() {
        return avx2Only ? "AVX2: gcc -march=native -mno-avx512f, OPENBLAS_CORETYPE=" + OPENBLAS_AVX2_CORE
                : "native: gcc -march=native, OpenBLAS's own choice of kernel";
    }

    /** For an AVX2 build: a directory with a gcc that adds -mno-avx512f, first on the PATH. */
    private Map<String, String> buildEnvironment(Path workDir) throws IOException {
        if (!avx2Only) {
            return Map.of();
        }
        Path wrapperDir = Files.createDirectories(workDir.resolve("avx2-gcc"));
        Path gcc = wrapperDir.resolve("gcc");
        Files.writeString(gcc, "#!/bin/sh\n# the yardstick held to AVX2 (whyrelu run --jvm-args -XX:UseAVX=2)\nexec "
                + realGcc() + " \"$@\" -mno-avx512f\n", StandardCharsets.UTF_8);
        if (!gcc.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + gcc + " executable");
        }
        return Map.of("PATH", wrapperDir + java.io.File.pathSeparator + systemPath());
    }

    private static String realGcc() throws IOException {
        return onPath("gcc", systemPath());
    }

    private static String systemPath() {
        return System.getenv().getOrDefault("PATH", "/usr/bin");
    }

    /** What {@code --native} can use on this machine, one line each for gcc and OpenBLAS, for {@code whyrelu env}. */
    public static List<String> readiness() {
        String gcc;
        try {
            gcc = "gcc      " + realGcc();
        } catch (IOException e) {
            gcc = "gcc      missing: --native cannot build the yardstick (Debian: apt-get install gcc)";
        }
        String blas = CBLAS_HEADERS.stream().filter(Files::isRegularFile).findFirst()
                .map(h -> "OpenBLAS " + h + ": batched shapes and OpenBLAS sgemv are measured")
                .orElse("OpenBLAS missing " + OPENBLAS_HINT);
        return List.of(gcc, blas);
    }

    /** The first executable named {@code tool} in the directories of {@code path}. */
    static String onPath(String tool, String path) throws IOException {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path file = Path.of(dir, tool);
            if (Files.isExecutable(file)) {
                return file.toString();
            }
        }
        throw new IOException(tool + " is not on the PATH");
    }

    /** "native gemv act=relu n=256 K=256 ns_per_input=1234.5 gflops=90.12" → the figure of its kind. */
    static NativeResult parse(String kind, String activation, int n, int k, int batch, long size, String output) {
        String line = output.lines().filter(l -> l.startsWith("native ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("native yardstick printed no result: " + output.strip()));
        Map<String, String> fields = new LinkedHashMap<>();
        for (String token : line.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                fields.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        String key = kind.equals(NativeResult.ACT) ? "gelem_per_s" : "gflops";
        if (!fields.containsKey(key)) {
            throw new IllegalStateException("native yardstick output lacks " + key + ": " + line);
        }
        return new NativeResult(kind, activation, n, k, batch, size, Double.parseDouble(fields.get(key)), line);
    }

    private String run(List<String> command, int timeoutSeconds) throws IOException {
        return run(command, timeoutSeconds, Map.of());
    }

    private String run(List<String> command, int timeoutSeconds, Map<String, String> environment) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OPENBLAS_NUM_THREADS", "1");
        if (avx2Only) {
            env.put("OPENBLAS_CORETYPE", OPENBLAS_AVX2_CORE);
        }
        env.putAll(environment);
        return exec(command, timeoutSeconds, env);
    }

    /** Runs a command to its end; its output, or an IOException naming the command and what it printed. */
    static String exec(List<String> command, int timeoutSeconds, Map<String, String> environment) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
        return out;
    }
}
