package io.whyrelu.reports.export;

import io.whyrelu.reports.run.RunData;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.jmh.JmhUnits;
import io.whyrelu.resultmodel.jmh.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * One result as the dashboards see it: a name unique within the run (benchmark, params, JVM), the
 * primary score in a unit they know (operations per second for rates, nanoseconds per operation
 * for times), the 99.9% interval JMH gives, which way is better, and whether the figure is at
 * steady state. Results whose score is not finite are left out: the formats take numbers only.
 */
public record ExportedFigure(String name, boolean higherIsBetter, String unit, double value, double low, double high, boolean steady) {

    /** Every finite primary score of a run. */
    public static List<ExportedFigure> of(RunData run) {
        List<ExportedFigure> out = new ArrayList<>();
        for (JmhResult r : run.results()) {
            Metric m = r.primary();
            boolean rate = JmhUnits.higherIsBetter(m.scoreUnit());
            double value = convert(m.score(), m.scoreUnit(), rate);
            double error = convert(m.scoreError(), m.scoreUnit(), rate);
            if (!Double.isFinite(value)) {
                continue;
            }
            double half = Double.isFinite(error) ? error : 0;
            out.add(new ExportedFigure(name(r), rate, rate ? "ops/s" : "ns/op", value, value - half, value + half,
                    run.steadyStates().assess(r).steady()));
        }
        return out;
    }

    /** "KernelLatency.single activation=relu ... sample · JDK 17.0.15 (...)": benchmark, params, mode unless throughput, JVM. */
    static String name(JmhResult r) {
        return r.shortName() + (r.params().isEmpty() ? "" : " " + r.paramsText()) + (r.mode().equals("thrpt") ? "" : " " + r.mode())
                + " · " + r.jvmLabel();
    }

    private static double convert(double score, String unit, boolean rate) {
        double v = rate ? JmhUnits.toOpsPerSecond(score, unit) : JmhUnits.toNanosPerOp(score, unit);
        // A unit neither a rate nor a time per op (a custom one): pass the score through unchanged.
        return Double.isNaN(v) && !Double.isNaN(score) ? score : v;
    }
}
