package io.whyrelu.reports.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeltTest {

    /** Levels of given lengths with unit Gaussian noise. */
    private static double[] series(long seed, double[] levels, int[] lengths) {
        Random rng = new Random(seed);
        int n = java.util.Arrays.stream(lengths).sum();
        double[] x = new double[n];
        int i = 0;
        for (int s = 0; s < levels.length; s++) {
            for (int j = 0; j < lengths[s]; j++) {
                x[i++] = levels[s] + rng.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void findsKnownChangepoints() {
        for (long seed = 0; seed < 20; seed++) {
            double[] x = series(seed, new double[] {0, 8, 3}, new int[] {30, 40, 30});
            assertEquals(List.of(30, 70), Pelt.changepoints(x, 1, 3 * Math.log(x.length)), "seed " + seed);
        }
    }

    @Test
    void findsNoneInNoise() {
        int falseAlarms = 0;
        for (long seed = 0; seed < 200; seed++) {
            double[] x = series(seed, new double[] {5}, new int[] {50});
            falseAlarms += Pelt.changepoints(x, 1, 3 * Math.log(x.length)).isEmpty() ? 0 : 1;
        }
        // 3 ln n is a conservative BIC-like penalty: false alarms are rare on white noise.
        assertEquals(0, falseAlarms, 10);
    }

    @Test
    void agreesWithExhaustiveOptimalPartitioning() {
        for (long seed = 0; seed < 30; seed++) {
            double[] x = series(seed, new double[] {0, 2, -1, 1}, new int[] {3, 4, 2, 3});
            double beta = 2;
            assertEquals(bruteForce(x, beta), cost(x, Pelt.changepoints(x, 1, beta), beta), 1e-9, "seed " + seed);
        }
    }

    /** The minimal penalised cost over all 2^(n-1) partitions. */
    private static double bruteForce(double[] x, double beta) {
        int n = x.length;
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << (n - 1); mask++) {
            List<Integer> cps = new java.util.ArrayList<>();
            for (int i = 1; i < n; i++) {
                if ((mask & 1 << (i - 1)) != 0) {
                    cps.add(i);
                }
            }
            best = Math.min(best, cost(x, cps, beta));
        }
        return best;
    }

    private static double cost(double[] x, List<Integer> cps, double beta) {
        double total = beta * cps.size();
        int from = 0;
        List<Integer> ends = new java.util.ArrayList<>(cps);
        ends.add(x.length);
        for (int to : ends) {
            double mean = 0;
            for (int i = from; i < to; i++) {
                mean += x[i] / (to - from);
            }
            for (int i = from; i < to; i++) {
                total += (x[i] - mean) * (x[i] - mean);
            }
            from = to;
        }
        return total;
    }
}
