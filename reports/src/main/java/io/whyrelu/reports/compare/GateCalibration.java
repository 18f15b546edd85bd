package io.whyrelu.reports.compare;

import io.whyrelu.resultmodel.Shape;

import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.jmh.Metric;
import io.whyrelu.reports.stats.Samples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * How often the gate fails on no change, and how often it catches a real one, measured by
 * resampling real forks: for each result with two forks or more, a simulated fork is one of its
 * real forks' offsets from the result's level (so the JIT modes and layouts the machine really
 * showed), with iterations drawn from its real within-fork residuals, all on the log scale. A/A
 * pairs are two such runs; detection runs slow a random 5% of the results (at least one) by the
 * given change. Steadiness is taken as given: this measures the statistics alone.
 */
public final class GateCalibration {

    /** Forks × iterations a side. */
    public record Shape(int forks, int iterations) {
        @Override
        public String toString() {
            return forks + "×" + iterations;
        }
    }

    /**
     * @param shape            forks × iterations a side
     * @param rowFalseAlarms   share of rows called REGRESSED or IMPROVED on no change
     * @param suiteFalseAlarms share of no-change suites that fail the gate (any REGRESSED)
     * @param detection        share of slowed rows called REGRESSED, per change in {@link #CHANGES}
     * @param tooFew           share of slowed rows left TOO_FEW, per change
     */
    public record Outcome(Shape shape, double rowFalseAlarms, double suiteFalseAlarms, double[] detection, double[] tooFew) {}

    public static final double[] CHANGES = {0.02, 0.05, 0.10, 0.20};

    private final List<Benchmark> benchmarks;
    private final GateSettings settings;
    private final int trials;

    /** What is resampled of one real result. */
    private record Benchmark(JmhResult result, double level, double[] forkOffsets, double[] residuals) {}

    public GateCalibration(List<JmhResult> results, GateSettings settings, int trials) {
        this.settings = settings;
        this.trials = trials;
        List<Benchmark> list = new ArrayList<>();
        for (JmhResult r : results) {
            double[][] forks = Arrays.stream(Samples.byFork(r.primary())).map(f -> Arrays.stream(f).filter(v -> v > 0).toArray())
                    .filter(f -> f.length >= 2).toArray(double[][]::new);
            if (forks.length < 2) {
                continue;
            }
            double[] logMeans = Arrays.stream(forks).mapToDouble(f -> Math.log(Samples.mean(f))).toArray();
            double level = Samples.mean(logMeans);
            List<Double> residuals = new ArrayList<>();
            for (int f = 0; f < forks.length; f++) {
                double[] logs = Arrays.stream(forks[f]).map(Math::log).toArray();
                double m = Samples.mean(logs);
                for (double v : logs) {
                    residuals.add(v - m);
                }
            }
            list.add(new Benchmark(r, level, Arrays.stream(logMeans).map(v -> v - level).toArray(),
                    residuals.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no result with two forks of two iterations or more to resample");
        }
        benchmarks = list;
    }

    public int benchmarks() {
        return benchmarks.size();
    }

    /** The standard deviation of each result's log fork means: the fork-to-fork noise of this machine, sorted. */
    public double[] forkNoise() {
        return benchmarks.stream().mapToDouble(b -> Math.sqrt(Arrays.stream(b.forkOffsets).map(v -> v * v).sum() / (b.forkOffsets.length - 1)))
                .sorted().toArray();
    }

    public Outcome measure(Shape shape, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        long rowAlarms = 0;
        long rows = 0;
        int suiteAlarms = 0;
        for (int t = 0; t < trials; t++) {
            Comparison c = compare(run(shape, rng, Map.of()), run(shape, rng, Map.of()));
            long alarms = c.count(Change.REGRESSED) + c.count(Change.IMPROVED);
            rowAlarms += alarms;
            rows += c.rows().size();
            suiteAlarms += c.count(Change.REGRESSED) > 0 ? 1 : 0;
        }
        double[] detection = new double[CHANGES.length];
        double[] tooFew = new double[CHANGES.length];
        for (int k = 0; k < CHANGES.length; k++) {
            long slowed = 0;
            long caught = 0;
            long undecided = 0;
            for (int t = 0; t < trials; t++) {
                Map<Integer, Double> slow = new java.util.HashMap<>();
                int count = Math.max(1, benchmarks.size() / 20);
                while (slow.size() < count) {
                    slow.put(rng.nextInt(benchmarks.size()), CHANGES[k]);
                }
                Comparison c = compare(run(shape, rng, Map.of()), run(shape, rng, slow));
                for (ComparisonRow row : c.rows()) {
                    if (slow.containsKey(Integer.parseInt(row.key().params().get(INDEX)))) {
                        slowed++;
                        caught += row.verdict() == Change.REGRESSED ? 1 : 0;
                        undecided += row.verdict() == Change.TOO_FEW ? 1 : 0;
                    }
                }
            }
            detection[k] = (double) caught / slowed;
            tooFew[k] = (double) undecided / slowed;
        }
        return new Outcome(shape, (double) rowAlarms / rows, (double) suiteAlarms / trials, detection, tooFew);
    }

    private static final String INDEX = "calibration.index";

    private Comparison compare(List<JmhResult> a, List<JmhResult> b) {
        return Comparisons.compare(Comparisons.Side.assumedSteady("A", a), Comparisons.Side.assumedSteady("B", b), settings, List.of());
    }

    /** One simulated run: every benchmark resampled; those in {@code slow} made worse by their change. */
    private List<JmhResult> run(Shape shape, UniformRandomProvider rng, Map<Integer, Double> slow) {
        List<JmhResult> out = new ArrayList<>(benchmarks.size());
        for (int i = 0; i < benchmarks.size(); i++) {
            Benchmark b = benchmarks.get(i);
            boolean higherBetter = b.result.primary().higherIsBetter();
            double change = slow.getOrDefault(i, 0.0);
            double worse = Math.log(higherBetter ? 1 - change : 1 / (1 - change));
            List<List<Double>> raw = new ArrayList<>();
            double sum = 0;
            for (int f = 0; f < shape.forks(); f++) {
                double fork = b.level + b.forkOffsets[rng.nextInt(b.forkOffsets.length)] + worse;
                List<Double> iterations = new ArrayList<>();
                for (int it = 0; it < shape.iterations(); it++) {
                    double v = Math.exp(fork + b.residuals[rng.nextInt(b.residuals.length)]);
                    iterations.add(v);
                    sum += v;
                }
                raw.add(iterations);
            }
            double score = sum / (shape.forks() * shape.iterations());
            Metric m = new Metric(score, Double.NaN, new double[] {Double.NaN, Double.NaN}, Map.of(), b.result.primary().scoreUnit(), raw,
                    List.of());
            out.add(new JmhResult(b.result.benchmark(), b.result.mode(), 1, shape.forks(), "", List.of(), "", "", "", "", 0,
                    shape.iterations(), Map.of(INDEX, String.valueOf(i)), m, Map.of()));
        }
        return out;
    }
}
