package io.whyrelu.reports.html;

import io.whyrelu.reports.markdown.MarkdownSummary;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.resultmodel.json.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A run directory's report.html and summary.md beside it, each written atomically. */
public final class ReportFiles {

    public static final String HTML = "report.html";
    public static final String SUMMARY = "summary.md";

    private ReportFiles() {}

    public static void write(List<RunData> runs, Path html, Optional<TrendSection> trend, String toolVersion) throws IOException {
        AtomicFiles.writeString(html, HtmlReport.render(runs, trend, toolVersion));
        AtomicFiles.writeString(summaryBeside(html), MarkdownSummary.render(runs));
    }

    /** summary.md in the report's directory. */
    public static Path summaryBeside(Path html) {
        return html.toAbsolutePath().getParent().resolve(SUMMARY);
    }
}
