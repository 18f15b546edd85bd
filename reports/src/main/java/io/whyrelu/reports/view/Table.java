package io.whyrelu.reports.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as every output shows it, built once per topic from the typed results: the terminal,
 * summary.md and report.html render the same rows ({@link Renderer}).
 *
 * @param title   a heading; may be empty
 * @param caption a sentence under the heading (units, how to read it); may be empty
 * @param alerts  for each row, whether it contradicts what was expected (a verdict that disagrees
 *                with the paper): HTML highlights it
 */
public record Table(String title, String caption, List<Column> columns, List<List<Cell>> rows, List<Boolean> alerts) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        alerts = List.copyOf(alerts);
        if (alerts.size() != rows.size()) {
            throw new IllegalArgumentException(alerts.size() + " alert flags for " + rows.size() + " rows");
        }
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns.size() + " columns");
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String title;
        private final String caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<Boolean> alerts = new ArrayList<>();

        public Builder(String title, String caption) {
            this.title = title;
            this.caption = caption;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder row(List<Cell> cells) {
            return row(cells, false);
        }

        public Builder row(List<Cell> cells, boolean alert) {
            rows.add(cells);
            alerts.add(alert);
            return this;
        }

        public Table build() {
            return new Table(title, caption, columns, rows, alerts);
        }
    }
}
