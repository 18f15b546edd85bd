package io.whyrelu.cli;

import io.whyrelu.bench.accuracy.AccuracySuite;
import io.whyrelu.bench.run.BenchmarkPlanner;
import io.whyrelu.bench.run.ForkHeap;
import io.whyrelu.bench.run.GitInfo;
import io.whyrelu.bench.run.JmhLock;
import io.whyrelu.bench.run.JmhExecutor;
import io.whyrelu.bench.run.JvmTarget;
import io.whyrelu.bench.run.JvmTargets;
import io.whyrelu.bench.env.LocalMachine;
import io.whyrelu.results.manifest.JvmEntry;
import io.whyrelu.results.manifest.Manifest;
import io.whyrelu.results.manifest.Tool;
import io.whyrelu.bench.run.OutputDirectory;
import io.whyrelu.bench.run.PlannedBenchmark;
import io.whyrelu.bench.run.Preset;
import io.whyrelu.bench.run.RunConfig;
import io.whyrelu.bench.run.RunSession;
import io.whyrelu.bench.yardstick.NativeYardstick;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.reports.accuracy.AccuracyText;
import io.whyrelu.reports.compare.Comparisons;
import io.whyrelu.reports.compare.Comparison;
import io.whyrelu.reports.compare.ComparisonFormat;
import io.whyrelu.results.jmh.InvalidResultsException;
import io.whyrelu.results.json.AtomicFiles;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.LockHeldException;
import io.whyrelu.reports.run.RunLock;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.results.accuracy.AccuracyDocument;
import io.whyrelu.results.json.Json;
import io.whyrelu.results.Shape;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whyrelu run}: the main job. Measures the kernels with JMH and writes one results directory. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark the kernels with JMH and write a results directory (jmh.json, manifest.json, "
                + "latency logs, jmh.log), then print a summary.",
            "Expert JMH options go after --, e.g. `whyrelu run -- -prof gc -f 2`; they override the preset."})
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", defaultValue = "quick", paramLabel = "NAME",
            description = "smoke (<1 min, CI), quick (default, ~5 min), standard, full.")
    String preset;

    @Option(names = "--activations", paramLabel = "LIST",
            description = "Comma-separated specs (e.g. relu,elu:alpha=2) or `all`. Default: the preset's.")
    String activations;

    @Option(names = "--impls", paramLabel = "LIST", description = "Implementations to measure: scalar,simd (default: all available).")
    String impls;

    @Option(names = "--shapes", paramLabel = "NxK[xB],...", description = "Kernel shapes, e.g. 256x256x1,256x256x64. Default: the preset's.")
    String shapes;

    @Option(names = "--jvm", paramLabel = "PATH", description = "Run the benchmarks on this JDK (home or bin/java); repeat for several.")
    List<String> jvms = new ArrayList<>();

    @Option(names = "--jvm-args", paramLabel = "FLAGS", description = "JVM flags for every fork, e.g. \"-XX:UseAVX=2\" to "
            + "measure the AVX2 code paths on an AVX-512 machine; space-separated, recorded in the manifest, and seen by the JVM "
            + "description (vector width, roofline flop count).")
    String jvmArgs;

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: results/<UTC timestamp>). Must be new or empty.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of networks and inputs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--verbose", description = "Show JMH's own output instead of only logging it to jmh.log.")
    boolean verbose;

    @Option(names = "--baseline", paramLabel = "DIR", description = "After the run, compare it with this earlier run (as "
            + "`whyrelu compare`); exit 1 on a regression.")
    Path baseline;

    @Option(names = "--no-accuracy", description = "Skip the accuracy and convexity suite that follows the benchmarks.")
    boolean noAccuracy;

    @Option(names = "--warmup", defaultValue = "STEADY", paramLabel = "MODE", description = "steady (default): each fork warms "
            + "up until the JIT is quiet and the throughput settled, then JMH's warm-up iterations; fixed: JMH's iterations alone "
            + "(for a long-warm-up reference run, e.g. -- -wi 10 -w 1s).")
    WarmupMode warmup;

    /** How forks warm up. */
    enum WarmupMode { STEADY, FIXED }

    @Option(names = "--native", paramLabel = "DIR", description = "Also build and run the native yardstick in DIR "
            + "(build.sh, baseline.c; needs gcc) right after the benchmarks, for same-session ratios.")
    Path nativeDir;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "-1", description = "How long to wait while another "
            + "benchmark run holds JMH's lock (default: as long as it takes; 0: give up at once, exit 2).")
    double lockWait;

    @Parameters(paramLabel = "JMH_OPTION", arity = "0..*", description = "JMH options, after --.")
    List<String> jmhArgs = new ArrayList<>();

    private RunData baselineRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RunConfig config = validate(err);
        List<PlannedBenchmark> plan = BenchmarkPlanner.plan(config);
        if (plan.isEmpty()) {
            throw new UsageException("nothing to run: no implementation is available on the selected JVMs");
        }

        try (RunLock claim = RunLock.claim(config.out()); JmhLock jmh = JmhLock.acquire(lockWait, System.out)) {
            Manifest manifest = manifest(config);
            System.out.printf("whyrelu run: %d benchmarks, preset %s, %d JVM(s), results in %s%n", plan.size(), config.preset().id(),
                    config.jvms().size(), config.out());
            RunSession session = new RunSession(config, manifest, System.out, System.console() != null);
            try {
                return runAndReport(config, plan, manifest, session, err);
            } finally {
                session.close();
            }
        } catch (LockHeldException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int runAndReport(RunConfig config, List<PlannedBenchmark> plan, Manifest manifest, RunSession session, PrintWriter err)
            throws Exception {
        boolean complete = session.execute(plan);
        if (manifest.benchmarks.completed == 0) {
            // Nothing to summarise or report: say why, once, rather than fail on an empty jmh.json.
            err.println("whyrelu run: no benchmark completed; the first failure was " + session.firstFailure() + " (see "
                    + config.out().resolve("jmh.log") + ")");
            err.flush();
            return ExitCodes.FAILED;
        }
        if (config.accuracy()) {
            complete &= accuracy(config, manifest);
        }
        System.out.println();
        System.out.print(session.summary());
        if (config.accuracy() && java.nio.file.Files.isRegularFile(config.out().resolve(AccuracyDocument.FILE))) {
            System.out.print(AccuracyText.verdicts(AccuracyDocument.read(config.out().resolve(AccuracyDocument.FILE))));
        }
        RunData thisRun = RunLoader.load(config.out());
        ReportCommand.write(List.of(thisRun), config.out().resolve("report.html"), Optional.empty());
        manifest.files.put("report", "report.html");
        manifest.files.put("summary", "summary.md");
        Json.write(config.out().resolve("manifest.json"), manifest);
        System.out.println("Report: " + config.out().resolve("report.html") + " (and summary.md)");
        System.out.println("Results: " + config.out());
        if (baselineRun != null) {
            Comparison comparison = Comparisons.compare(baselineRun, thisRun, 5, 0.05);
            System.out.println();
            System.out.print(ComparisonFormat.TEXT.render(comparison));
            AtomicFiles.writeString(config.out().resolve("compare.md"), ComparisonFormat.MARKDOWN.render(comparison));
            if (comparison.hasRegression()) {
                err.println("whyrelu run: regression against the baseline " + baseline);
                err.flush();
                return ExitCodes.FAILED;
            }
        }
        if (!complete) {
            err.println("whyrelu run: " + manifest.incompleteReason);
            err.flush();
        }
        return complete ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * The accuracy suite on the run's first JVM: in this process when that is this JVM without
     * extra flags, else in a child process on it with the run's flags, so accuracy.json describes
     * the JVM the benchmarks ran on (its ULP survey covers the vector width they used).
     */
    private boolean accuracy(RunConfig config, Manifest manifest) throws Exception {
        List<String> specs = config.activations().stream().map(Activation::spec).toList();
        List<String> impls = config.impls().stream().filter(config.accuracyJvm()::supports).toList();
        Path self = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        boolean ok;
        if (config.accuracyJvm().java().toRealPath().equals(self) && config.accuracyJvm().flags().isEmpty()) {
            var options = new AccuracySuite.Options(config.activations(), impls, false, config.seed(),
                    Runtime.getRuntime().availableProcessors(), AccuracySuite.SurrogateEffort.DEFAULT);
            Json.write(config.out().resolve(AccuracyDocument.FILE), AccuracyCommand.run(options, System.out));
            ok = true;
        } else {
            List<String> command = new ArrayList<>(List.of(config.accuracyJvm().java().toString()));
            command.addAll(JmhExecutor.FORK_FLAGS);
            command.addAll(List.of("-Xms1g", "-Xmx1g"));
            command.addAll(config.accuracyJvm().flags());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "accuracy", "--out",
                    config.out().toString(), "--seed", Long.toString(config.seed()), "--activations", String.join(",", specs),
                    "--impls", String.join(",", impls), "--quiet"));
            Process p = new ProcessBuilder(command).inheritIO().start();
            ok = p.waitFor() == 0;
        }
        manifest.files.put("accuracy", ok ? AccuracyDocument.FILE : null);
        if (!ok) {
            manifest.status = "incomplete";
            manifest.incompleteReason = "the accuracy suite failed on " + config.accuracyJvm().label();
        }
        Json.write(config.out().resolve("manifest.json"), manifest);
        return ok;
    }

    /** Every option checked before anything runs or is written; problems are UsageExceptions (exit 2). */
    RunConfig validate(PrintWriter err) {
        if (baseline != null) {
            try {
                baselineRun = RunLoader.load(baseline);
            } catch (InvalidResultsException e) {
                throw new UsageException("--baseline: " + e.getMessage());
            }
        }
        Preset p;
        try {
            p = Preset.valueOf(preset.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown preset '" + preset + "'; valid: smoke, quick, standard, full");
        }
        try {
            List<Activation> acts = Activations.parseList(activations != null ? activations : String.join(",", p.activations));
            List<Shape> kernelShapes = shapes != null ? parseShapes(shapes) : p.shapes;
            List<Shape> latencyShapes = shapes != null ? distinctSingleInput(kernelShapes) : p.latencyShapes;
            ForkHeap.check(kernelShapes);
            JmhExecutorCheck.check(jmhArgs);
            NativeYardstick yardstick = nativeDir == null ? null : NativeYardstick.at(nativeDir);
            boolean explicitImpls = impls != null;
            List<String> wanted = explicitImpls ? Kernels.parseNames(impls) : Kernels.names();
            List<JvmTarget> targets = JvmTargets.resolve(jvms, jvmFlags(jvmArgs), Version.get());
            for (JvmTarget jvm : targets) {
                for (String impl : wanted) {
                    if (!jvm.supports(impl)) {
                        String why = impl + " is unavailable on " + jvm.label() + ": " + jvm.reasonUnavailable(impl);
                        if (explicitImpls) {
                            throw new UsageException(why);
                        }
                        err.println("whyrelu run: note: " + why + "; measuring the others there");
                    }
                }
            }
            err.flush();
            Path dir = OutputDirectory.prepare(out != null ? out : OutputDirectory.defaultFor("results"));
            return new RunConfig(p, acts, wanted, kernelShapes, latencyShapes, p.elementwiseSizes, targets, dir, seed, verbose,
                    List.copyOf(jmhArgs), !noAccuracy, yardstick, warmup == WarmupMode.STEADY);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** --jvm-args split at whitespace; each must be a JVM option (start with -), not a main class or file. */
    static List<String> jvmFlags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> flags = List.of(text.trim().split("\\s+"));
        for (String f : flags) {
            if (!f.startsWith("-")) {
                throw new IllegalArgumentException("--jvm-args '" + text + "': '" + f + "' is not a JVM option (they start with -)");
            }
        }
        return flags;
    }

    private static List<Shape> parseShapes(String text) {
        List<Shape> result = new ArrayList<>();
        for (String s : text.split(",", -1)) {
            if (s.isBlank()) {
                throw new IllegalArgumentException("empty shape in --shapes '" + text + "'");
            }
            result.add(Shape.parse(s));
        }
        return List.copyOf(new LinkedHashSet<>(result));
    }

    private static List<Shape> distinctSingleInput(List<Shape> shapes) {
        LinkedHashSet<Shape> single = new LinkedHashSet<>();
        shapes.forEach(s -> single.add(new Shape(s.n(), s.k(), 1)));
        return List.copyOf(single);
    }

    private Manifest manifest(RunConfig config) {
        Manifest m = new Manifest();
        m.tool = new Tool("whyrelu", Version.get());
        m.git = GitInfo.of(Path.of("").toAbsolutePath());
        m.host = LocalMachine.host();
        for (JvmTarget jvm : config.jvms()) {
            m.jvms.add(new JvmEntry(jvm.java().toString(), jvm.description(), JmhExecutor.FORK_FLAGS, jvm.flags(),
                    "fixed (-Xms = -Xmx), max(1 GiB, 4 · n·K floats + 256 MiB) per benchmark",
                    jvm.lanes() > 0 ? "measured" : "skipped: no vector species in use"));
        }
        m.preset = config.preset().id();
        m.options.put("activations", config.activations().stream().map(Activation::spec).toList());
        m.options.put("impls", config.impls());
        m.options.put("shapes", config.shapes().stream().map(Shape::toString).toList());
        m.options.put("latencyShapes", config.latencyShapes().stream().map(s -> s.n() + "x" + s.k()).toList());
        m.options.put("elementwiseSizes", config.elementwiseSizes());
        m.options.put("forks", config.preset().forks);
        m.options.put("warmup", (config.steadyWarmup() ? "to steady state (cap " + config.preset().steadyWarmupCapSeconds + " s), then "
                : "fixed: ") + config.preset().warmupIterations + " x " + config.preset().warmupMillis + " ms");
        m.options.put("measurement", config.preset().measurementIterations + " x " + config.preset().measurementMillis + " ms");
        m.options.put("jmhArgs", config.jmhArgs());
        m.options.put("native", nativeDir == null ? null : nativeDir.toAbsolutePath().toString());
        m.seed = config.seed();
        return m;
    }

    /** Parses the expert JMH options early, so a typo fails before any benchmark. */
    private static final class JmhExecutorCheck {
        static void check(List<String> args) {
            new JmhExecutor(Preset.SMOKE, args, true);
        }
    }
}
