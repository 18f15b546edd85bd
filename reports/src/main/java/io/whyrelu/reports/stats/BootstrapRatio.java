package io.whyrelu.reports.stats;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A percentile bootstrap confidence interval of mean(current)/mean(baseline): resample each side
 * with replacement, take the ratio of means, read the interval off the sorted ratios. Seeded, so
 * the same data give the same interval.
 */
public final class BootstrapRatio {

    private static final int RESAMPLES = 2000;

    private BootstrapRatio() {}

    /** [low, high] at the given confidence (e.g. 0.95); NaNs when either side has fewer than two values. */
    public static double[] interval(double[] baseline, double[] current, double confidence) {
        if (baseline.length < 2 || current.length < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(0x5eed_b007L);
        double[] ratios = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            ratios[r] = resampledMean(rng, current) / resampledMean(rng, baseline);
        }
        Arrays.sort(ratios);
        double tail = (1 - confidence) / 2;
        return new double[] {ratios[(int) Math.floor(tail * (RESAMPLES - 1))], ratios[(int) Math.ceil((1 - tail) * (RESAMPLES - 1))]};
    }

    private static double resampledMean(UniformRandomProvider rng, double[] v) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[rng.nextInt(v.length)];
        }
        return s / v.length;
    }
}
