package io.whyrelu.cli;

import io.whyrelu.reports.compare.Comparator;
import io.whyrelu.reports.compare.Comparison;
import io.whyrelu.reports.compare.ComparisonFormat;
import io.whyrelu.reports.jmh.InvalidResultsException;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whyrelu compare}: statistically sound comparison of two runs, for humans and for CI gates. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two runs (run directories or JMH JSON files, from any JMH project) benchmark by benchmark.",
            "A benchmark regresses when it is worse beyond --threshold AND the difference is significant "
                    + "(Mann-Whitney U on per-iteration values, p < --alpha). Exit 1 on any regression (see --fail-on), 0 otherwise, 2 on bad input."})
public final class CompareCommand implements Callable<Integer> {

    /** When to exit 1. */
    enum FailOn { REGRESSION, NEVER }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "Run directory or jmh.json of the baseline.")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "Run directory or jmh.json to judge.")
    Path current;

    @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "5",
            description = "Changes within this many percent are noise: unchanged (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "regression",
            description = "regression (exit 1 on any regression, the default) or never.")
    String failOn;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the comparison to FILE.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!(threshold >= 0) || !Double.isFinite(threshold)) {
            throw new UsageException("--threshold must be a percentage ≥ 0, got " + threshold);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must be between 0 and 1, got " + alpha);
        }
        ComparisonFormat fmt = parse(ComparisonFormat.class, format, "--format", "text, markdown, json");
        FailOn fail = parse(FailOn.class, failOn, "--fail-on", "regression, never");
        Path outFile = out == null ? null : OutputFile.check(out, "--out", java.util.List.of(baseline, current));
        Comparison comparison;
        try {
            RunData b = RunLoader.load(baseline);
            RunData c = RunLoader.load(current);
            comparison = Comparator.compare(b, c, threshold, alpha);
        } catch (InvalidResultsException e) {
            throw new UsageException(e.getMessage());
        }
        String rendered = fmt.render(comparison);
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        if (outFile != null) {
            OutputFile.write(outFile, "--out", rendered);
        }
        return fail == FailOn.REGRESSION && comparison.hasRegression() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String option, String valid) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " '" + text + "' is not one of: " + valid);
        }
    }
}
