package io.whyrelu.bench.accuracy;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.ActivationKind;
import io.whyrelu.core.activation.LeakyRelu;
import java.util.Map;

/**
 * The paper's claims for one activation, measured: requirement 1 (convex), requirement 2 (|x|
 * and x² each represented to 1e-3 with K ≤ 64 by a convex fit), convexity preserved in float by
 * each implementation (no W ≥ 0 network flagged by the Jensen test), a unique surrogate minimum in
 * every C5 instance, and the worst SIMD ULP error. {@code evidence} holds, for each of those
 * fields, what its yes or no rests on: the curvature found, the best fits, the networks flagged
 * with their interval and how many pre-activations reached the non-convex region, the C5 rate. The paper predicts that exactly the ReLU-type activations (ReLU,
 * leaky-ReLU with 0 ≤ α ≤ 1) pass everything; {@link #agreesWithPaper} says whether this
 * measurement agrees.
 */
public record Verdict(String activation, boolean requirement1Convex, boolean requirement2Representable,
        Boolean preservedScalar, Boolean preservedSimd, boolean uniqueSurrogateMinimum, Map<String, String> evidence, double maxUlpScalar,
        double maxUlpSimd, boolean passesAll, boolean predictedByPaper, boolean agreesWithPaper) {

    /** ReLU, or leaky-ReLU with 0 ≤ α ≤ 1 (affine + ReLU): what the paper singles out. */
    public static boolean reluType(Activation a) {
        if (a.kind() == ActivationKind.RELU) {
            return true;
        }
        return a.kind() == ActivationKind.LEAKY_RELU && ((LeakyRelu) a).alpha() >= 0 && ((LeakyRelu) a).alpha() <= 1;
    }
}
