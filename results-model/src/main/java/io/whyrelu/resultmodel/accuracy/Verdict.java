package io.whyrelu.resultmodel.accuracy;

import java.util.Map;

/**
 * The paper's claims for one activation, measured: requirement 1 (convex), requirement 2 (|x|
 * and x² each represented to 1e-3 with K ≤ 64 by a convex fit), convexity preserved in float by
 * each implementation (no W ≥ 0 network flagged by the Jensen test), a unique surrogate minimum in
 * every C5 instance, and each implementation's worst ULP error. Implementations are keys, in the
 * document's order, so a third one (or a plug-in) gets its columns without code naming it.
 * {@code evidence} holds, for each claim ({@link #REQUIREMENT_1}, {@link #preservedKey}, ...), what
 * its yes or no rests on. The paper predicts that exactly the ReLU-type activations pass everything;
 * {@link #agreesWithPaper} says whether this measurement agrees.
 *
 * <p>{@code declared} is what the activation claims (convex, monotone; a plug-in may claim nothing)
 * and {@code mismatches} each claim the measurement contradicts, e.g. "declared convex, measured
 * not convex": a finding, shown as an alert.
 *
 * @param preserved an entry for each implementation whose Jensen test ran
 * @param declared null in files written before claims were recorded
 */
public record Verdict(String activation, boolean requirement1Convex, boolean requirement2Representable, Map<String, Boolean> preserved,
        boolean uniqueSurrogateMinimum, Map<String, String> evidence, Map<String, Double> maxUlp, boolean passesAll,
        boolean predictedByPaper, boolean agreesWithPaper, Map<String, Boolean> declared, java.util.List<String> mismatches) {

    public static final String REQUIREMENT_1 = "requirement1Convex";
    public static final String REQUIREMENT_2 = "requirement2Representable";
    public static final String UNIQUE_MINIMUM = "uniqueSurrogateMinimum";

    /** The evidence key of one implementation's preservation: "preserved:simd". */
    public static String preservedKey(String implementation) {
        return "preserved:" + implementation;
    }

    public Verdict {
        preserved = preserved == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(preserved));
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
        maxUlp = maxUlp == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(maxUlp));
        declared = declared == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(declared));
        mismatches = mismatches == null ? java.util.List.of() : java.util.List.copyOf(mismatches);
    }

    /** Whether an implementation preserved convexity: null when its Jensen test did not run. */
    public Boolean preservedBy(String implementation) {
        return preserved.get(implementation);
    }

    /** An implementation's worst ULP error, NaN when not measured. */
    public double maxUlpOf(String implementation) {
        Double v = maxUlp.get(implementation);
        return v == null ? Double.NaN : v;
    }
}
