package io.whyrelu.reports.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.inference.OneWayAnova;

/**
 * Whether a benchmark's forks disagree by more than their iterations' noise explains. JVM forks
 * differ in ways iterations cannot sample: where the heap put an array (a 64-byte-aligned weight
 * panel streams from L2 1.5× faster than a misaligned one, and 1 fork in 8 gets the aligned one),
 * which inlining decisions C2 took. Iterations of one fork then share a fork-level offset, and a
 * test that treats them as independent calls a lucky fork a significant change. When the forks
 * disagree, the fork mean is the sample.
 *
 * <p>Disagree means both: one-way ANOVA across forks significant at {@link #ALPHA}, and the fork
 * means spread wider than half the comparison threshold, so that a few-percent fork wobble, which
 * ANOVA detects with enough iterations but which cannot fake a threshold-sized change, keeps the
 * iteration-level test and its power.
 */
public final class ForkEffect {

    public static final double ALPHA = 0.01;

    private ForkEffect() {}

    /** True when at least two forks with two or more iterations each disagree as described above. */
    public static boolean disagree(double[][] forks, double thresholdPercent) {
        List<double[]> groups = Arrays.stream(forks).filter(f -> f.length >= 2).toList();
        if (groups.size() < 2 || groups.size() != forks.length) {
            return false;
        }
        double[] means = means(forks);
        double lo = Arrays.stream(means).min().orElseThrow();
        double hi = Arrays.stream(means).max().orElseThrow();
        double spreadPercent = 100 * (hi - lo) / Math.abs(Samples.mean(means));
        if (!(spreadPercent > thresholdPercent / 2)) {
            return false;
        }
        if (groups.stream().allMatch(ForkEffect::constant)) {
            return true; // no iteration noise at all: any spread between forks is a fork effect
        }
        return OneWayAnova.withDefaults().test(groups).getPValue() < ALPHA;
    }

    /** Each fork's mean. */
    public static double[] means(double[][] forks) {
        return Arrays.stream(forks).mapToDouble(Samples::mean).toArray();
    }

    private static boolean constant(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == v[0]);
    }
}
