package io.whyrelu.bench.accuracy;

import io.whyrelu.core.accuracy.KernelAccuracy;
import io.whyrelu.core.accuracy.UlpSurvey;
import io.whyrelu.core.convexity.CurvatureCheck;
import io.whyrelu.core.convexity.ExtremePointCheck;
import io.whyrelu.core.convexity.JensenCheck;
import io.whyrelu.core.convexity.RepresentabilityCheck;
import io.whyrelu.core.convexity.SurrogateCheck;
import java.util.List;
import java.util.Map;

/** Everything measured for one activation: one entry of accuracy.json's "activations". */
public record ActivationAccuracy(String activation, Map<String, Boolean> declared, Map<String, CurvatureCheck.Result> curvature,
        List<JensenEntry> jensen, List<RepresentabilityCheck.TargetResult> representability, ExtremePointCheck.Result extremePoints,
        List<SurrogateCheck.Result> surrogate, Map<String, UlpEntry> ulp, Map<String, KernelAccuracy.Result> kernel,
        Verdict verdict) {

    /** One Jensen configuration for one subject (reference, scalar, simd). */
    public record JensenEntry(String subject, int n, int k, String outputWeights, JensenCheck.Result result) {}

    /** ULP survey of one implementation, with the budget it is held to. */
    public record UlpEntry(String sample, double budget, UlpSurvey.Result result) {}
}
