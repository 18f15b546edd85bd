package io.whyrelu.cli;

import io.whyrelu.reports.history.HistoryStore;
import picocli.CommandLine.Option;

/** The history database every history subcommand opens (a picocli mixin). */
final class HistoryDb {

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = HistoryStore.DEFAULT_URL, description = "Database (default: ${DEFAULT-VALUE}).")
    String url;
}
