package io.whyrelu.reports.markdown;


import io.whyrelu.reports.html.ReportModel;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.view.MarkdownRenderer;
import io.whyrelu.reports.view.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** summary.md: the report's tables in Markdown, for pull requests and READMEs; every value escaped. */
public final class MarkdownSummary {

    private MarkdownSummary() {}

    @SuppressWarnings("unchecked")
    public static String render(List<RunData> runs) {
        ReportModel model = new ReportModel(runs, Optional.empty());
        StringBuilder out = new StringBuilder("# whyrelu summary\n\n");
        for (Map<String, Object> env : model.environment()) {
            out.append("## ").append(Markdown.escape((String) env.get("label"))).append("\n\n");
            for (Map<String, String> row : (List<Map<String, String>>) env.get("rows")) {
                out.append("- **").append(Markdown.escape(row.get("key"))).append("**: ").append(Markdown.escape(row.get("value"))).append('\n');
            }
            out.append('\n');
        }
        for (Map<String, Object> steady : model.steadyState()) {
            out.append("### Steady state: ").append(Markdown.escape((String) steady.get("label"))).append("\n\n")
                    .append(Markdown.escape((String) steady.get("counts"))).append(" Figures marked ⚠ are not steady-state figures; ≈, from forks that settled at different levels.\n\n");
            List<List<String>> rows = (List<List<String>>) steady.get("rows");
            if (!rows.isEmpty()) {
                out.append(Markdown.row("figure", "class", "why")).append(Markdown.separator(false, false, false));
                rows.forEach(r -> out.append(Markdown.row(r.stream().map(Markdown::escape).toArray(String[]::new))));
                out.append('\n');
            }
        }
        MarkdownRenderer md = new MarkdownRenderer();
        model.throughputTables().forEach(t -> out.append(md.render(t)));
        model.latencyTables().forEach(t -> out.append(md.render(t)));
        for (ReportModel.VerdictSection v : model.verdicts()) {
            Table t = v.table();
            out.append(md.render(new Table("Verdict: " + t.title(), t.caption(), t.columns(), t.rows(), t.alerts())));
            out.append(Markdown.escape(v.agreement())).append("\n\n");
        }
        return out.toString();
    }
}
