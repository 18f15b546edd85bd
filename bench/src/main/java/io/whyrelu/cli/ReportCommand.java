package io.whyrelu.cli;

import io.whyrelu.reports.html.HtmlReport;
import io.whyrelu.reports.html.ReportFiles;
import io.whyrelu.reports.html.TrendSection;
import io.whyrelu.reports.markdown.MarkdownSummary;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.reports.run.ShardMerge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whyrelu report}: one self-contained HTML file and a summary.md from one or more runs. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Render one or more runs (run directories or JMH JSON files) as a self-contained HTML report "
                + "and summary.md beside it; several runs or JVMs are shown side by side.")
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run directories or jmh.json files.")
    List<Path> runs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "The HTML file (default: report.html in the run directory, "
            + "or in the working directory for several runs). Only the default also writes summary.md beside it.")
    Path out;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the Markdown summary to FILE.")
    Path summary;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A history database: adds a trend chart of the runs recorded there.")
    String db;

    @Override
    public Integer call() throws Exception {
        List<RunData> loaded = new ArrayList<>();
        for (Path p : runs) {
            loaded.add(RunLoader.load(p));
        }
        // The shards of one logical run (run --shard) are one run in the report.
        List<RunData> data = ShardMerge.merge(loaded);
        // Only files the user named, or the documented defaults; never an input (a run's jmh.json, say).
        Path html = OutputFile.check(out != null ? out : defaultOut(runs), "--out", runs);
        Path md = summary != null ? OutputFile.check(summary, "--summary", runs)
                : out == null ? OutputFile.check(ReportFiles.summaryBeside(html), "--out", runs) : null;
        if (md != null && md.equals(html)) {
            throw new UsageException("--summary " + summary + " is the same file as the report");
        }
        Optional<TrendSection> trend = db == null ? Optional.empty() : HistoryCommand.trendSection(db);
        OutputFile.write(html, "--out", HtmlReport.render(data, trend, Version.get()));
        spec.commandLine().getOut().println("Report: " + html);
        if (md != null) {
            OutputFile.write(md, summary == null ? "--out" : "--summary", MarkdownSummary.render(data));
            spec.commandLine().getOut().println("Summary: " + md);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static Path defaultOut(List<Path> runs) {
        if (runs.size() == 1 && Files.isDirectory(runs.get(0))) {
            return runs.get(0).resolve(ReportFiles.HTML);
        }
        return Path.of("report.html");
    }
}
