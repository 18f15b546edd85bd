package io.whyrelu.cli;

import io.whyrelu.reports.export.BencherMetricFormat;
import io.whyrelu.reports.export.ExportedFigure;
import io.whyrelu.reports.export.GithubActionBenchmark;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.resultmodel.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whyrelu export}: a run's figures in the JSON other dashboards read; jmh.json stays JMH's own. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a run's primary scores for other dashboards: bmf (Bencher Metric Format: throughput in ops/s, "
                + "latency in ns, with JMH's 99.9% interval) or gab (github-action-benchmark's custom JSON: "
                + "bigger-is-better.json for rates and smaller-is-better.json for times)."})
public final class ExportCommand implements Callable<Integer> {

    /** The formats. */
    enum Format { BMF, GAB }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run directory or jmh.json (of any JMH project).")
    Path run;

    @Option(names = "--format", required = true, paramLabel = "FMT", description = "bmf or gab.")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "bmf: the file (default: standard output); gab: the directory "
            + "for its two files (default: the current directory).")
    Path out;

    @Override
    public Integer call() throws Exception {
        RunData data = RunLoader.load(run);
        List<ExportedFigure> figures = ExportedFigure.of(data);
        List<Path> inputs = List.of(run);
        var console = spec.commandLine().getOut();
        switch (format) {
            case BMF -> {
                String json = Json.MAPPER.writeValueAsString(BencherMetricFormat.of(figures)) + "\n";
                if (out == null) {
                    console.print(json);
                } else {
                    OutputFile.write(OutputFile.check(out, "--out", inputs), "--out", json);
                    console.println("Bencher Metric Format: " + out + " (" + figures.size() + " benchmarks)");
                }
            }
            case GAB -> {
                Path dir = out == null ? Path.of("") : out;
                for (boolean bigger : new boolean[] {true, false}) {
                    Path file = OutputFile.check(dir.resolve(bigger ? "bigger-is-better.json" : "smaller-is-better.json"), "--out", inputs);
                    var array = GithubActionBenchmark.of(figures, bigger);
                    OutputFile.write(file, "--out", Json.MAPPER.writeValueAsString(array) + "\n");
                    console.println("github-action-benchmark (" + (bigger ? "customBiggerIsBetter" : "customSmallerIsBetter") + "): "
                            + file + " (" + array.size() + " benchmarks)");
                }
            }
        }
        console.flush();
        return ExitCodes.OK;
    }
}
