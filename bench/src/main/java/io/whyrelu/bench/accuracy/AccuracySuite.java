package io.whyrelu.bench.accuracy;

import io.whyrelu.resultmodel.accuracy.Verdict;

import io.whyrelu.resultmodel.accuracy.ActivationAccuracy;
import io.whyrelu.resultmodel.accuracy.SweepEntry;

import io.whyrelu.core.accuracy.FloatSamples;
import io.whyrelu.core.accuracy.KernelAccuracy;
import io.whyrelu.core.accuracy.UlpSurvey;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.activation.spi.PluginException;
import io.whyrelu.core.convexity.ConvexTarget;
import io.whyrelu.core.convexity.CurvatureCheck;
import io.whyrelu.core.convexity.ExtremePointCheck;
import io.whyrelu.core.convexity.JensenCheck;
import io.whyrelu.core.convexity.NonConvexRegion;
import io.whyrelu.core.convexity.RepresentabilityCheck;
import io.whyrelu.core.convexity.ReluSurrogateLp;
import io.whyrelu.core.convexity.SurrogateCheck;
import io.whyrelu.core.convexity.SurrogateRate;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.core.network.NetworkGenerator.OutputWeights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs every check (DESIGN.md §5: C1–C5, A1) for every activation and implementation, in
 * parallel over activations, and assembles the results in catalogue order: the same seed gives
 * the same numbers whatever the thread timing. The mathematics is in core; this class decides
 * what to run and with which setups.
 */
public final class AccuracySuite {

    /** Jensen setups of C2: n × K, each with W ≥ 0 and the mixed-sign control. */
    static final int[] JENSEN_N = {1, 4, 32};
    static final int[] JENSEN_K = {16, 256};
    /** C1 parameter sweeps that show where convexity starts and ends. */
    static final List<String> SWEEPS = List.of("elu:alpha=0.5", "elu:alpha=1", "elu:alpha=2", "leaky-relu:alpha=0.01",
            "leaky-relu:alpha=1", "leaky-relu:alpha=1.5");
    static final double REQUIREMENT2_TOLERANCE = 1e-3;
    /** C5 cells: dimension × hidden-unit steepness, each a rate over independent instances. */
    static final int[] C5_DIMENSIONS = {2, 8};
    static final double[] C5_SCALES = {SurrogateCheck.Setup.GENTLE, SurrogateCheck.Setup.STEEP};
    /** C2's wide and targeted setups (pre-activations over, chords aimed at, the non-convex regions): n × K. */
    static final int[] JENSEN_WIDE_N = {4};
    static final int[] JENSEN_WIDE_K = {16};

    /**
     * How much C5 the suite runs: instances per dimension × steepness, and starts per instance. The
     * default keeps the suite within 1.5× of its time before C5 became a rate (7.4 → 10.7 s on two
     * cores); {@code --thorough} gives intervals a few percent wide (160 s).
     */
    public record SurrogateEffort(int instances, int starts) {
        public static final SurrogateEffort DEFAULT = new SurrogateEffort(2, 6);
        public static final SurrogateEffort THOROUGH = new SurrogateEffort(50, 24);
    }

    /** @param surrogate C5 effort (ReLU-type activations: one LP-certified instance per dimension whatever it says) */
    public record Options(List<Activation> activations, List<String> impls, boolean exhaustive, long seed, int threads,
            SurrogateEffort surrogate) {}


    public record Results(List<ActivationAccuracy> activations, List<SweepEntry> sweeps) {}

    private final Options options;
    private final Consumer<String> progress;

    public AccuracySuite(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public Results run() throws InterruptedException {
        List<KernelProvider> providers = options.impls().stream().map(Kernels::get).toList();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<ActivationAccuracy>> futures = new ArrayList<>();
            for (Activation a : options.activations()) {
                futures.add(pool.submit(() -> measureGuarded(a, providers)));
            }
            List<ActivationAccuracy> results = new ArrayList<>();
            int done = 0;
            for (Future<ActivationAccuracy> f : futures) {
                results.add(get(f));
                progress.accept("accuracy: " + ++done + "/" + futures.size() + " activations (" + results.get(results.size() - 1).activation() + ")");
            }
            if (options.exhaustive()) {
                results = exhaustiveUlp(results, providers);
            }
            List<SweepEntry> sweeps = new ArrayList<>();
            for (String spec : SWEEPS) {
                Activation a = Activations.parse(spec);
                sweeps.add(new SweepEntry(a.spec(), a.declaredConvex().orElseThrow(), curvature(a, providers)));
            }
            return new Results(results, sweeps);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A plug-in that fails inside a check (past the screen) is named, not an internal error. */
    private ActivationAccuracy measureGuarded(Activation a, List<KernelProvider> providers) {
        try {
            return measure(a, providers);
        } catch (RuntimeException | LinkageError e) {
            if (a instanceof PluginActivation p && !(e instanceof PluginException)) {
                throw new PluginException("activation plug-in " + p.describe() + " failed in the accuracy suite: " + e, e);
            }
            throw e;
        }
    }

    /** Every random stream is seeded from (seed, activation, check, configuration) alone: see {@link Seeds}. */
    private ActivationAccuracy measure(Activation a, List<KernelProvider> providers) {
        long seed = options.seed();
        Map<String, Boolean> declared = a.declared();
        Map<String, CurvatureCheck.Result> curvature = curvature(a, providers);

        List<ActivationAccuracy.JensenEntry> jensen = new ArrayList<>();
        NonConvexRegion region = NonConvexRegion.of(a);
        for (int n : JENSEN_N) {
            for (int k : JENSEN_K) {
                for (OutputWeights sign : OutputWeights.values()) {
                    jensen.addAll(jensen(a, region, providers, n, k, sign, "default", JensenCheck.Setup.DEFAULT, seed));
                }
            }
        }
        // Preservation where the pre-activations reach the non-convex region; W ≥ 0 only, the claim under test.
        for (int n : JENSEN_WIDE_N) {
            for (int k : JENSEN_WIDE_K) {
                jensen.addAll(jensen(a, region, providers, n, k, OutputWeights.NON_NEGATIVE, "wide", JensenCheck.Setup.WIDE, seed));
                jensen.addAll(jensen(a, region, providers, n, k, OutputWeights.NON_NEGATIVE, "targeted", JensenCheck.Setup.TARGETED, seed));
            }
        }
        List<RepresentabilityCheck.TargetResult> representability = RepresentabilityCheck.run(a);
        ExtremePointCheck.Result extreme = ExtremePointCheck.run(a);
        List<SurrogateRate> surrogate = surrogate(a, seed);

        Map<String, ActivationAccuracy.UlpEntry> ulp = new LinkedHashMap<>();
        List<ElementwiseActivation> impls = providers.stream().map(p -> p.elementwise(a)).toList();
        List<UlpSurvey.Result> surveys = UlpSurvey.sample(a, impls, FloatSamples.dense());
        for (int i = 0; i < providers.size(); i++) {
            ulp.put(providers.get(i).name(), new ActivationAccuracy.UlpEntry("dense", providers.get(i).ulpBudget(a), surveys.get(i)));
        }
        Map<String, KernelAccuracy.Result> kernel = new LinkedHashMap<>();
        for (KernelProvider p : providers) {
            kernel.put(p.name(), KernelAccuracy.measure(p, a, 256, 256, 4, 16, Seeds.derive(seed, a.spec(), "A2")));
        }
        Verdict verdict = verdict(a, curvature, jensen, representability, surrogate, ulp);
        return new ActivationAccuracy(a.spec(), declared, curvature, jensen, representability, extreme, surrogate, ulp, kernel, verdict);
    }

    /** C2 for one configuration, for the reference and every implementation, on the same networks and chords. */
    private static List<ActivationAccuracy.JensenEntry> jensen(Activation a, NonConvexRegion region, List<KernelProvider> providers, int n,
            int k, OutputWeights sign, String setupName, JensenCheck.Setup setup, long seed) {
        String weights = sign == OutputWeights.NON_NEGATIVE ? "non-negative" : "mixed-sign";
        long s = Seeds.derive(seed, a.spec(), "C2", n, k, weights, setupName);
        List<ActivationAccuracy.JensenEntry> out = new ArrayList<>();
        out.add(new ActivationAccuracy.JensenEntry("reference", n, k, weights, setupName, JensenCheck.run(a, region, n, k, sign,
                (net, ref) -> JensenCheck.Subject.reference(ref), setup, s)));
        for (KernelProvider p : providers) {
            double ulps = p.ulpBudget(a);
            out.add(new ActivationAccuracy.JensenEntry(p.name(), n, k, weights, setupName, JensenCheck.run(a, region, n, k, sign,
                    (net, ref) -> JensenCheck.Subject.kernel(p.kernel(net, a), ulps), setup, s)));
        }
        return out;
    }

    /**
     * C5 rates. ReLU-type surrogates are piecewise linear and convex at any steepness (ReLU is
     * positively homogeneous: steeper units give the same surrogate up to W), and each instance is
     * certified by the LP, so one gentle instance per dimension (24 starts); every other activation
     * gets the effort's instances and starts per dimension × steepness.
     */
    private List<SurrogateRate> surrogate(Activation a, long seed) {
        boolean certified = ReluSurrogateLp.applies(a);
        List<SurrogateRate> rates = new ArrayList<>();
        for (int n : C5_DIMENSIONS) {
            for (double scale : certified ? new double[] {SurrogateCheck.Setup.GENTLE} : C5_SCALES) {
                List<SurrogateCheck.Result> instances = new ArrayList<>();
                SurrogateCheck.Setup setup = SurrogateCheck.Setup.forDimension(n).withUnitScale(scale);
                if (!certified) {
                    setup = setup.withStarts(options.surrogate().starts());
                }
                for (int i = 0; i < (certified ? 1 : options.surrogate().instances()); i++) {
                    instances.add(SurrogateCheck.run(a, setup, Seeds.derive(seed, a.spec(), "C5", n, scale, i)));
                }
                rates.add(SurrogateRate.of(n, scale, instances));
            }
        }
        return rates;
    }

    private static Map<String, CurvatureCheck.Result> curvature(Activation a, List<KernelProvider> providers) {
        Map<String, CurvatureCheck.Result> curvature = new LinkedHashMap<>();
        curvature.put("reference", CurvatureCheck.ofReference(a));
        for (KernelProvider p : providers) {
            curvature.put(p.name(), CurvatureCheck.ofImplementation(p.elementwise(a), p.ulpBudget(a)));
        }
        return curvature;
    }

    static Verdict verdict(Activation a, Map<String, CurvatureCheck.Result> curvature, List<ActivationAccuracy.JensenEntry> jensen,
            List<RepresentabilityCheck.TargetResult> representability, List<SurrogateRate> surrogate,
            Map<String, ActivationAccuracy.UlpEntry> ulp) {
        boolean req1 = curvature.get("reference").convex();
        boolean req2 = representable(representability, ConvexTarget.ABS) && representable(representability, ConvexTarget.SQUARE);
        boolean unique = surrogate.stream().allMatch(SurrogateRate::alwaysUnique);
        // The implementations measured, in the suite's order: the ULP survey ran on each.
        Map<String, Boolean> preserved = new LinkedHashMap<>();
        Map<String, Double> maxUlp = new LinkedHashMap<>();
        for (String impl : ulp.keySet()) {
            Boolean p = preserved(jensen, impl);
            if (p != null) {
                preserved.put(impl, p);
            }
            maxUlp.put(impl, maxUlp(ulp, impl));
        }
        boolean all = req1 && req2 && !preserved.containsValue(Boolean.FALSE) && unique;
        boolean predicted = a.reluType();
        Map<String, String> evidence = new LinkedHashMap<>();
        CurvatureCheck.Result c1 = curvature.get("reference");
        evidence.put(Verdict.REQUIREMENT_1, req1 ? "s'' ≥ 0 on [-8, 8]" : String.format(java.util.Locale.ROOT, "s'' step %.2g at %.3g",
                c1.minSecondDifference(), c1.minSecondDifferenceAt()));
        evidence.put(Verdict.REQUIREMENT_2, "best convex fit |x| " + bestFit(representability, ConvexTarget.ABS) + ", x² "
                + bestFit(representability, ConvexTarget.SQUARE));
        for (String impl : ulp.keySet()) {
            String e = preservedEvidence(jensen, impl);
            if (!e.isEmpty()) {
                evidence.put(Verdict.preservedKey(impl), e);
            }
        }
        evidence.put(Verdict.UNIQUE_MINIMUM, surrogateEvidence(a, surrogate));
        return new Verdict(a.spec(), req1, req2, preserved, unique, evidence, maxUlp, all, predicted, all == predicted, a.declared(),
                io.whyrelu.resultmodel.accuracy.Declarations.mismatches(a.declared(), c1));
    }

    private static String bestFit(List<RepresentabilityCheck.TargetResult> results, ConvexTarget target) {
        return results.stream().filter(r -> r.target() == target).map(RepresentabilityCheck.TargetResult::bestConvex)
                .filter(java.util.Objects::nonNull).findFirst()
                .map(f -> String.format(java.util.Locale.ROOT, "%.2g (K=%d)", f.maxError(), f.segments())).orElse("none");
    }

    /** "flagged 0/72 (box ±3, 12% of pre-activations non-convex), wide 0/36 (41%)": the networks behind a preserved cell. */
    private static String preservedEvidence(List<ActivationAccuracy.JensenEntry> jensen, String subject) {
        StringBuilder sb = new StringBuilder();
        for (String setup : List.of("default", "wide", "targeted")) {
            var entries = jensen.stream().filter(e -> e.subject().equals(subject) && e.outputWeights().equals("non-negative")
                    && e.setup().equals(setup)).toList();
            if (entries.isEmpty()) {
                continue;
            }
            int flagged = entries.stream().mapToInt(e -> e.result().flaggedNetworks()).sum();
            int networks = entries.stream().mapToInt(e -> e.result().networks()).sum();
            double coverage = entries.stream().mapToDouble(e -> e.result().nonConvexCoverage()).average().orElse(0);
            sb.append(sb.length() == 0 ? "flagged " : ", ").append(setup.equals("default") ? "" : setup + " ")
                    .append(io.whyrelu.core.convexity.Proportion.of(flagged, networks))
                    .append(String.format(java.util.Locale.ROOT, " (%.2g%% of pre-activations non-convex)", 100 * coverage));
        }
        return sb.toString();
    }

    /**
     * What the unique-minimum column rests on: the cell with the highest rate of several minima and
     * its interval, or how many instances were all unique (and whether the LP certified them).
     */
    static String surrogateEvidence(Activation a, List<SurrogateRate> rates) {
        int total = rates.stream().mapToInt(r -> r.severalMinima().n()).sum();
        var worst = rates.stream().max(java.util.Comparator.comparingDouble(r -> (double) r.severalMinima().k() / r.severalMinima().n()));
        if (worst.isEmpty() || worst.get().alwaysUnique()) {
            return "unique in " + total + "/" + total + (ReluSurrogateLp.applies(a) ? ", LP-certified" : "");
        }
        SurrogateRate w = worst.get();
        return String.format(java.util.Locale.ROOT, "several minima in %s at n=%d, |w|=%s", w.severalMinima(), w.dimension(),
                w.unitScale() == Math.rint(w.unitScale()) ? String.valueOf((int) w.unitScale()) : String.valueOf(w.unitScale()));
    }

    private static boolean representable(List<RepresentabilityCheck.TargetResult> results, ConvexTarget target) {
        return results.stream().filter(r -> r.target() == target).flatMap(r -> r.fits().stream())
                .anyMatch(f -> f.convexFit() && f.maxError() <= REQUIREMENT2_TOLERANCE);
    }

    /** No W ≥ 0 network flagged for this implementation; null when it was not measured. */
    private static Boolean preserved(List<ActivationAccuracy.JensenEntry> jensen, String subject) {
        var entries = jensen.stream().filter(e -> e.subject().equals(subject) && e.outputWeights().equals("non-negative")).toList();
        return entries.isEmpty() ? null : entries.stream().allMatch(e -> e.result().flaggedNetworks() == 0);
    }

    private static double maxUlp(Map<String, ActivationAccuracy.UlpEntry> ulp, String impl) {
        var e = ulp.get(impl);
        return e == null ? Double.NaN : e.result().maxUlps();
    }

    /** --exhaustive: replaces the sampled ULP survey by one over all 2³² floats, activation by activation. */
    private List<ActivationAccuracy> exhaustiveUlp(List<ActivationAccuracy> results, List<KernelProvider> providers)
            throws InterruptedException {
        List<ActivationAccuracy> out = new ArrayList<>();
        long total = (long) results.size() << 32;
        long[] before = {0};
        long started = System.nanoTime();
        for (int i = 0; i < results.size(); i++) {
            ActivationAccuracy r = results.get(i);
            Activation a = options.activations().get(i);
            List<ElementwiseActivation> impls = providers.stream().map(p -> p.elementwise(a)).toList();
            long base = before[0];
            List<UlpSurvey.Result> surveys = UlpSurvey.exhaustive(a, impls, options.threads(), done -> {
                if ((done & ((1L << 26) - 1)) == 0) {
                    double fraction = (double) (base + done) / total;
                    double elapsed = (System.nanoTime() - started) / 1e9;
                    progress.accept(String.format(java.util.Locale.ROOT, "exhaustive ULP sweep: %s %.1f%% (ETA %.0f s)", a.spec(),
                            100 * fraction, elapsed / Math.max(fraction, 1e-9) * (1 - fraction)));
                }
            });
            before[0] += 1L << 32;
            Map<String, ActivationAccuracy.UlpEntry> ulp = new LinkedHashMap<>();
            for (int p = 0; p < providers.size(); p++) {
                ulp.put(providers.get(p).name(), new ActivationAccuracy.UlpEntry("exhaustive", providers.get(p).ulpBudget(a), surveys.get(p)));
            }
            Verdict v = verdict(a, r.curvature(), r.jensen(), r.representability(), r.surrogate(), ulp);
            out.add(new ActivationAccuracy(r.activation(), r.declared(), r.curvature(), r.jensen(), r.representability(),
                    r.extremePoints(), r.surrogate(), ulp, r.kernel(), v));
        }
        return out;
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof PluginException p) {
                throw p;
            }
            throw new IllegalStateException("accuracy check failed: " + e.getCause(), e.getCause());
        }
    }
}
