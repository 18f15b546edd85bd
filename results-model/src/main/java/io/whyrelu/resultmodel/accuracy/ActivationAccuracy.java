package io.whyrelu.resultmodel.accuracy;

import io.whyrelu.core.accuracy.KernelAccuracy;
import io.whyrelu.core.accuracy.UlpSurvey;
import io.whyrelu.core.convexity.CurvatureCheck;
import io.whyrelu.core.convexity.ExtremePointCheck;
import io.whyrelu.core.convexity.JensenCheck;
import io.whyrelu.core.convexity.RepresentabilityCheck;
import io.whyrelu.core.convexity.SurrogateRate;
import java.util.List;
import java.util.Map;

/** Everything measured for one activation: one entry of accuracy.json's "activations". */
public record ActivationAccuracy(String activation, Map<String, Boolean> declared, Map<String, CurvatureCheck.Result> curvature,
        List<JensenEntry> jensen, List<RepresentabilityCheck.TargetResult> representability, ExtremePointCheck.Result extremePoints,
        List<SurrogateRate> surrogate, Map<String, UlpEntry> ulp, Map<String, KernelAccuracy.Result> kernel,
        Verdict verdict) {

    /** One Jensen configuration for one subject (reference, scalar, simd). */
    /**
     * @param setup "default" (box ±3), "wide" (box ±12: pre-activations that reach the non-convex regions) or
     *              "targeted" (short chords aimed at the non-convex region, see JensenCheck.Setup.TARGETED)
     */
    public record JensenEntry(String subject, int n, int k, String outputWeights, String setup, JensenCheck.Result result) {}

    /** ULP survey of one implementation, with the budget it is held to. */
    public record UlpEntry(String sample, double budget, UlpSurvey.Result result) {}
}
