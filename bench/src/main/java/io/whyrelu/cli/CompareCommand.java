package io.whyrelu.cli;

import io.whyrelu.reports.compare.Comparisons;
import io.whyrelu.reports.compare.Comparison;
import io.whyrelu.reports.compare.ComparisonFormat;
import io.whyrelu.reports.compare.GateSettings;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "Run directory or jmh.json of the baseline.")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "Run directory or jmh.json to judge.")
    Path current;

    @CommandLine.Mixin
    GateOptions gate;

    @CommandLine.Mixin
    GateVerdictOptions verdict;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the comparison to FILE.")
    Path out;

    @Override
    public Integer call() throws Exception {
        GateSettings settings = gate.settings();
        ComparisonFormat fmt = verdict.format();
        verdict.failOn();
        Path outFile = out == null ? null : OutputFile.check(out, "--out", java.util.List.of(baseline, current));
        Comparison comparison;
        RunData b = RunLoader.load(baseline);
        RunData c = RunLoader.load(current);
        comparison = Comparisons.compare(b, c, settings);
        String rendered = fmt.render(comparison);
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        if (outFile != null) {
            OutputFile.write(outFile, "--out", rendered);
        }
        return verdict.fails(comparison) ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
