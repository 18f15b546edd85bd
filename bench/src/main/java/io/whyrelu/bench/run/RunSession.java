package io.whyrelu.bench.run;

import io.whyrelu.resultmodel.BenchmarkKind;
import io.whyrelu.resultmodel.manifest.Manifest;

import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.resultmodel.nativeyardstick.NativeResults;
import io.whyrelu.resultmodel.json.AtomicFiles;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.steady.SteadyStateDocument;
import io.whyrelu.resultmodel.steady.WarmupSettings;
import io.whyrelu.reports.summary.SummaryText;
import io.whyrelu.reports.summary.ThroughputSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One {@code whyrelu run}: executes the plan benchmark by benchmark, keeps jmh.json current after
 * each (so an interrupted or partly failed run keeps everything that finished), records failures
 * and interruption in manifest.json, writes latency logs, and ends with the summary.
 */
public final class RunSession {

    private final RunConfig config;
    private final Manifest manifest;
    private final PrintStream console;
    private final boolean interactive;
    private final List<RunResult> results = new ArrayList<>();
    private final Object lock = new Object();
    private boolean finished;
    private String phase = "the benchmarks";
    private Thread hook;

    public RunSession(RunConfig config, Manifest manifest, PrintStream console, boolean interactive) {
        this.config = config;
        this.manifest = manifest;
        this.console = console;
        this.interactive = interactive;
    }

    /** Runs everything; returns true when every planned benchmark completed. */
    public boolean execute(List<PlannedBenchmark> plan) throws IOException {
        Path dir = config.out();
        Files.createDirectories(dir);
        manifest.startedAt = now();
        manifest.benchmarks.planned = plan.size();
        manifest.files.put("jmh", "jmh.json");
        manifest.files.put("log", "jmh.log");
        manifest.files.put("steadyState", SteadyStateDocument.FILE);
        writeManifest();
        writeJmhJson();
        hook = new Thread(this::onInterrupt, "whyrelu-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);

        JmhExecutor executor = new JmhExecutor(config.preset(), config.jmhArgs(), config.steadyWarmup());
        SteadyStateRecorder steady = new SteadyStateRecorder(WarmupSettings.DEFAULT.withMaxSeconds(config.preset().steadyWarmupCapSeconds));
        Progress progress = new Progress(console, interactive, plan, executor.plannedSeconds());
        List<String> latencyFiles = new ArrayList<>();
        try (steady; PrintStream log = new PrintStream(Files.newOutputStream(dir.resolve("jmh.log")), true, StandardCharsets.UTF_8)) {
            PrintStream jmhOut = config.verbose() ? new PrintStream(new Tee(log, console), true, StandardCharsets.UTF_8) : log;
            var output = new ProgressOutputFormat(OutputFormatFactory.createFormatInstance(jmhOut, VerboseMode.NORMAL), progress);
            int index = 0;
            for (PlannedBenchmark item : plan) {
                progress.start(item);
                boolean ok = false;
                ForkIterations iterations = new ForkIterations();
                output.track(iterations);
                Path warmupLog = steady.logFor(item, index++);
                try {
                    Collection<RunResult> run = executor.run(item, output, warmupLog);
                    if (run.isEmpty()) {
                        throw new IllegalStateException("JMH returned no result (benchmark not found in the jar?)");
                    }
                    synchronized (lock) {
                        results.addAll(run);
                        manifest.benchmarks.completed++;
                    }
                    writeJmhJson();
                    steady.collect(item, warmupLog, iterations);
                    Json.write(dir.resolve(SteadyStateDocument.FILE), steady.document(dir.resolve("jmh.json")));
                    if (BenchmarkKind.LATENCY.matches(item.benchmark())) {
                        latencyFiles.add(writeLatency(item, run));
                    }
                    ok = true;
                } catch (Exception e) {
                    log.println("whyrelu: FAILED " + item.label() + ": " + e);
                    synchronized (lock) {
                        Map<String, String> failure = new LinkedHashMap<>();
                        failure.put("benchmark", item.label());
                        failure.put("error", rootMessage(e));
                        manifest.benchmarks.failed.add(failure);
                    }
                }
                progress.finish(item, ok);
            }
            progress.close();
        }
        if (config.yardstick() != null) {
            measureNative();
        }
        synchronized (lock) {
            phase = "the accuracy suite or the report, after the benchmarks";
            if (!latencyFiles.isEmpty()) {
                manifest.files.put("latency", latencyFiles);
            }
            manifest.finishedAt = now();
            int failed = manifest.benchmarks.failed.size();
            manifest.status = failed == 0 ? "complete" : "incomplete";
            manifest.incompleteReason = failed == 0 ? null : failed + " of " + plan.size() + " benchmarks failed (see jmh.log)";
            writeManifest();
        }
        return manifest.benchmarks.failed.isEmpty();
    }

    /** The run is over (whatever came after the benchmarks included): Ctrl-C no longer marks it interrupted. */
    public void close() {
        synchronized (lock) {
            finished = true;
        }
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs and finds the run finished
            }
        }
    }

    /** The first failure's reason, for a run in which nothing completed. */
    public String firstFailure() {
        synchronized (lock) {
            return manifest.benchmarks.failed.isEmpty() ? "no benchmark was planned" : manifest.benchmarks.failed.get(0).get("benchmark")
                    + ": " + manifest.benchmarks.failed.get(0).get("error");
        }
    }

    /** The summary table of what this run measured, read back from its files like any other tool would. */
    public String summary() {
        return SummaryText.render(ThroughputSummary.of(RunLoader.load(config.out())));
    }

    /** The native yardstick, right after the JMH benchmarks: same machine, same session. */
    private void measureNative() {
        List<String> ids = config.activations().stream().filter(a -> a.spec().equals(a.id())).map(a -> a.id()).toList();
        try {
            Path build = Files.createTempDirectory("whyrelu-native");
            // JVMs held below the core's vector width (-XX:UseAVX=2 on AVX-512) get a yardstick held there too.
            boolean avx2Only = io.whyrelu.bench.env.LocalMachine.host().hasFlag("avx512f")
                    && config.jvms().stream().allMatch(j -> j.vectorBits() == 256);
            NativeResults results = config.yardstick().measure(build, config.shapes(), ids, config.elementwiseSizes(), avx2Only,
                    step -> console.println("  " + step));
            Json.write(config.out().resolve(NativeResults.FILE), results);
            if (results.note() != null) {
                console.println("  note: " + results.note());
            }
            synchronized (lock) {
                manifest.files.put("native", NativeResults.FILE);
            }
        } catch (IOException | RuntimeException e) {
            console.println("whyrelu: native yardstick failed: " + rootMessage(e));
            synchronized (lock) {
                manifest.files.put("nativeError", rootMessage(e));
            }
        }
    }

    private String writeLatency(PlannedBenchmark item, Collection<RunResult> run) throws IOException {
        String name = "latency/" + item.fileStem() + ".hlog";
        for (RunResult r : run) {
            Histogram h = LatencyLogs.write(config.out().resolve(name), r, config.preset().measurementMillis);
            synchronized (lock) {
                @SuppressWarnings("unchecked")
                var percentiles = (Map<String, Object>) manifest.files.computeIfAbsent("latencyPercentilesNs", k -> new LinkedHashMap<>());
                percentiles.put(item.label(), Map.of("p50", h.getValueAtPercentile(50), "p99", h.getValueAtPercentile(99),
                        "p99.9", h.getValueAtPercentile(99.9), "max", h.getMaxValue(), "samples", h.getTotalCount()));
            }
        }
        return name;
    }

    /** Ctrl-C, at any point until {@link #close}: keep what finished and say so in the manifest. */
    void onInterrupt() {
        synchronized (lock) {
            if (finished) {
                return;
            }
            manifest.status = "incomplete";
            manifest.incompleteReason = "interrupted by the user during " + phase + " (" + manifest.benchmarks.completed + " of "
                    + manifest.benchmarks.planned + " benchmarks completed)";
            manifest.finishedAt = now();
            try {
                writeManifest();
                writeJmhJson();
            } catch (IOException e) {
                System.err.println("whyrelu: could not record the interruption: " + e.getMessage());
            }
            System.err.println("\nwhyrelu: interrupted; " + manifest.benchmarks.completed + " benchmarks kept in " + config.out());
        }
    }

    private void writeManifest() throws IOException {
        synchronized (lock) {
            Json.write(config.out().resolve("manifest.json"), manifest);
        }
    }

    /** jmh.json in JMH's own format, written by JMH's own writer, atomically. */
    private void writeJmhJson() throws IOException {
        List<RunResult> snapshot;
        synchronized (lock) {
            snapshot = List.copyOf(results);
        }
        AtomicFiles.write(config.out().resolve("jmh.json"), out -> {
            PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
            ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(snapshot);
            ps.flush();
        });
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.toString() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Writes to two streams: JMH's text to the log and, with --verbose, to the terminal. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
