package io.whyrelu.reports.steady;

import io.whyrelu.resultmodel.steady.ForkClass;
import io.whyrelu.resultmodel.steady.ForkClassification;
import io.whyrelu.resultmodel.steady.Segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Classifies one fork's measured iterations as flat, warm-up, slowdown or no steady state, the
 * way Barrett et al. classify process executions (OOPSLA 2017), adapted to JMH's short series:
 *
 * <ol>
 * <li>The noise scale σ is estimated robustly from successive differences (1.4826 · MAD / √2), so a
 *     level shift does not inflate it, and floored at {@link #NOISE_FLOOR} of the median (a timer
 *     cannot resolve less).
 * <li>Isolated iterations far from both neighbours, which agree with each other, are outliers
 *     (one GC pause is not a change of level) and sit out the changepoint search. A last
 *     iteration far from the two before it counts as one too: alone, it cannot show a new level.
 * <li>PELT finds the changepoints with penalty 3·ln n.
 * <li>Adjacent levels are merged unless they differ both practically (more than the tolerance,
 *     5% by default, compare's default threshold: a change it would call "unchanged" between runs
 *     does not make a fork unsteady either) and statistically (more than three standard errors): a
 *     split that is either too small to matter or not clearly real is not a change.
 * <li>One level is flat. A last level shorter than max(2, ⌈n/4⌉) is no steady state. A last
 *     level at least as good as every earlier one (within the tolerance) is warm-up; otherwise
 *     slowdown. Fewer than four iterations cannot be classified.
 * </ol>
 */
public final class ForkClassifier {

    /** Relative noise no timer-based iteration resolves below. */
    static final double NOISE_FLOOR = 0.005;
    /** Level differences below this fraction of the level do not count as a change. */
    public static final double DEFAULT_TOLERANCE = 0.05;
    static final int MIN_ITERATIONS = 4;

    private final double tolerance;

    public ForkClassifier(double tolerance) {
        this.tolerance = tolerance;
    }

    /** Level differences below this fraction do not count as a change. */
    public double tolerance() {
        return tolerance;
    }

    public static ForkClassifier withDefaults() {
        return new ForkClassifier(DEFAULT_TOLERANCE);
    }

    /**
     * @param x              one fork's measured iteration scores, in order
     * @param higherIsBetter whether a higher score is better (throughput) or worse (time per op)
     */
    public ForkClassification classify(double[] x, boolean higherIsBetter) {
        int n = x.length;
        if (n < MIN_ITERATIONS || Arrays.stream(x).anyMatch(v -> !Double.isFinite(v))) {
            return new ForkClassification(ForkClass.TOO_FEW, List.of(), List.of(new Segment(0, n, mean(x, 0, n, List.of()))), List.of());
        }
        double sigma = noiseScale(x);
        List<Integer> outliers = outliers(x, sigma);
        int[] kept = new int[n - outliers.size()];
        double[] y = new double[kept.length];
        for (int i = 0, j = 0; i < n; i++) {
            if (!outliers.contains(i)) {
                kept[j] = i;
                y[j++] = x[i];
            }
        }
        List<Integer> cps = new ArrayList<>();
        for (int c : Pelt.changepoints(y, sigma, 3 * Math.log(y.length))) {
            cps.add(kept[c]);
        }
        List<Segment> segments = merge(x, segments(x, cps, outliers), sigma, outliers);
        List<Integer> changepoints = segments.stream().skip(1).map(Segment::from).toList();
        return new ForkClassification(kind(segments, n, higherIsBetter, outliers, sigma), changepoints, segments, outliers);
    }

    private ForkClass kind(List<Segment> segments, int n, boolean higherIsBetter, List<Integer> outliers, double sigma) {
        if (segments.size() == 1) {
            return sigma > tolerance * Math.abs(segments.get(0).mean()) ? ForkClass.NOISY : ForkClass.FLAT;
        }
        Segment last = segments.get(segments.size() - 1);
        long lastCount = last.length() - outliers.stream().filter(i -> i >= last.from()).count();
        if (lastCount < Math.max(2, (n + 3) / 4)) {
            return ForkClass.NO_STEADY_STATE;
        }
        for (Segment s : segments.subList(0, segments.size() - 1)) {
            double gain = (last.mean() - s.mean()) / Math.abs(s.mean());
            if ((higherIsBetter ? -gain : gain) > tolerance) {
                return ForkClass.SLOWDOWN;
            }
        }
        return ForkClass.WARMUP;
    }

    /** Merges the closest pair of adjacent levels that is not clearly different, until none is left. */
    private List<Segment> merge(double[] x, List<Segment> segments, double sigma, List<Integer> outliers) {
        List<Segment> s = new ArrayList<>(segments);
        while (s.size() > 1) {
            int weakest = -1;
            double weakestScore = Double.POSITIVE_INFINITY;
            for (int i = 0; i + 1 < s.size(); i++) {
                Segment a = s.get(i);
                Segment b = s.get(i + 1);
                double diff = Math.abs(a.mean() - b.mean());
                double practical = diff / (tolerance * Math.max(Math.abs(a.mean()), Math.abs(b.mean())));
                double statistical = diff / (3 * sigma * Math.sqrt(1.0 / count(a, outliers) + 1.0 / count(b, outliers)));
                double score = Math.min(practical, statistical);
                if (score <= 1 && score < weakestScore) {
                    weakest = i;
                    weakestScore = score;
                }
            }
            if (weakest < 0) {
                break;
            }
            Segment a = s.get(weakest);
            Segment b = s.remove(weakest + 1);
            s.set(weakest, new Segment(a.from(), b.to(), mean(x, a.from(), b.to(), outliers)));
        }
        return s;
    }

    private static List<Segment> segments(double[] x, List<Integer> cps, List<Integer> outliers) {
        List<Segment> s = new ArrayList<>();
        int from = 0;
        for (int c : cps) {
            s.add(new Segment(from, c, mean(x, from, c, outliers)));
            from = c;
        }
        s.add(new Segment(from, x.length, mean(x, from, x.length, outliers)));
        return s;
    }

    /**
     * Interior points far (4σ) from both neighbours, on the same side, whose neighbours agree
     * (within 2σ); and the last point when it is that far from the two before it, which agree.
     * Not the first point: a slow first iteration is the signature of warm-up, not a hiccup.
     */
    private static List<Integer> outliers(double[] x, double sigma) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i + 1 < x.length; i++) {
            if (isolated(x[i], x[i - 1], x[i + 1], sigma)) {
                out.add(i);
            }
        }
        int last = x.length - 1;
        if (last >= 2 && isolated(x[last], x[last - 1], x[last - 2], sigma)) {
            out.add(last);
        }
        return out;
    }

    private static boolean isolated(double v, double a, double b, double sigma) {
        double l = v - a;
        double r = v - b;
        return Math.abs(l) > 4 * sigma && Math.abs(r) > 4 * sigma && Math.signum(l) == Math.signum(r) && Math.abs(a - b) <= 2 * sigma;
    }

    /** 1.4826 · MAD of successive differences / √2: the scale of white noise, blind to a few level shifts. */
    static double noiseScale(double[] x) {
        double[] d = new double[x.length - 1];
        for (int i = 0; i + 1 < x.length; i++) {
            d[i] = x[i + 1] - x[i];
        }
        double md = median(d);
        double[] dev = Arrays.stream(d).map(v -> Math.abs(v - md)).toArray();
        double sigma = 1.4826 * median(dev) / Math.sqrt(2);
        double floor = NOISE_FLOOR * Math.abs(median(x));
        return Math.max(Math.max(sigma, floor), Double.MIN_NORMAL);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static long count(Segment s, List<Integer> outliers) {
        return Math.max(1, s.length() - outliers.stream().filter(i -> i >= s.from() && i < s.to()).count());
    }

    private static double mean(double[] x, int from, int to, List<Integer> outliers) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!outliers.contains(i)) {
                sum += x[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
