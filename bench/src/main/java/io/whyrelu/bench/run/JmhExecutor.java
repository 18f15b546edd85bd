package io.whyrelu.bench.run;

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
 * flags: the Vector API module and a fixed heap, so nothing varies silently between runs. Expert
 * JMH options passed after {@code --} take precedence over the preset's.
 */
public final class JmhExecutor {

    /** Flags every fork gets; the heap is fixed so GC sizing cannot differ between runs or machines. */
    public static final List<String> FORK_FLAGS = List.of("--add-modules", "jdk.incubator.vector", "-Xms1g", "-Xmx1g");

    private final Preset preset;
    private final CommandLineOptions expert;

    /** @throws IllegalArgumentException if the expert JMH options do not parse */
    public JmhExecutor(Preset preset, List<String> jmhArgs) {
        this.preset = preset;
        this.expert = parse(jmhArgs);
    }

    static CommandLineOptions parse(List<String> jmhArgs) {
        if (jmhArgs.isEmpty()) {
            return null;
        }
        try {
            return new CommandLineOptions(jmhArgs.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new IllegalArgumentException("bad JMH option after --: " + e.getMessage());
        }
    }

    public Collection<RunResult> run(PlannedBenchmark item, OutputFormat output) throws RunnerException {
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
        b.jvmArgs(FORK_FLAGS.toArray(String[]::new));
        b.shouldFailOnError(true);
        b.timeout(TimeValue.minutes(10));
        return new Runner(b.build(), output).run();
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
        return Math.max(1, forks) * ((wi * w + mi * m) / 1000.0 + 0.8);
    }
}
