package io.whyrelu.reports.view;

import java.util.List;

/**
 * Tables as HTML for the report (inserted unescaped by the template, so every string from the
 * data is escaped here): "–" for missing, "⚠" and "≈" as marks, notes inline.
 */
public final class HtmlRenderer implements Renderer {

    @Override
    public String render(Table table) {
        StringBuilder out = new StringBuilder();
        if (!table.title().isEmpty()) {
            out.append("<h3>").append(escape(table.title())).append("</h3>\n");
        }
        if (!table.caption().isEmpty()) {
            out.append("<p class=\"caption\">").append(escape(table.caption())).append("</p>\n");
        }
        out.append("<table class=\"view\"><thead><tr>");
        table.columns().forEach(c -> out.append("<th>").append(escape(c.name())).append("</th>"));
        out.append("</tr></thead>\n<tbody>");
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            out.append(table.alerts().get(r) ? "<tr class=\"disagree\">" : "<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(table.columns().get(i).numeric() ? "<td class=\"num\">" : "<td>")
                        .append(escape(Renderer.cell(row.get(i), "–", " ⚠", " ≈", true))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
