package io.whyrelu.core.activation.spi;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One plug-in activation s: R → R, as the catalogue's are defined: the float form the scalar
 * kernels compute, the double-precision reference every implementation is measured against, and,
 * optionally, what the author claims about it. Claims are never trusted: the accuracy suite
 * measures convexity and monotonicity and the verdict table flags a claim the measurement
 * contradicts. Implementations must be stateless and thread-safe.
 */
public interface ActivationFunction {

    /** The float form: what the scalar kernels (and the SIMD kernels without a vector form) compute. */
    float apply(float x);

    /** The double-precision reference, as accurate as the author can make it. */
    double reference(double x);

    /** Claimed: s is convex on R. Empty: no claim (the suite measures it either way). */
    default Optional<Boolean> declaredConvex() {
        return Optional.empty();
    }

    /** Claimed: s is non-decreasing on R. */
    default Optional<Boolean> declaredMonotone() {
        return Optional.empty();
    }

    /**
     * The float form's error bound against the reference, in ULPs. One, the catalogue's, holds for
     * a form that rounds a double computation once; the ULP survey measures it.
     */
    default double ulpBudget() {
        return 1;
    }

    /**
     * An upper bound of |s'(t)| over all t ≤ hi, which the kernel error bound uses. Empty: estimated
     * from the reference by finite differences (see PluginActivation), with a safety factor.
     */
    default OptionalDouble slopeBound(double hi) {
        return OptionalDouble.empty();
    }
}
