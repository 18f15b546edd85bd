package io.whyrelu.reports.summary;

import io.whyrelu.reports.summary.ThroughputSummary.JvmSummary;
import io.whyrelu.reports.summary.ThroughputSummary.Rate;
import io.whyrelu.reports.view.Cell;
import io.whyrelu.reports.view.Column;
import io.whyrelu.reports.view.Numbers;
import io.whyrelu.reports.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The throughput and latency tables of one JVM's figures, built once for every output format.
 * One column per implementation measured (baseline first), then each other implementation's
 * speed-up over the baseline, then the native yardstick when the run has it. A figure or ratio
 * built on a rate that is not at steady state, or whose forks disagree, carries the mark. A
 * plug-in activation's name carries a note: where it came from and how each implementation
 * computes it (a SIMD kernel without the plug-in's vector form runs its float form).
 */
public final class ThroughputTables {

    private ThroughputTables() {}

    /** @param source which run and JVM the table is from, when a report shows several; empty otherwise */
    public static Table kernels(JvmSummary s, String source) {
        boolean nat = s.kernels().stream().anyMatch(r -> !Double.isNaN(r.nativeGflops()));
        String caption = "GFLOP/s (% of the FMA peak); one op = one input, 2·n·K flops";
        Table.Builder t = new Table.Builder(title("Kernel throughput", source),
                s.nativeNote().isEmpty() ? caption : caption + ". Native: " + s.nativeNote())
                .column(Column.text("activation")).column(Column.text("shape n×K×B"));
        columns(t, s, nat);
        for (var row : s.kernels()) {
            List<Cell> cells = new ArrayList<>(List.of(activation(s, row.activation()), Cell.of(row.shape().toString())));
            cells.addAll(figures(s, row.gflopsByImpl(), row.nativeGflops(), nat, true));
            t.row(cells);
        }
        return t.build();
    }

    public static Table elementwise(JvmSummary s, String source) {
        boolean nat = s.activations().stream().anyMatch(r -> !Double.isNaN(r.nativeGelems()));
        Table.Builder t = new Table.Builder(title("Element-wise activation", source), "G elements/s")
                .column(Column.text("activation")).column(Column.number("size"));
        columns(t, s, nat);
        for (var row : s.activations()) {
            List<Cell> cells = new ArrayList<>(List.of(activation(s, row.activation()), Cell.of(Integer.toString(row.size()))));
            cells.addAll(figures(s, row.gelemsByImpl(), row.nativeGelems(), nat, false));
            t.row(cells);
        }
        return t.build();
    }

    public static Table latency(JvmSummary s, String source) {
        Table.Builder t = new Table.Builder(title("Single-input latency", source), "JMH SampleTime percentiles")
                .column(Column.text("activation")).column(Column.text("shape n×K")).column(Column.text("impl"))
                .column(Column.number("p50")).column(Column.number("p99")).column(Column.number("p99.9")).column(Column.text("unit"));
        for (var row : s.latencies()) {
            t.row(List.of(activation(s, row.activation()), Cell.of(row.shape().n() + "×" + row.shape().k()), Cell.of(row.impl()),
                    Cell.of(Numbers.num(row.p50())).marked(!row.steady(), false), Cell.of(Numbers.num(row.p99())),
                    Cell.of(Numbers.num(row.p999())), Cell.of(row.unit())));
        }
        return t.build();
    }

    /** One JVM's figures from one run on one machine, named for a column. */
    public record Source(String name, String machine, JvmSummary summary) {}

    /**
     * Kernel throughput as a share of each machine's own FMA peak (its roofline probe), one column
     * per run and JVM: a slower machine shows the same share, a slower kernel a smaller one.
     * Sources without a probe are left out; empty below two sources with one.
     */
    public static Table percentOfPeak(List<Source> sources) {
        List<Source> withPeak = sources.stream().filter(c -> c.summary().peakGflops() != null).toList();
        Table.Builder t = new Table.Builder("Kernel throughput, % of each machine's FMA peak", "GFLOP/s ÷ the roofline probe of the "
                + "same run and JVM; columns: run · JVM (machine)")
                .column(Column.text("activation")).column(Column.text("shape n×K×B"))
                .column(Column.text("impl"));
        if (withPeak.size() < 2) {
            return t.build();
        }
        withPeak.forEach(c -> t.column(Column.number(c.name() + " (" + c.machine() + ")")));
        java.util.Map<String, List<Cell>> rows = new java.util.LinkedHashMap<>();
        for (int i = 0; i < withPeak.size(); i++) {
            JvmSummary s = withPeak.get(i).summary();
            for (var row : s.kernels()) {
                for (String impl : s.implementations()) {
                    Rate r = row.gflopsByImpl().get(impl);
                    if (r == null) {
                        continue;
                    }
                    List<Cell> cells = rows.computeIfAbsent(row.activation() + "\u0000" + row.shape() + "\u0000" + impl, k -> {
                        List<Cell> fresh = new ArrayList<>(List.of(Cell.of(row.activation()), Cell.of(row.shape().toString()), Cell.of(impl)));
                        withPeak.forEach(c -> fresh.add(Cell.missing()));
                        return fresh;
                    });
                    cells.set(3 + i, marked(Cell.of(String.format(java.util.Locale.ROOT, "%.1f%%", s.percentOfPeak(r))), r));
                }
            }
        }
        rows.values().forEach(t::row);
        return t.build();
    }

    private static Cell activation(JvmSummary s, String spec) {
        return Cell.of(spec).withNote(s.activationNote(spec));
    }

    private static String title(String what, String source) {
        return source.isEmpty() ? what : what + ": " + source;
    }

    /** Each implementation, each speed-up over the baseline, then native and each implementation over it. */
    private static void columns(Table.Builder t, JvmSummary s, boolean nat) {
        String baseline = s.implementations().isEmpty() ? "" : s.implementations().get(0);
        s.implementations().forEach(i -> t.column(Column.number(i)));
        s.nonBaseline().forEach(i -> t.column(Column.number(i + "/" + baseline)));
        if (nat) {
            t.column(Column.number("native"));
            s.nonBaseline().forEach(i -> t.column(Column.number(i + "/native")));
        }
    }

    private static List<Cell> figures(JvmSummary s, Map<String, Rate> byImpl, double nativeRate, boolean nat, boolean percentOfPeak) {
        List<Cell> cells = new ArrayList<>();
        for (String impl : s.implementations()) {
            Rate r = byImpl.get(impl);
            cells.add(r == null ? Cell.missing() : marked(Cell.of(percentOfPeak ? Numbers.withPercent(r.value(), s.percentOfPeak(r))
                    : Numbers.num(r.value())), r));
        }
        Rate base = s.implementations().isEmpty() ? null : byImpl.get(s.implementations().get(0));
        for (String impl : s.nonBaseline()) {
            Rate r = byImpl.get(impl);
            cells.add(r == null || base == null ? Cell.missing() : marked(Cell.of(Numbers.ratio(r.value() / base.value())), r, base));
        }
        if (nat) {
            cells.add(Cell.of(Numbers.num(nativeRate)));
            for (String impl : s.nonBaseline()) {
                Rate r = byImpl.get(impl);
                cells.add(r == null ? Cell.missing() : marked(Cell.of(Numbers.ratio(r.value() / nativeRate)), r));
            }
        }
        return cells;
    }

    private static Cell marked(Cell c, Rate... from) {
        boolean unsteady = false;
        boolean disagree = false;
        for (Rate r : from) {
            unsteady |= !r.steady();
            disagree |= !r.forksAgree();
        }
        return c.marked(unsteady, disagree);
    }
}
