package io.whyrelu.reports.view;

import io.whyrelu.reports.markdown.Markdown;

/** GitHub-flavoured Markdown tables under a "###" heading; every cell escaped; "–" for missing, "⚠" and "≈" as marks. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(Table table) {
        StringBuilder out = new StringBuilder();
        if (!table.title().isEmpty()) {
            out.append("### ").append(Markdown.escape(table.title())).append("\n\n");
        }
        if (!table.caption().isEmpty()) {
            out.append(Markdown.escape(table.caption())).append("\n\n");
        }
        out.append(Markdown.row(table.columns().stream().map(c -> Markdown.escape(c.name())).toArray(String[]::new)));
        boolean[] right = new boolean[table.columns().size()];
        for (int c = 0; c < right.length; c++) {
            right[c] = table.columns().get(c).numeric();
        }
        out.append(Markdown.separator(right));
        for (var row : table.rows()) {
            out.append(Markdown.row(row.stream().map(c -> Markdown.escape(Renderer.cell(c, "–", " ⚠", " ≈", true))).toArray(String[]::new)));
        }
        return out.append('\n').toString();
    }
}
