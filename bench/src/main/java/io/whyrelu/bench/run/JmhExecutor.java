package io.whyrelu.bench.run;

import io.whyrelu.bench.warmup.JmhStubCompilation;
import io.whyrelu.bench.warmup.SteadyStateWarmup;
import io.whyrelu.core.activation.spi.PluginRegistry;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one planned benchmark through JMH's Runner API, in forks on the planned JVM with fixed
 * flags: the Vector API module and a fixed heap sized from the shape, so nothing varies silently
 * between runs. Expert
 * JMH options passed after {@code --} take precedence over the preset's.
 */
public final class JmhExecutor {

    /** Flags every fork gets, besides its heap (fixed, sized from the shape: {@link ForkHeap}). */
    public static final List<String> FORK_FLAGS = List.of("--add-modules", "jdk.incubator.vector");

    private final Preset preset;
    private final CommandLineOptions expert;
    private final boolean steadyWarmup;

    /**
     * @param steadyWarmup whether forks warm up to steady state before JMH's warm-up iterations
     *                     (else JMH's fixed iterations alone, e.g. for a long-warm-up reference run)
     * @throws IllegalArgumentException if the expert JMH options do not parse
     */
    public JmhExecutor(Preset preset, List<String> jmhArgs, boolean steadyWarmup) {
        this.preset = preset;
        this.expert = parse(jmhArgs);
        this.steadyWarmup = steadyWarmup;
    }

    private static final String JVM_FLAGS_INSTEAD = "use --jvm-args, which the JVM's description, the roofline's flop count "
            + "and the manifest see too (-XX:UseAVX=2 halves the vector width the run must plan for)";

    /**
     * JMH options that would change what is run or where results go behind the plan's back, with
     * what to use instead. (Silently ignored before, or worse: a benchmark regex added results the
     * plan knew nothing of.)
     */
    static final java.util.Map<String, String> CONFLICTING = java.util.Map.ofEntries(
            java.util.Map.entry("-p", "set params with --activations, --impls, --shapes and --seed"),
            java.util.Map.entry("-jvm", "use --jvm PATH"),
            java.util.Map.entry("-jvmArgs", JVM_FLAGS_INSTEAD),
            java.util.Map.entry("-jvmArgsAppend", JVM_FLAGS_INSTEAD),
            java.util.Map.entry("-jvmArgsPrepend", JVM_FLAGS_INSTEAD),
            java.util.Map.entry("-e", "choose benchmarks with --activations, --impls and --shapes"),
            java.util.Map.entry("-opi", "whyrelu sets operations per invocation from the shape"),
            java.util.Map.entry("-rf", "whyrelu writes jmh.json itself"),
            java.util.Map.entry("-rff", "whyrelu writes jmh.json itself"),
            java.util.Map.entry("-o", "JMH's output goes to jmh.log (or the terminal with --verbose)"),
            java.util.Map.entry("-h", "see `whyrelu run --help`; JMH's own options are listed by `java -jar whyrelu.jar -h` through JMH's main"),
            java.util.Map.entry("-l", "nothing would run"), java.util.Map.entry("-lp", "nothing would run"),
            java.util.Map.entry("-lrf", "nothing would run"), java.util.Map.entry("-lprof", "nothing would run"));

    static CommandLineOptions parse(List<String> jmhArgs) {
        if (jmhArgs.isEmpty()) {
            return null;
        }
        for (String arg : jmhArgs) {
            String why = CONFLICTING.get(arg);
            if (why != null) {
                throw new IllegalArgumentException("JMH option " + arg + " after -- conflicts with whyrelu's plan: " + why);
            }
        }
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new IllegalArgumentException("bad JMH option after --: " + e.getMessage());
        }
        if (!options.getIncludes().isEmpty()) {
            throw new IllegalArgumentException("a benchmark selection after -- (" + String.join(" ", options.getIncludes())
                    + ") conflicts with whyrelu's plan: choose benchmarks with --activations, --impls and --shapes");
        }
        return options;
    }

    /** @param warmupLog the file each fork appends its warm-up outcome to */
    public Collection<RunResult> run(PlannedBenchmark item, OutputFormat output, java.nio.file.Path warmupLog) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder();
        if (expert != null) {
            b.parent(expert);
        }
        b.include("^" + Pattern.quote(item.benchmark()) + "$");
        item.params().forEach(b::param);
        if (expert == null || !expert.getForkCount().hasValue()) {
            b.forks(preset.forks);
        }
        if (expert == null || !expert.getWarmupIterations().hasValue()) {
            b.warmupIterations(preset.warmupIterations);
        }
        if (expert == null || !expert.getWarmupTime().hasValue()) {
            b.warmupTime(TimeValue.milliseconds(preset.warmupMillis));
        }
        if (expert == null || !expert.getMeasurementIterations().hasValue()) {
            b.measurementIterations(preset.measurementIterations);
        }
        if (expert == null || !expert.getMeasurementTime().hasValue()) {
            b.measurementTime(TimeValue.milliseconds(preset.measurementMillis));
        }
        b.operationsPerInvocation(item.operationsPerInvocation());
        b.jvm(item.jvm().java().toString());
        List<String> flags = new java.util.ArrayList<>(sharedForkFlags(item.jvm(), steadyWarmup));
        flags.addAll(ForkHeap.flags(item));
        flags.addAll(item.jvm().flags());
        flags.addAll(warmupFlags(warmupLog));
        flags.addAll(PluginRegistry.current().forkProperty());
        b.jvmArgs(flags.toArray(String[]::new));
        b.shouldFailOnError(true);
        b.timeout(TimeValue.minutes(10));
        return new Runner(b.build(), output).run();
    }

    /**
     * The flags every fork on {@code jvm} gets, whatever the benchmark (the manifest records them):
     * the Vector API module, the JDK's quiet flags, and, with the steady-state warm-up, JMH's loop
     * compiled early (JmhStubCompilation). A fixed warm-up is JMH's own, unchanged.
     */
    public static List<String> sharedForkFlags(JvmTarget jvm, boolean steadyWarmup) {
        List<String> flags = new java.util.ArrayList<>(FORK_FLAGS);
        flags.addAll(jvm.quietFlags());
        if (steadyWarmup) {
            flags.addAll(JmhStubCompilation.flags());
        }
        return flags;
    }

    /** The system properties that configure the forks' steady-state warm-up (SteadyStateWarmup). */
    List<String> warmupFlags(java.nio.file.Path log) {
        if (!steadyWarmup) {
            return List.of("-D" + SteadyStateWarmup.ENABLED_PROPERTY + "=off");
        }
        return List.of("-D" + SteadyStateWarmup.MAX_SECONDS_PROPERTY + "=" + preset.steadyWarmupCapSeconds,
                "-D" + SteadyStateWarmup.LOG_PROPERTY + "=" + log.toAbsolutePath());
    }

    /** Planned seconds for one benchmark, expert options included: the basis of the ETA. */
    public double plannedSeconds() {
        boolean e = expert != null;
        int forks = e && expert.getForkCount().hasValue() ? expert.getForkCount().get() : preset.forks;
        int wi = e && expert.getWarmupIterations().hasValue() ? expert.getWarmupIterations().get() : preset.warmupIterations;
        int mi = e && expert.getMeasurementIterations().hasValue() ? expert.getMeasurementIterations().get() : preset.measurementIterations;
        double w = e && expert.getWarmupTime().hasValue() ? expert.getWarmupTime().get().convertTo(java.util.concurrent.TimeUnit.MILLISECONDS)
                : preset.warmupMillis;
        double m = e && expert.getMeasurementTime().hasValue()
                ? expert.getMeasurementTime().get().convertTo(java.util.concurrent.TimeUnit.MILLISECONDS) : preset.measurementMillis;
        // A steady-state warm-up typically takes 1-3 s on 2 cores (the JIT's time); the ETA learns the rest.
        return Math.max(1, forks) * ((wi * w + mi * m) / 1000.0 + 0.8 + (steadyWarmup ? 1.5 : 0));
    }
}
