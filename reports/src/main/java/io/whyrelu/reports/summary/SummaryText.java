package io.whyrelu.reports.summary;

import io.whyrelu.reports.summary.ThroughputSummary.JvmSummary;
import io.whyrelu.reports.summary.ThroughputSummary.Rate;
import java.util.List;
import java.util.Locale;

/** The end-of-run summary as text: what a person reads in the terminal. */
public final class SummaryText {

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
            boolean nat = s.kernels().stream().anyMatch(r -> !Double.isNaN(r.nativeGflops()));
            if (!s.kernels().isEmpty()) {
                out.append(" Kernel throughput, GFLOP/s (% of peak); one op = one input, 2·n·K flops\n");
                TextTable t = nat
                        ? new TextTable("activation", "shape nxKxB", "scalar", "simd", "simd/scalar", "native", "simd/native").alignRight(2, 3, 4, 5, 6)
                        : new TextTable("activation", "shape nxKxB", "scalar", "simd", "simd/scalar").alignRight(2, 3, 4);
                for (var row : s.kernels()) {
                    String scalar = rate(s, row.gflopsByImpl().get("scalar"));
                    String simd = rate(s, row.gflopsByImpl().get("simd"));
                    Rate v = row.gflopsByImpl().get("simd");
                    String speedup = ratio(row.speedup("simd", "scalar"), v, row.gflopsByImpl().get("scalar"));
                    if (nat) {
                        t.row(row.activation(), row.shape().toString(), scalar, simd, speedup, num(row.nativeGflops()),
                                ratio(v == null ? Double.NaN : v.value() / row.nativeGflops(), v));
                    } else {
                        t.row(row.activation(), row.shape().toString(), scalar, simd, speedup);
                    }
                }
                out.append(t.render()).append('\n');
            }
            if (!s.activations().isEmpty()) {
                out.append(" Element-wise activation, G elements/s\n");
                boolean natAct = s.activations().stream().anyMatch(r -> !Double.isNaN(r.nativeGelems()));
                TextTable t = natAct
                        ? new TextTable("activation", "size", "scalar", "simd", "simd/scalar", "native", "simd/native").alignRight(1, 2, 3, 4, 5, 6)
                        : new TextTable("activation", "size", "scalar", "simd", "simd/scalar").alignRight(1, 2, 3, 4);
                for (var row : s.activations()) {
                    Rate a = row.gelemsByImpl().get("scalar");
                    Rate b = row.gelemsByImpl().get("simd");
                    String speedup = ratio(a == null || b == null ? Double.NaN : b.value() / a.value(), a, b);
                    if (natAct) {
                        t.row(row.activation(), Integer.toString(row.size()), plain(a), plain(b), speedup, num(row.nativeGelems()),
                                ratio(b == null ? Double.NaN : b.value() / row.nativeGelems(), b));
                    } else {
                        t.row(row.activation(), Integer.toString(row.size()), plain(a), plain(b), speedup);
                    }
                }
                out.append(t.render()).append('\n');
            }
            if (!s.latencies().isEmpty()) {
                out.append(" Single-input latency (SampleTime), percentiles\n");
                TextTable t = new TextTable("activation", "shape", "impl", "p50", "p99", "p99.9", "unit").alignRight(3, 4, 5);
                for (var row : s.latencies()) {
                    t.row(row.activation(), row.shape().n() + "x" + row.shape().k(), row.impl(), num(row.p50()) + mark(row.steady()),
                            num(row.p99()), num(row.p999()), row.unit());
                }
                out.append(t.render()).append('\n');
            }
            out.append(unsteady(s)).append(forksDisagree(s));
        }
        return out.toString();
    }

    /** Marks a figure that is not at steady state, so that nobody reads it without seeing that. */
    static final String UNSTEADY_MARK = " (!)";
    /** Marks a figure whose forks settled at different levels. */
    static final String DISAGREE_MARK = " (~)";

    /** The mark after a figure: empty when steady. */
    private static String mark(boolean steady) {
        return steady ? "" : UNSTEADY_MARK;
    }

    private static String mark(Rate... from) {
        return ThroughputSummary.marks(UNSTEADY_MARK, DISAGREE_MARK, from);
    }

    /** The list of figures marked (~), with each fork's level; empty when the forks of every figure agree. */
    static String forksDisagree(JvmSummary s) {
        return listing(s.forksDisagree(), DISAGREE_MARK, s.forksDisagree().size() == 1 ? " comes" : "s come",
                " from forks that settled at different levels (JIT decisions differ between forks): the figure is their mean; "
                        + "compare tests fork means there:");
    }

    /** The list under the tables: every figure marked (!) and why; empty when every figure is steady. */
    static String unsteady(JvmSummary s) {
        return listing(s.unsteady(), UNSTEADY_MARK, s.unsteady().size() == 1 ? " is" : "s are",
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

    private static String rate(JvmSummary s, Rate r) {
        if (r == null) {
            return "-";
        }
        double pct = s.percentOfPeak(r);
        return Double.isNaN(pct) ? plain(r) : String.format(Locale.ROOT, "%s (%.1f%%)%s", num(r.value()), pct, mark(r));
    }

    private static String plain(Rate r) {
        return r == null ? "-" : num(r.value()) + mark(r);
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
    }

    /** A ratio, marked when any figure it is built on is not at steady state. */
    private static String ratio(double v, Rate... from) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f×", v) + mark(from);
    }
}
