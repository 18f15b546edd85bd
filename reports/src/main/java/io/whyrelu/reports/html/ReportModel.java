package io.whyrelu.reports.html;

import io.whyrelu.core.convexity.RepresentabilityCheck;
import io.whyrelu.reports.html.Charts.BarSeries;
import io.whyrelu.reports.accuracy.VerdictTable;
import io.whyrelu.reports.history.Machine;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.summary.ThroughputTables;
import io.whyrelu.reports.view.Cell;
import io.whyrelu.reports.view.Column;
import io.whyrelu.reports.view.Table;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.accuracy.ActivationAccuracy;
import io.whyrelu.resultmodel.accuracy.Verdict;
import io.whyrelu.resultmodel.manifest.Host;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import io.whyrelu.resultmodel.manifest.JvmEntry;
import io.whyrelu.resultmodel.manifest.Manifest;
import io.whyrelu.resultmodel.Shape;
import io.whyrelu.reports.summary.ThroughputSummary;
import io.whyrelu.reports.summary.ThroughputSummary.JvmSummary;
import io.whyrelu.reports.summary.ThroughputSummary.Rate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a report shows, computed from the runs: tables as lists of rows of strings (the template
 * escapes them) and charts as ECharts options. Several runs, or several JVMs in one run, become
 * side-by-side series named "run · JVM · impl".
 */
public final class ReportModel {

    /** One run × JVM: the unit that becomes a series. */
    record Source(String name, RunData run, JvmSummary summary) {}

    private final List<RunData> runs;
    private final List<Source> sources = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private int chartCount;

    public ReportModel(List<RunData> runs, Optional<TrendSection> trend) {
        this.runs = runs;
        boolean several = several();
        for (RunData run : runs) {
            for (JvmSummary s : ThroughputSummary.of(run)) {
                String name = several ? (runs.size() > 1 ? run.label() + " · " : "") + shortJvm(s.jvm()) : "";
                sources.add(new Source(name, run, s));
            }
        }
        kernelCharts();
        speedupChart();
        elementwiseChart();
        latencyChart();
        warmupChart();
        MethodCharts.of(runs).forEach(c -> charts.add(new Chart(nextId(), c.title(), c.caption(), c.option())));
        runs.stream().filter(r -> r.accuracy().isPresent()).findFirst().ifPresent(r -> accuracyCharts(r.accuracy().get()));
        trend.ifPresent(t -> charts.add(new Chart(nextId(), t.title(), t.caption(), t.option())));
    }

    public List<Chart> charts() {
        return charts;
    }

    /** Whether rows need to say which run and JVM they come from. */
    private boolean several() {
        return runs.size() > 1 || runs.stream().anyMatch(r -> r.results().stream().map(x -> x.jvmLabel()).distinct().count() > 1);
    }

    /** The header of the table of every result. */
    public List<String> resultsHeader() {
        return ResultsTable.header(several());
    }

    /** Every result of every run, secondaries included: the table any JMH file gets. */
    public List<List<String>> resultsRows() {
        return ResultsTable.rows(runs, several());
    }

    /** What a run's environment section shows: its label, where it was read from, and key/value entries. */
    public record EnvironmentSection(String label, String source, List<Entry> rows) {}

    /** One line of the environment: "CPU", "AMD EPYC, 2 cores, avx2 fma". */
    public record Entry(String key, String value) {}

    /** Environment: one section per run. */
    public List<EnvironmentSection> environment() {
        List<EnvironmentSection> out = new ArrayList<>();
        for (RunData run : runs) {
            Manifest man = run.manifest().orElse(null);
            List<Entry> rows = new ArrayList<>();
            if (man != null) {
                add(rows, "status", man.status + (man.incompleteReason != null ? " (" + man.incompleteReason + ")" : ""));
                add(rows, "preset", String.valueOf(man.preset));
                add(rows, "tool", man.tool == null ? "" : man.tool.name() + " " + man.tool.version());
                add(rows, "git", man.git != null ? man.git.commit() + (man.git.dirty() ? " (dirty)" : "") : "not a repository");
                add(rows, "started", man.startedAt + ", finished " + (man.finishedAt == null ? "" : man.finishedAt));
                Host host = man.host;
                if (host != null) {
                    add(rows, "host", host.hostname() + ", " + host.os() + " " + host.arch());
                    add(rows, "CPU", host.cpuModel() + ", " + host.cores() + " cores, " + String.join(" ", host.cpuFlags()));
                }
                for (JvmEntry jvm : man.jvms) {
                    JvmDescription d = jvm.description();
                    add(rows, "JVM", d.vendor() + " " + d.version() + ", " + d.vectorSpecies() + ", FMA " + (d.fma() ? "yes" : "no")
                            + ", active provider " + d.preferredProvider());
                }
                add(rows, "seed", Long.toString(man.seed));
                add(rows, "benchmarks", man.benchmarks.completed + " of " + man.benchmarks.planned + " completed");
            } else {
                add(rows, "note", "a JMH result file without whyrelu's manifest");
                run.results().stream().map(r -> r.jvmLabel()).distinct().forEach(j -> add(rows, "JVM", j));
            }
            out.add(new EnvironmentSection(run.label(), run.source().toString(), rows));
        }
        return out;
    }
    /** Kernel and element-wise throughput tables, each per source. */
    public List<Table> throughputTables() {
        List<Table> out = new ArrayList<>();
        for (Source s : sources) {
            String title = (s.name().isEmpty() ? s.summary().jvm() : s.name()) + peakText(s.summary());
            out.add(ThroughputTables.kernels(s.summary(), title));
            out.add(ThroughputTables.elementwise(s.summary(), title));
        }
        return out.stream().filter(t -> !t.isEmpty()).toList();
    }

    /** With several runs or JVMs: kernel figures as % of each one's own FMA peak, side by side (empty otherwise). */
    public Table percentOfPeakTable() {
        return ThroughputTables.percentOfPeak(sources.stream()
                .map(s -> new ThroughputTables.Source(s.name(), Machine.of(s.run().manifest()), s.summary())).toList());
    }

    /** Latency percentiles, per source. */
    public List<Table> latencyTables() {
        return sources.stream().map(s -> ThroughputTables.latency(s.summary(), s.name())).filter(t -> !t.isEmpty()).toList();
    }

    /** A source's steady-state section: the counts, and a table of every figure that is not steady or whose forks disagree. */
    public record SteadySection(String label, String counts, Table table) {}

    /**
     * Steady state, one entry per source: a sentence with the counts, and every figure that is not
     * at steady state with the reason.
     */
    public List<SteadySection> steadyState() {
        List<SteadySection> out = new ArrayList<>();
        for (Source s : sources) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (var r : s.run().results()) {
                if (r.jvmLabel().equals(s.summary().jvm())) {
                    counts.merge(s.run().steadyStates().assess(r).label(), 1L, Long::sum);
                }
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            String sentence = String.format(Locale.ROOT, "%d of %d results at steady state%s.", counts.getOrDefault("steady", 0L), total,
                    counts.size() <= (counts.containsKey("steady") ? 1 : 0) ? "" : "; not steady: " + counts.entrySet().stream()
                            .filter(e -> !e.getKey().equals("steady")).map(e -> e.getValue() + " " + e.getKey())
                            .collect(java.util.stream.Collectors.joining(", ")));
            Table.Builder t = new Table.Builder("", "").column(Column.text("figure")).column(Column.text("class")).column(Column.text("why"));
            s.summary().unsteady().forEach(u -> t.row(List.of(Cell.of(u.what()).marked(true, false), Cell.of(u.label()), Cell.of(u.problem()))));
            s.summary().forksDisagree().forEach(u -> t.row(List.of(Cell.of(u.what()).marked(false, true), Cell.of(u.label()),
                    Cell.of(u.problem()))));
            out.add(new SteadySection(s.name().isEmpty() ? s.summary().jvm() : s.name(), sentence, t.build()));
        }
        return out;
    }

    /** The verdict table of every run that has accuracy results, with its agreement sentence. */
    public List<VerdictSection> verdicts() {
        List<VerdictSection> out = new ArrayList<>();
        for (RunData run : runs) {
            run.accuracy().ifPresent(doc -> out.add(new VerdictSection(VerdictTable.of(doc, run.label()), VerdictTable.agreement(doc))));
        }
        return out;
    }

    /** A run's verdict table and the sentence that sums it up. */
    public record VerdictSection(Table table, String agreement) {}

    private void kernelCharts() {
        Set<Shape> shapes = new java.util.TreeSet<>();
        sources.forEach(s -> s.summary().kernels().forEach(r -> shapes.add(r.shape())));
        for (Shape shape : shapes) {
            List<String> acts = activations(s -> s.summary().kernels().stream().filter(r -> r.shape().equals(shape)).map(r -> r.activation()));
            List<BarSeries> series = new ArrayList<>();
            for (Source s : sources) {
                for (String impl : s.summary().implementations()) {
                    double[] v = new double[acts.size()];
                    double[] e = new double[acts.size()];
                    boolean any = false;
                    for (int i = 0; i < acts.size(); i++) {
                        String a = acts.get(i);
                        Rate rate = s.summary().kernels().stream().filter(r -> r.shape().equals(shape) && r.activation().equals(a))
                                .map(r -> r.gflopsByImpl().get(impl)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                        v[i] = rate == null ? Double.NaN : rate.value();
                        e[i] = rate == null ? Double.NaN : rate.error();
                        any |= rate != null;
                    }
                    if (any) {
                        series.add(new BarSeries(seriesName(s, impl), v, e));
                    }
                }
            }
            String peak = sources.size() == 1 ? peakText(sources.get(0).summary()) : "";
            charts.add(new Chart(nextId(), "Kernel throughput, shape " + shape + " (n×K×B)",
                    "GFLOP/s = inputs/s · 2nK / 1e9; bars ± JMH's 99.9% error" + peak, Charts.bars("GFLOP/s", acts, series, false)));
        }
    }

    /** Each implementation's speed-up over its JVM's baseline, per shape. */
    private void speedupChart() {
        List<String> acts = activations(s -> s.summary().kernels().stream().map(r -> r.activation()));
        if (acts.isEmpty()) {
            return;
        }
        List<BarSeries> series = new ArrayList<>();
        Set<String> baselines = new LinkedHashSet<>();
        for (Source s : sources) {
            if (s.summary().implementations().isEmpty()) {
                continue;
            }
            String baseline = s.summary().implementations().get(0);
            baselines.add(baseline);
            Set<Shape> shapes = new java.util.TreeSet<>();
            s.summary().kernels().forEach(r -> shapes.add(r.shape()));
            for (String impl : s.summary().nonBaseline()) {
                for (Shape shape : shapes) {
                    double[] v = new double[acts.size()];
                    for (int i = 0; i < acts.size(); i++) {
                        String a = acts.get(i);
                        v[i] = s.summary().kernels().stream().filter(r -> r.shape().equals(shape) && r.activation().equals(a))
                                .mapToDouble(r -> r.speedup(impl, baseline)).findFirst().orElse(Double.NaN);
                    }
                    String name = s.summary().nonBaseline().size() > 1 ? shape + " · " + impl : shape.toString();
                    series.add(new BarSeries(seriesName(s, name), v, null));
                }
            }
        }
        if (series.isEmpty()) {
            return;
        }
        String over = String.join(", ", baselines);
        charts.add(new Chart(nextId(), "Speed-up over " + over, "GFLOP/s ÷ " + over + " GFLOP/s, same run and JVM",
                Charts.bars("× " + over, acts, series, false)));
    }

    private void elementwiseChart() {
        List<String> acts = activations(s -> s.summary().activations().stream().map(r -> r.activation()));
        if (acts.isEmpty()) {
            return;
        }
        List<BarSeries> series = new ArrayList<>();
        for (Source s : sources) {
            for (String impl : s.summary().implementations()) {
                double[] v = new double[acts.size()];
                double[] e = new double[acts.size()];
                for (int i = 0; i < acts.size(); i++) {
                    String a = acts.get(i);
                    Rate r = s.summary().activations().stream().filter(x -> x.activation().equals(a)).map(x -> x.gelemsByImpl().get(impl))
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                    v[i] = r == null ? Double.NaN : r.value();
                    e[i] = r == null ? Double.NaN : r.error();
                }
                series.add(new BarSeries(seriesName(s, impl), v, e));
            }
        }
        charts.add(new Chart(nextId(), "Element-wise activation throughput", "G elements/s; inputs rotate through 256 KB (L2), the output stays in L1; log scale",
                Charts.bars("G elements/s", acts, series, true)));
    }

    private void latencyChart() {
        List<String> acts = activations(s -> s.summary().latencies().stream().map(r -> r.activation()));
        if (acts.isEmpty()) {
            return;
        }
        List<BarSeries> series = new ArrayList<>();
        for (Source s : sources) {
            for (String impl : s.summary().implementations()) {
                for (String pct : List.of("p50", "p99")) {
                    double[] v = new double[acts.size()];
                    for (int i = 0; i < acts.size(); i++) {
                        String a = acts.get(i);
                        v[i] = s.summary().latencies().stream().filter(r -> r.activation().equals(a) && r.impl().equals(impl))
                                .mapToDouble(r -> pct.equals("p50") ? r.p50() : r.p99()).findFirst().orElse(Double.NaN);
                    }
                    series.add(new BarSeries(seriesName(s, impl + " " + pct), v, null));
                }
            }
        }
        charts.add(new Chart(nextId(), "Single-input latency", "JMH SampleTime, ns per call; log scale", Charts.bars("ns", acts, series, true)));
    }

    /** How long forks took to reach steady state: a histogram per run that recorded it. */
    private void warmupChart() {
        double[] edges = {0.5, 1, 2, 4, 8, 16};
        List<String> buckets = new ArrayList<>(List.of("< 0.5 s", "0.5–1 s", "1–2 s", "2–4 s", "4–8 s", "8–16 s", "≥ 16 s", "capped"));
        List<BarSeries> series = new ArrayList<>();
        for (RunData run : runs) {
            double[] v = new double[buckets.size()];
            boolean any = false;
            for (var e : run.steadyState().map(d -> d.benchmarks()).orElse(List.of())) {
                for (var f : e.forks()) {
                    if (f.warmup() == null) {
                        continue;
                    }
                    any = true;
                    int b = 0;
                    while (b < edges.length && f.warmup().seconds() >= edges[b]) {
                        b++;
                    }
                    v[f.warmup().converged() ? b : buckets.size() - 1]++;
                }
            }
            if (any) {
                series.add(new BarSeries(runs.size() > 1 ? run.label() : "forks", v, null));
            }
        }
        if (!series.isEmpty()) {
            charts.add(new Chart(nextId(), "Warm-up to steady state", "forks by the time their JIT went quiet and their throughput "
                    + "settled; capped: not steady when the preset's cap ran out", Charts.bars("forks", buckets, series, false)));
        }
    }

    private void accuracyCharts(AccuracyDocument doc) {
        for (String target : List.of("x^2", "|x|")) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            double[][] theory = null;
            for (ActivationAccuracy a : doc.activations()) {
                for (RepresentabilityCheck.TargetResult t : a.representability()) {
                    if (!t.label().equals(target)) {
                        continue;
                    }
                    List<double[]> points = new ArrayList<>();
                    List<double[]> bound = new ArrayList<>();
                    for (RepresentabilityCheck.Fit f : t.fits()) {
                        // Floor at 1e-12: exact fits (ReLU on |x|) sit at rounding level and would stretch the log axis.
                        points.add(new double[] {f.segments(), Math.max(f.maxError(), 1e-12)});
                        bound.add(new double[] {f.segments(), f.interpolationBound()});
                    }
                    series.put(a.activation(), points.toArray(double[][]::new));
                    if (theory == null && bound.stream().allMatch(p -> Double.isFinite(p[1]))) {
                        theory = bound.toArray(double[][]::new);
                    }
                }
            }
            List<String> dashed = new ArrayList<>();
            if (theory != null) {
                series.put("ReLU theory (b−a)²·max|f''|/(8K²)", theory);
                dashed.add("ReLU theory (b−a)²·max|f''|/(8K²)");
            }
            charts.add(new Chart(nextId(), "Representability of " + target + " on [−1, 1] (requirement 2)",
                    "max error of the best non-negative combination b0 + b1·x + Σ c_j s(K(x − t_j)) against K segments; log-log, "
                            + "exact fits shown at 1e-12",
                    Charts.lines("K", "max error", series, true, true, dashed)));
        }
        List<String> acts = doc.activations().stream().map(ActivationAccuracy::activation).toList();
        List<String> subjects = new ArrayList<>(List.of("reference"));
        subjects.addAll(doc.implementationsBaselineFirst());
        List<BarSeries> jensen = new ArrayList<>();
        for (String subject : subjects) {
            jensen.add(new BarSeries(subject + ", W ≥ 0", flaggedPercent(doc, subject, "non-negative"), null));
        }
        jensen.add(new BarSeries("reference, W mixed", flaggedPercent(doc, "reference", "mixed-sign"), null));
        charts.add(new Chart(nextId(), "Jensen violations (convexity preservation)",
                "% of networks with a chord beyond the derived rounding tolerance; W ≥ 0 should give 0% for convex activations",
                Charts.bars("% networks flagged", acts, jensen, false)));
        List<BarSeries> ulp = new ArrayList<>();
        for (String impl : doc.implementationsBaselineFirst()) {
            for (boolean max : new boolean[] {true, false}) {
                double[] v = new double[acts.size()];
                int i = 0;
                boolean any = false;
                for (ActivationAccuracy a : doc.activations()) {
                    ActivationAccuracy.UlpEntry e = a.ulp().get(impl);
                    v[i++] = e == null ? Double.NaN : max ? e.result().maxUlps() : e.result().p999();
                    any |= e != null;
                }
                if (any) {
                    ulp.add(new BarSeries(impl + " " + (max ? "max" : "p99.9"), v, null));
                }
            }
        }
        charts.add(new Chart(nextId(), "ULP error against the double reference", "max and p99.9 of |ref − y| / ulp(float(ref)); 0.5 is correctly rounded",
                Charts.bars("ULP", acts, ulp, false)));
    }

    /** Per activation, % of one subject's networks flagged by the Jensen test, over every setup with these output weights. */
    private static double[] flaggedPercent(AccuracyDocument doc, String subject, String weights) {
        double[] v = new double[doc.activations().size()];
        int i = 0;
        for (ActivationAccuracy a : doc.activations()) {
            int flagged = 0;
            int total = 0;
            for (ActivationAccuracy.JensenEntry e : a.jensen()) {
                if (e.subject().equals(subject) && e.outputWeights().equals(weights)) {
                    flagged += e.result().flaggedNetworks();
                    total += e.result().networks();
                }
            }
            v[i++] = total == 0 ? Double.NaN : 100.0 * flagged / total;
        }
        return v;
    }

    private List<String> activations(java.util.function.Function<Source, java.util.stream.Stream<String>> f) {
        LinkedHashSet<String> acts = new LinkedHashSet<>();
        sources.forEach(s -> f.apply(s).forEach(acts::add));
        return List.copyOf(acts);
    }

    private static String seriesName(Source s, String what) {
        return s.name().isEmpty() ? what : s.name() + " · " + what;
    }

    private static String shortJvm(String jvm) {
        return jvm.replace(" (OpenJDK 64-Bit Server VM)", "");
    }

    private static String peakText(JvmSummary s) {
        return s.peakGflops() == null ? "" : String.format(Locale.ROOT, "; FMA peak %.1f GFLOP/s", s.peakGflops().value());
    }

    private String nextId() {
        return "chart" + ++chartCount;
    }

    private static void add(List<Entry> rows, String key, String value) {
        rows.add(new Entry(key, value));
    }
}
