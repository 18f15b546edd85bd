package io.whyrelu.reports.markdown;


import io.whyrelu.reports.html.ReportModel;
import io.whyrelu.reports.run.RunData;
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
        for (Map<String, Object> table : model.kernelTables()) {
            out.append("### Kernel throughput: ").append(Markdown.escape((String) table.get("title"))).append("\n\n");
            List<String> header = (List<String>) table.get("header");
            out.append(Markdown.row(header.stream().map(Markdown::escape).toArray(String[]::new)));
            boolean[] right = new boolean[header.size()];
            for (int i = 2; i < right.length; i++) {
                right[i] = true;
            }
            out.append(Markdown.separator(right));
            for (Map<String, Object> row : (List<Map<String, Object>>) table.get("rows")) {
                out.append(Markdown.row(((List<String>) row.get("cells")).stream().map(Markdown::escape).toArray(String[]::new)));
            }
            out.append('\n');
        }
        List<List<String>> latency = model.latencyRows();
        if (!latency.isEmpty()) {
            out.append("### Latency\n\n").append(Markdown.row("activation", "shape", "impl", "p50", "p99", "p99.9", "unit"))
                    .append(Markdown.separator(false, false, false, true, true, true, false));
            latency.forEach(r -> out.append(Markdown.row(r.stream().map(Markdown::escape).toArray(String[]::new))));
            out.append('\n');
        }
        for (Map<String, Object> v : model.verdicts()) {
            out.append("### Verdict: ").append(Markdown.escape((String) v.get("label"))).append("\n\n");
            List<String> header = (List<String>) v.get("header");
            out.append(Markdown.row(header.stream().map(Markdown::escape).toArray(String[]::new)));
            boolean[] right = new boolean[header.size()];
            for (int i = 0; i < right.length; i++) {
                right[i] = header.get(i).startsWith("max ULP");
            }
            out.append(Markdown.separator(right));
            for (Map<String, Object> row : (List<Map<String, Object>>) v.get("rows")) {
                out.append(Markdown.row(((List<String>) row.get("cells")).stream().map(Markdown::escape).toArray(String[]::new)));
            }
            out.append('\n').append(Markdown.escape((String) v.get("agreement"))).append("\n\n");
        }
        return out.toString();
    }
}
