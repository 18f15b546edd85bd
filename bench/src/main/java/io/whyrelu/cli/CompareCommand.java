package io.whyrelu.cli;

import io.whyrelu.reports.compare.Comparator;
import io.whyrelu.reports.compare.Comparison;
import io.whyrelu.reports.compare.ComparisonFormat;
import io.whyrelu.reports.compare.GateSettings;
import io.whyrelu.reports.compare.Verdict;
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
            "A benchmark regresses when it is worse beyond --threshold AND significant: a t-test on log fork means, "
                    + "with --fork-noise assumed where too few forks show it, q < --alpha after a Benjamini-Hochberg "
                    + "correction over the suite. Exit 1 on what --fail-on names, 0 otherwise, 2 on bad input."})
public final class CompareCommand implements Callable<Integer> {

    /** What makes the gate exit 1. */
    enum FailOn {
        /** A REGRESSED row, or an accuracy regression. */
        REGRESSION,
        /** A row beyond the threshold that these samples cannot decide (TOO_FEW). */
        TOO_FEW,
        /** A baseline benchmark that the current run does not have. */
        MISSING,
        NEVER
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "Run directory or jmh.json of the baseline.")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "Run directory or jmh.json to judge.")
    Path current;

    @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "5",
            description = "Changes within this many percent are noise: unchanged (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Significance level of each call, after the suite correction (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--fork-noise", paramLabel = "PCT", defaultValue = "" + GateSettings.DEFAULT_FORK_NOISE_PERCENT,
            description = "Fork-to-fork standard deviation assumed where a side has too few forks to show its own "
                    + "(default: ${DEFAULT-VALUE}, measured in docs/reports.md).")
    double forkNoise;

    @Option(names = "--correction", paramLabel = "HOW", defaultValue = "suite",
            description = "suite (Benjamini-Hochberg over all rows: a no-change suite fails at most alpha of the time) "
                    + "or none (each row at alpha on its own) (default: ${DEFAULT-VALUE}).")
    String correction;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "regression",
            description = "Comma-separated: regression (the default), too-few (a change beyond the threshold that the samples "
                    + "cannot decide), missing (a baseline benchmark absent from the current run); or never.")
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
        if (!(forkNoise >= 0) || !Double.isFinite(forkNoise)) {
            throw new UsageException("--fork-noise must be a percentage ≥ 0, got " + forkNoise);
        }
        GateSettings settings = new GateSettings(threshold, alpha, forkNoise, suiteCorrection(correction));
        ComparisonFormat fmt = parse(ComparisonFormat.class, format, "--format", "text, markdown, json");
        java.util.Set<FailOn> fail = failOn(failOn);
        Path outFile = out == null ? null : OutputFile.check(out, "--out", java.util.List.of(baseline, current));
        Comparison comparison;
        try {
            RunData b = RunLoader.load(baseline);
            RunData c = RunLoader.load(current);
            comparison = Comparator.compare(b, c, settings);
        } catch (InvalidResultsException e) {
            throw new UsageException(e.getMessage());
        }
        String rendered = fmt.render(comparison);
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        if (outFile != null) {
            OutputFile.write(outFile, "--out", rendered);
        }
        return fails(fail, comparison) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    static boolean suiteCorrection(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "suite" -> true;
            case "none" -> false;
            default -> throw new UsageException("--correction '" + text + "' is not one of: suite, none");
        };
    }

    static java.util.Set<FailOn> failOn(String text) {
        java.util.Set<FailOn> set = java.util.EnumSet.noneOf(FailOn.class);
        for (String part : text.split(",")) {
            set.add(parse(FailOn.class, part.trim().replace('-', '_'), "--fail-on", "regression, too-few, missing, never"));
        }
        if (set.contains(FailOn.NEVER) && set.size() > 1) {
            throw new UsageException("--fail-on never cannot be combined with " + text.replace("never", "").replaceAll("^,|,$|,,", ""));
        }
        return set;
    }

    static boolean fails(java.util.Set<FailOn> fail, Comparison c) {
        return fail.contains(FailOn.REGRESSION) && c.hasRegression()
                || fail.contains(FailOn.TOO_FEW) && c.count(Verdict.TOO_FEW) > 0
                || fail.contains(FailOn.MISSING) && !c.onlyInBaseline().isEmpty();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String option, String valid) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " '" + text + "' is not one of: " + valid);
        }
    }
}
