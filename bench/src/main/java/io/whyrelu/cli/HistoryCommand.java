package io.whyrelu.cli;

import io.whyrelu.reports.history.HistoryStore;
import io.whyrelu.reports.history.Trends;
import io.whyrelu.reports.html.TrendSection;
import io.whyrelu.reports.jmh.InvalidResultsException;
import io.whyrelu.reports.run.RunLoader;
import java.nio.file.Path;
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
        subcommands = {HistoryCommand.Add.class, HistoryCommand.Show.class})
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
        } catch (InvalidResultsException e) {
            throw new UsageException(e.getMessage());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a run (a run directory or jmh.json); a run already recorded is skipped.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "RUN_DIR", description = "Run directory or jmh.json.")
        Path run;

        @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = HistoryStore.DEFAULT_URL, description = "Database (default: ${DEFAULT-VALUE}).")
        String db;

        @Override
        public Integer call() {
            try (HistoryStore store = HistoryStore.open(db)) {
                var data = RunLoader.load(run);
                boolean added = store.add(data);
                spec.commandLine().getOut().printf("%s %s in %s (%d runs recorded)%n", added ? "recorded" : "already recorded:",
                        io.whyrelu.reports.summary.Terminal.safe(data.label()), HistoryStore.redact(db), store.runCount());
                return ExitCodes.OK;
            } catch (InvalidResultsException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Each benchmark's trend over the recorded runs, with change points.")
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = HistoryStore.DEFAULT_URL, description = "Database (default: ${DEFAULT-VALUE}).")
        String db;

        @Option(names = "--filter", paramLabel = "TEXT", description = "Only series whose benchmark, params or JVM contain TEXT.")
        String filter;

        @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            try (HistoryStore store = HistoryStore.open(db)) {
                var trends = Trends.of(store.series(filter));
                if (trends.isEmpty()) {
                    throw new UsageException("no runs in " + HistoryStore.redact(db) + (filter == null ? "" : " match '" + filter + "'")
                            + "; add some with `whyrelu history add RUN_DIR`");
                }
                String text = switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "text" -> Trends.text(trends, store.runCount());
                    case "markdown" -> Trends.markdown(trends, store.runCount());
                    case "json" -> Trends.json(trends);
                    default -> throw new UsageException("--format '" + format + "' is not one of: text, markdown, json");
                };
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (InvalidResultsException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }
}
