package io.whyrelu.core.kernel;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.network.Network;

/**
 * The activation-and-sum kernel bound to one network and one activation:
 * f(x) = Σ_k W[k]·s(Σ_i w[k][i]·x[i] − b[k]) − W0 in float.
 *
 * <p>A kernel may keep scratch buffers, so one instance must not be used by two threads at once;
 * binding another instance is cheap next to an evaluation of a large network.
 */
public interface Kernel {

    Network network();

    Activation activation();

    /** The provider's name: {@code scalar}, {@code simd}, ... */
    String implementation();

    /**
     * f(x) for one input.
     *
     * @throws IllegalArgumentException if x is null or its length is not n
     */
    float evaluate(float[] x);

    /**
     * f for {@code batch} inputs at once: {@code xs} is batch×n row-major, {@code out[r]} receives
     * f of row r. Results equal {@link #evaluate} of each row within the kernel's error bound.
     *
     * @throws IllegalArgumentException if the arrays do not fit batch and n
     */
    void evaluateBatch(float[] xs, int batch, float[] out);
}
