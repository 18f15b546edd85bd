package io.whyrelu.reports.steady;

import io.whyrelu.resultmodel.steady.ForkClassification;
import io.whyrelu.resultmodel.steady.ForkSteadiness;
import io.whyrelu.resultmodel.steady.SteadyStateDocument;

import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.reports.stats.ForkEffect;
import io.whyrelu.reports.stats.Samples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steadiness of the results of one run. The measured iterations are classified from jmh.json
 * itself, so any JMH file gets the check; what only whyrelu's forks know (how each warm-up went,
 * JMH's warm-up scores) comes from steady-state.json when the run has one.
 */
public final class SteadyStates {

    private final Map<String, SteadyStateDocument.Entry> recorded = new LinkedHashMap<>();
    private final ForkClassifier classifier;
    private final SteadyStateDocument document;
    /** Each result is assessed once, however many tables and charts ask. */
    private final Map<JmhResult, Steadiness> assessed = new java.util.IdentityHashMap<>();

    private SteadyStates(SteadyStateDocument document) {
        this.document = document;
        this.classifier = new ForkClassifier(document == null ? ForkClassifier.DEFAULT_TOLERANCE : document.tolerance());
        if (document != null) {
            for (SteadyStateDocument.Entry e : document.benchmarks()) {
                recorded.put(JmhResult.key(e.benchmark(), e.mode(), e.params(), e.jvm()), e);
            }
        }
    }

    /** @param document the run's steady-state.json, or null when it has none */
    public static SteadyStates of(SteadyStateDocument document) {
        return new SteadyStates(document);
    }

    /** The steady-state.json these states were read from, if any. */
    public java.util.Optional<SteadyStateDocument> document() {
        return java.util.Optional.ofNullable(document);
    }

    public synchronized Steadiness assess(JmhResult r) {
        return assessed.computeIfAbsent(r, x -> {
            SteadyStateDocument.Entry e = recorded.get(x.key());
            return assess(x, e == null ? List.of() : e.forks(), classifier);
        });
    }

    /**
     * Classifies each fork of {@code r}; fork i keeps what {@code recorded.get(i)} knows of its
     * warm-up and JIT activity, where there are that many (only its classification is recomputed).
     */
    public static Steadiness assess(JmhResult r, List<ForkSteadiness> recorded, ForkClassifier classifier) {
        double[][] forks = Samples.byForkTypical(r.primary());
        boolean higher = r.primary().higherIsBetter();
        List<ForkSteadiness> out = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        for (int f = 0; f < forks.length; f++) {
            ForkSteadiness known = f < recorded.size() ? recorded.get(f) : null;
            ForkClassification c = classifier.classify(forks[f], higher);
            out.add(new ForkSteadiness(f, known == null ? null : known.warmup(), known == null ? List.of() : known.jmhWarmup(),
                    known == null ? List.of() : known.iterations(), c));
            levels.add(c.segments().get(c.segments().size() - 1).mean());
        }
        // Forks disagree when their means differ beyond the tolerance and beyond their iterations' noise (ANOVA).
        boolean disagree = ForkEffect.disagree(forks, 200 * classifier.tolerance());
        return new Steadiness(out, disagree, levels);
    }

    /** The steady-state.json entry of one result. */
    public static SteadyStateDocument.Entry entry(JmhResult r, Steadiness s) {
        return new SteadyStateDocument.Entry(r.benchmark(), r.mode(), new java.util.TreeMap<>(r.params()), r.jvmLabel(), s.steady(),
                s.problem(), s.forksDisagree(), s.forks());
    }
}
