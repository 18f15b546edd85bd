package io.whyrelu.reports.markdown;


import io.whyrelu.reports.html.ReportModel;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.view.MarkdownRenderer;
import io.whyrelu.reports.view.Table;
import java.util.List;
import java.util.Optional;

/** summary.md: the report's tables in Markdown, for pull requests and READMEs; every value escaped. */
public final class MarkdownSummary {

    private MarkdownSummary() {}

    public static String render(List<RunData> runs) {
        ReportModel model = new ReportModel(runs, Optional.empty());
        StringBuilder out = new StringBuilder("# whyrelu summary\n\n");
        for (ReportModel.EnvironmentSection env : model.environment()) {
            out.append("## ").append(Markdown.escape(env.label())).append("\n\n");
            env.rows().forEach(r -> out.append("- **").append(Markdown.escape(r.key())).append("**: ").append(Markdown.escape(r.value())).append('\n'));
            out.append('\n');
        }
        MarkdownRenderer md = new MarkdownRenderer();
        for (ReportModel.SteadySection steady : model.steadyState()) {
            out.append("### Steady state: ").append(Markdown.escape(steady.label())).append("\n\n").append(Markdown.escape(steady.counts()))
                    .append(" Figures marked ⚠ are not steady-state figures; ≈, from forks that settled at different levels.\n\n");
            if (!steady.table().isEmpty()) {
                out.append(md.render(steady.table()));
            }
        }
        model.throughputTables().forEach(t -> out.append(md.render(t)));
        Table shares = model.percentOfPeakTable();
        if (!shares.isEmpty()) {
            out.append(md.render(shares));
        }
        model.latencyTables().forEach(t -> out.append(md.render(t)));
        for (ReportModel.VerdictSection v : model.verdicts()) {
            Table t = v.table();
            out.append(md.render(new Table("Verdict: " + t.title(), t.caption(), t.columns(), t.rows(), t.alerts())));
            out.append(Markdown.escape(v.agreement())).append("\n\n");
        }
        return out.toString();
    }
}
