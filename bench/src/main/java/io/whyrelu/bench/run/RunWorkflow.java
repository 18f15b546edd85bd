package io.whyrelu.bench.run;

import io.whyrelu.bench.accuracy.AccuracyRun;
import io.whyrelu.bench.accuracy.AccuracySuite;
import io.whyrelu.bench.plugin.PluginEntries;
import io.whyrelu.core.activation.spi.PluginException;
import io.whyrelu.core.activation.spi.PluginRegistry;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.bench.env.LocalMachine;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.reports.accuracy.AccuracyText;
import io.whyrelu.reports.compare.Comparison;
import io.whyrelu.reports.compare.ComparisonFormat;
import io.whyrelu.reports.compare.Comparisons;
import io.whyrelu.reports.compare.GateSettings;
import io.whyrelu.reports.html.ReportFiles;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.reports.run.RunLock;
import io.whyrelu.resultmodel.Shape;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.json.AtomicFiles;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.manifest.JvmEntry;
import io.whyrelu.resultmodel.manifest.Manifest;
import io.whyrelu.resultmodel.manifest.Tool;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code whyrelu run} once its options are checked: claims the results directory and JMH's lock,
 * runs the plan, then the accuracy suite (in this JVM, or in a child on the run's first JVM with
 * its flags), prints the summary, writes the report, and compares with a baseline when given one.
 * The manifest is written when the run starts and whenever its state changes.
 */
public final class RunWorkflow {

    /** The command line the accuracy child runs (by name: this module does not depend on the CLI's). */
    private static final String CLI_MAIN = "io.whyrelu.cli.Main";

    private final RunConfig config;
    private final Optional<RunData> baseline;
    private final double lockWaitSeconds;
    private final String toolVersion;
    private final String runId;
    private final Shard shard;
    private final String machineLabel;

    /**
     * @param lockWaitSeconds how long to wait for JMH's lock; negative: as long as it takes
     * @param runId           the logical run this directory belongs to (its shards share it)
     * @param shard           the part of the plan this directory runs, or null for the whole plan
     * @param machineLabel    the user's name for this machine, or null for its fingerprint
     */
    public RunWorkflow(RunConfig config, Optional<RunData> baseline, double lockWaitSeconds, String toolVersion, String runId,
            Shard shard, String machineLabel) {
        this.config = config;
        this.baseline = baseline;
        this.lockWaitSeconds = lockWaitSeconds;
        this.toolVersion = toolVersion;
        this.runId = runId;
        this.shard = shard;
        this.machineLabel = machineLabel;
    }

    /** Whether the run completed, its accuracy suite too, without a regression against the baseline. */
    public boolean run(List<PlannedBenchmark> plan, PrintStream out, PrintWriter err) throws Exception {
        try (RunLock claim = RunLock.claim(config.out()); JmhLock jmh = JmhLock.acquire(lockWaitSeconds, out)) {
            Manifest manifest = manifest();
            out.printf("whyrelu run: %d benchmarks%s, preset %s, %d JVM(s), results in %s%n", plan.size(),
                    shard == null ? "" : " (shard " + shard + " of run " + runId + ")", config.preset().id(), config.jvms().size(), config.out());
            RunSession session = new RunSession(config, manifest, out, System.console() != null);
            try {
                return runAndReport(plan, manifest, session, out, err);
            } finally {
                session.close();
            }
        }
    }

    private boolean runAndReport(List<PlannedBenchmark> plan, Manifest manifest, RunSession session, PrintStream out, PrintWriter err)
            throws Exception {
        boolean complete = session.execute(plan);
        if (manifest.benchmarks.completed == 0) {
            // Nothing to summarise or report: say why, once, rather than fail on an empty jmh.json.
            err.println("whyrelu run: no benchmark completed; the first failure was " + session.firstFailure() + " (see "
                    + config.out().resolve("jmh.log") + ")");
            err.flush();
            return false;
        }
        if (config.accuracy()) {
            complete &= accuracy(manifest, out);
        }
        out.println();
        out.print(session.summary());
        Path accuracyFile = config.out().resolve(AccuracyDocument.FILE);
        if (config.accuracy() && Files.isRegularFile(accuracyFile)) {
            out.print(AccuracyText.verdicts(AccuracyDocument.read(accuracyFile)));
        }
        RunData thisRun = RunLoader.load(config.out());
        ReportFiles.write(List.of(thisRun), config.out().resolve(ReportFiles.HTML), Optional.empty(), toolVersion);
        manifest.files.put("report", ReportFiles.HTML);
        manifest.files.put("summary", ReportFiles.SUMMARY);
        Json.write(config.out().resolve(Manifest.FILE), manifest);
        out.println("Report: " + config.out().resolve(ReportFiles.HTML) + " (and " + ReportFiles.SUMMARY + ")");
        out.println("Results: " + config.out());
        if (baseline.isPresent()) {
            Comparison comparison = Comparisons.compare(baseline.get(), thisRun, GateSettings.defaults());
            out.println();
            out.print(ComparisonFormat.TEXT.render(comparison));
            AtomicFiles.writeString(config.out().resolve("compare.md"), ComparisonFormat.MARKDOWN.render(comparison));
            if (comparison.hasRegression()) {
                err.println("whyrelu run: regression against the baseline " + baseline.get().source());
                err.flush();
                return false;
            }
        }
        if (!complete) {
            err.println("whyrelu run: " + manifest.incompleteReason);
            err.flush();
        }
        return complete;
    }

    /**
     * The accuracy suite on the run's first JVM: in this process when that is this JVM without
     * extra flags, else in a child process on it with the run's flags, so accuracy.json describes
     * the JVM the benchmarks ran on (its ULP survey covers the vector width they used).
     */
    private boolean accuracy(Manifest manifest, PrintStream out) throws Exception {
        List<String> specs = config.activations().stream().map(Activation::spec).toList();
        List<String> impls = config.impls().stream().filter(config.accuracyJvm()::supports).toList();
        Path self = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        boolean ok;
        if (config.accuracyJvm().java().toRealPath().equals(self) && config.accuracyJvm().flags().isEmpty()) {
            var options = new AccuracySuite.Options(config.activations(), impls, false, config.seed(),
                    Runtime.getRuntime().availableProcessors(), AccuracySuite.SurrogateEffort.DEFAULT);
            try {
                Json.write(config.out().resolve(AccuracyDocument.FILE), AccuracyRun.run(options, out, toolVersion));
                ok = true;
            } catch (PluginException e) {
                // The benchmarks' results stand; the run is incomplete, and says why.
                out.println("whyrelu run: " + e.getMessage());
                ok = false;
            }
        } else {
            List<String> command = new ArrayList<>(List.of(config.accuracyJvm().java().toString()));
            command.addAll(JmhExecutor.FORK_FLAGS);
            command.addAll(config.accuracyJvm().quietFlags());
            command.addAll(List.of("-Xms1g", "-Xmx1g"));
            command.addAll(config.accuracyJvm().flags());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), CLI_MAIN, "accuracy", "--out",
                    config.out().toString(), "--seed", Long.toString(config.seed()), "--activations", String.join(",", specs),
                    "--impls", String.join(",", impls), "--quiet"));
            PluginRegistry.current().jars().forEach(j -> command.addAll(List.of("--plugin", j.toString())));
            Process p = new ProcessBuilder(command).inheritIO().start();
            ok = p.waitFor() == 0;
        }
        manifest.files.put("accuracy", ok ? AccuracyDocument.FILE : null);
        if (!ok) {
            manifest.status = "incomplete";
            manifest.incompleteReason = "the accuracy suite failed on " + config.accuracyJvm().label();
        }
        Json.write(config.out().resolve(Manifest.FILE), manifest);
        return ok;
    }

    /** manifest.json as the run starts: what will run, where, with what. */
    private Manifest manifest() {
        Manifest m = new Manifest();
        m.tool = new Tool("whyrelu", toolVersion);
        m.runId = runId;
        m.shard = shard == null ? null : shard.toString();
        m.git = GitInfo.of(Path.of("").toAbsolutePath());
        m.host = LocalMachine.host();
        m.machine = machineLabel != null && !machineLabel.isBlank() ? machineLabel : m.host.fingerprint();
        for (JvmTarget jvm : config.jvms()) {
            m.jvms.add(new JvmEntry(jvm.java().toString(), jvm.description(),
                    JmhExecutor.sharedForkFlags(jvm, config.steadyWarmup()), jvm.flags(),
                    "fixed (-Xms = -Xmx), max(1 GiB, 4 · n·K floats + 256 MiB) per benchmark",
                    jvm.lanes() > 0 ? "measured" : "skipped: no vector species in use"));
        }
        Preset p = config.preset();
        m.preset = p.id();
        m.options.put("activations", config.activations().stream().map(Activation::spec).toList());
        m.options.put("impls", config.impls());
        m.options.put("shapes", config.shapes().stream().map(Shape::toString).toList());
        m.options.put("latencyShapes", config.latencyShapes().stream().map(s -> s.n() + "x" + s.k()).toList());
        m.options.put("elementwiseSizes", config.elementwiseSizes());
        m.options.put("forks", p.forks);
        m.options.put("warmup", (config.steadyWarmup() ? "to steady state (cap " + p.steadyWarmupCapSeconds + " s), then " : "fixed: ")
                + p.warmupIterations + " x " + p.warmupMillis + " ms");
        m.options.put("measurement", p.measurementIterations + " x " + p.measurementMillis + " ms");
        m.options.put("jmhArgs", config.jmhArgs());
        m.options.put("native", config.yardstick() == null ? null : config.yardstick().directory().toString());
        m.seed = config.seed();
        m.plugins.addAll(PluginEntries.of(config.activations(), config.impls().stream().map(Kernels::get)
                .filter(k -> k.availability().available()).toList()));
        return m;
    }
}
