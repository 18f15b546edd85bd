package io.whyrelu.reports.view;

import io.whyrelu.reports.summary.TextTable;

/** Terminal tables: aligned columns, "-" for missing, "(!)" after a figure not at steady state, "(~)" after one whose forks disagree. */
public final class TextRenderer implements Renderer {

    public static final String UNSTEADY = " (!)";
    public static final String DISAGREE = " (~)";

    @Override
    public String render(Table table) {
        StringBuilder out = new StringBuilder();
        if (!table.title().isEmpty()) {
            out.append(' ').append(table.title()).append(table.caption().isEmpty() ? "" : ", " + table.caption()).append('\n');
        }
        TextTable t = new TextTable(table.columns().stream().map(Column::name).toArray(String[]::new));
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).numeric()) {
                t.alignRight(c);
            }
        }
        for (var row : table.rows()) {
            t.row(row.stream().map(c -> Renderer.cell(c, "-", UNSTEADY, DISAGREE, false)).toArray(String[]::new));
        }
        return out.append(t.render()).toString();
    }
}
