package io.whyrelu.reports.summary;

import io.whyrelu.reports.summary.ThroughputSummary.JvmSummary;
import io.whyrelu.reports.view.Table;
import io.whyrelu.reports.view.TextRenderer;
import java.util.List;
import java.util.Locale;

/** The end-of-run summary as text: what a person reads in the terminal. */
public final class SummaryText {

    private static final TextRenderer TEXT = new TextRenderer();

    private SummaryText() {}

    public static String render(List<JvmSummary> summaries) {
        StringBuilder out = new StringBuilder();
        for (JvmSummary s : summaries) {
            out.append(Terminal.safe(s.jvm()));
            if (s.peakGflops() != null) {
                out.append(String.format(Locale.ROOT, " — FMA peak %.1f%s GFLOP/s (roofline probe)", s.peakGflops().value(),
                        Double.isFinite(s.peakGflops().error()) ? String.format(Locale.ROOT, " ± %.1f", s.peakGflops().error()) : ""));
            }
            if (!Double.isNaN(s.nativePeakGflops())) {
                out.append(String.format(Locale.ROOT, "; native peak %.1f GFLOP/s", s.nativePeakGflops()));
            }
            out.append("\n\n");
            for (Table t : List.of(ThroughputTables.kernels(s, ""), ThroughputTables.elementwise(s, ""), ThroughputTables.latency(s, ""))) {
                if (!t.isEmpty()) {
                    out.append(TEXT.render(t)).append('\n');
                }
            }
            out.append(plugins(s)).append(unsteady(s)).append(forksDisagree(s));
        }
        return out.toString();
    }

    /** " Plug-in activations:" and one line per plug-in: where it came from and how each implementation computes it. */
    static String plugins(JvmSummary s) {
        if (s.plugins().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" Plug-in activations:\n");
        s.plugins().values().forEach(p -> out.append("   ").append(Terminal.safe(p.id())).append(": ").append(Terminal.safe(p.note()))
                .append('\n'));
        return out.append('\n').toString();
    }

    /** The list of figures marked (~), with each fork's level; empty when the forks of every figure agree. */
    static String forksDisagree(JvmSummary s) {
        return listing(s.forksDisagree(), TextRenderer.DISAGREE, s.forksDisagree().size() == 1 ? " comes" : "s come",
                " from forks that settled at different levels (JIT decisions differ between forks): the figure is their mean; "
                        + "compare tests fork means there:");
    }

    /** The list under the tables: every figure marked (!) and why; empty when every figure is steady. */
    static String unsteady(JvmSummary s) {
        return listing(s.unsteady(), TextRenderer.UNSTEADY, s.unsteady().size() == 1 ? " is" : "s are",
                " not at steady state (and the ratios built on them); compare will not call them regressions. Details in steady-state.json:");
    }

    /** " (!) 3 figures are ...:" and one line per figure with its reason; empty for none. */
    private static String listing(List<ThroughputSummary.Unsteady> figures, String mark, String verb, String text) {
        if (figures.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(mark).append(' ').append(figures.size()).append(" figure").append(verb).append(text).append('\n');
        figures.forEach(u -> out.append("   ").append(Terminal.safe(u.what())).append(": ").append(u.problem()).append('\n'));
        return out.append('\n').toString();
    }
}
