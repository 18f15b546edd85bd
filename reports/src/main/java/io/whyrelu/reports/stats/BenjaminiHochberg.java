package io.whyrelu.reports.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg adjusted p-values (q-values) for a family of tests. Calling the rows with
 * q &lt; α keeps the expected share of false calls among all calls at α (for independent or
 * positively dependent tests, as benchmarks of one run on one machine are), and when nothing
 * changed — the case a CI gate must not fail — the chance of any call at all at α. Without it, a
 * suite of 100 benchmarks each tested at 5% fails on no change most of the time.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {}

    /** q-values in the order of {@code p}; NaN p-values are not tests: they stay NaN and do not count in the family. */
    public static double[] adjust(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int m = order.length;
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
