package io.whyrelu.cli;

import io.whyrelu.reports.compare.Comparisons;
import io.whyrelu.reports.compare.Comparison;
import io.whyrelu.reports.history.HistoryStore;
import io.whyrelu.reports.history.Machine;
import io.whyrelu.reports.history.Trends;
import io.whyrelu.reports.html.TrendSection;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.reports.run.ShardMerge;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whyrelu history}: keep runs in a database and show each benchmark's trend with its change points. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Run history in an embedded SQLite file (default " + HistoryStore.DEFAULT_URL + ") or any JDBC database "
                + "(e.g. jdbc:postgresql://host/db?user=...&password=...).",
        subcommands = {HistoryCommand.Add.class, HistoryCommand.Show.class, HistoryCommand.Check.class})
public final class HistoryCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The trend chart of a history database, for reports. */
    static Optional<TrendSection> trendSection(String url) {
        try (HistoryStore store = HistoryStore.open(url)) {
            var trends = Trends.of(store.series(null));
            return trends.isEmpty() ? Optional.empty() : Optional.of(Trends.chart(trends));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a run (a run directory or jmh.json); a run already recorded is skipped.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "RUN_DIR", arity = "1..*", description = "Run directory or jmh.json; the shards of one run "
                + "(run --shard) together are recorded as that run.")
        List<Path> runs;

        @CommandLine.Mixin
        HistoryDb db;

        @Option(names = "--machine", paramLabel = "NAME",
                description = "Record the run under this machine name (e.g. a CI runner type) instead of its CPU fingerprint.")
        String machine;

        @Override
        public Integer call() {
            try (HistoryStore store = HistoryStore.open(db.url)) {
                List<RunData> loaded = new java.util.ArrayList<>();
                for (Path run : runs) {
                    loaded.add(RunLoader.load(run));
                }
                for (RunData data : ShardMerge.merge(loaded)) {
                    boolean added = store.add(data, machine != null ? machine : Machine.of(data.manifest()));
                    spec.commandLine().getOut().printf("%s %s in %s (%d runs recorded)%n", added ? "recorded" : "already recorded:",
                            io.whyrelu.reports.summary.Terminal.safe(data.label()), HistoryStore.redact(db.url), store.runCount());
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Gate a run against the last --window runs recorded for its machine, as compare does, with those runs "
                    + "as the baseline (each run one fork of it; results that were not at steady state left out).",
                "Exit 1 on what --fail-on names, 0 otherwise, 2 on bad input or when the machine has no recorded runs."})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "RUN_DIR", description = "Run directory or jmh.json to judge.")
        Path run;

        @CommandLine.Mixin
        HistoryDb db;

        @Option(names = "--window", paramLabel = "N", defaultValue = "10", description = "Past runs to gate against (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--machine", paramLabel = "NAME", description = "The machine whose runs to use (default: the run's CPU fingerprint).")
        String machine;

        @CommandLine.Mixin
        GateOptions gate;

        @CommandLine.Mixin
        GateVerdictOptions verdict;

        @Override
        public Integer call() {
            if (window < 1) {
                throw new UsageException("--window must be at least 1, got " + window);
            }
            var settings = gate.settings();
            var fmt = verdict.format();
            verdict.failOn();
            try (HistoryStore store = HistoryStore.open(db.url)) {
                var data = RunLoader.load(run);
                String name = machine != null ? machine : Machine.of(data.manifest());
                var baseline = store.window(name, window, HistoryStore.runId(data));
                if (baseline.isEmpty()) {
                    throw new UsageException("no steady results recorded for machine '" + name + "' in " + HistoryStore.redact(db.url)
                            + "; record runs of this machine with `whyrelu history add RUN_DIR`, or name one with --machine");
                }
                Comparison comparison = Comparisons.compare("last " + window + " runs on " + name, baseline, data, settings);
                spec.commandLine().getOut().print(fmt.render(comparison));
                spec.commandLine().getOut().flush();
                return verdict.fails(comparison) ? ExitCodes.FAILED : ExitCodes.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Each benchmark's trend over the recorded runs, with change points.")
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        HistoryDb db;

        @Option(names = "--filter", paramLabel = "TEXT", description = "Only series whose benchmark, params, JVM or machine contain TEXT.")
        String filter;

        @Option(names = "--machine", paramLabel = "TEXT", description = "Only machines whose name contains TEXT (e.g. AVX2, a runner label).")
        String machine;

        @Option(names = "--jdk", paramLabel = "TEXT", description = "Only JVMs whose label contains TEXT (e.g. 17.0, UseAVX=2).")
        String jdk;

        /** How the trends are written. */
        enum Format { TEXT, MARKDOWN, JSON }

        @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            try (HistoryStore store = HistoryStore.open(db.url)) {
                var trends = Trends.of(store.series(filter, machine, jdk));
                if (trends.isEmpty()) {
                    throw new UsageException("no runs in " + HistoryStore.redact(db.url) + (filter == null && machine == null && jdk == null ? ""
                            : " match --filter " + filter + " --machine " + machine + " --jdk " + jdk)
                            + "; add some with `whyrelu history add RUN_DIR`");
                }
                String text = switch (format) {
                    case TEXT -> Trends.text(trends, store.runCount());
                    case MARKDOWN -> Trends.markdown(trends, store.runCount());
                    case JSON -> Trends.json(trends);
                };
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
        }
    }
}
