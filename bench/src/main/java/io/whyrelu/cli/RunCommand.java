package io.whyrelu.cli;

import io.whyrelu.bench.run.BenchmarkPlanner;
import io.whyrelu.bench.run.ForkHeap;
import io.whyrelu.bench.run.JmhExecutor;
import io.whyrelu.bench.run.JvmTarget;
import io.whyrelu.bench.run.JvmTargets;
import io.whyrelu.bench.run.OutputDirectory;
import io.whyrelu.bench.run.PlannedBenchmark;
import io.whyrelu.bench.run.Preset;
import io.whyrelu.bench.run.RunConfig;
import io.whyrelu.bench.run.RunWorkflow;
import io.whyrelu.bench.run.Shard;
import io.whyrelu.bench.yardstick.NativeYardstick;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.accuracy.PluginScreen;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.resultmodel.Shape;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
            description = "smoke (<1 min, CI), quick (default, ~16 min on 2 cores, 3 forks), standard (~1 h), full (hours).")
    Preset preset;

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

    @Option(names = "--shard", paramLabel = "I/N", description = "Run the I-th of N parts of the plan (a CI matrix job); "
            + "give every part the same --run-id, then `report` or `history add` the N directories together.")
    String shard;

    @Option(names = "--machine", paramLabel = "NAME", description = "Name this machine in the manifest and in history "
            + "(e.g. a CI runner type); default: its fingerprint (CPU model, cores, architecture, vector ISA).")
    String machineLabel;

    @Option(names = "--run-id", paramLabel = "ID", description = "Names the logical run in the manifest (default: a new one); "
            + "the shards of one run share it, e.g. the CI run's id.")
    String runId;

    @CommandLine.Mixin
    PluginOptions plugins = new PluginOptions();

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
        Shard part = shard == null ? null : parsedShard();
        if (part != null) {
            plan = part.select(plan);
        }
        String id = runId != null ? runId : java.util.UUID.randomUUID().toString();
        boolean ok = new RunWorkflow(config, Optional.ofNullable(baselineRun), lockWait, Version.get(), id, part, machineLabel).run(plan, System.out, err);
        return ok ? ExitCodes.OK : ExitCodes.FAILED;
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
        Preset p = preset;
        plugins.install();
        try {
            List<Activation> acts = activations != null ? Activations.parseList(activations) : presetActivations(p);
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
            PluginScreen.screen(acts, wanted.stream().map(Kernels::get).filter(k -> k.availability().available()).toList());
            err.flush();
            Path dir = OutputDirectory.prepare(out != null ? out : OutputDirectory.defaultFor("results"));
            return new RunConfig(p, acts, wanted, kernelShapes, latencyShapes, p.elementwiseSizes, targets, dir, seed, verbose,
                    List.copyOf(jmhArgs), !noAccuracy, yardstick, warmup == WarmupMode.STEADY);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The preset's activations, and every plug-in's (with defaults) that `all` did not already bring. */
    private static List<Activation> presetActivations(Preset p) {
        LinkedHashSet<Activation> acts = new LinkedHashSet<>(Activations.parseList(String.join(",", p.activations)));
        Activations.all().stream().filter(a -> a instanceof PluginActivation).forEach(acts::add);
        return List.copyOf(acts);
    }

    private Shard parsedShard() {
        try {
            return Shard.parse(shard);
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

    /** Parses the expert JMH options early, so a typo fails before any benchmark. */
    private static final class JmhExecutorCheck {
        static void check(List<String> args) {
            new JmhExecutor(Preset.SMOKE, args, true);
        }
    }
}
