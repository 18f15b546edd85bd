package io.whyrelu.core.activation;

import java.util.Map;
import java.util.StringJoiner;

/**
 * An activation function s: R → R as the catalogue defines it: a float definition (what the
 * scalar kernels compute), a double-precision reference (what every implementation is measured
 * against) and the mathematical properties it declares. The accuracy suite measures the declared
 * properties; a contradiction is a finding, not a silent pass.
 *
 * <p>Instances are immutable and compare by kind and parameters.
 */
public abstract sealed class Activation
        permits Relu, LeakyRelu, Softplus, Elu, Selu, SquaredRelu, Exp, Sigmoid, Tanh, Gelu, GeluTanh, Silu, Mish {

    public abstract ActivationKind kind();

    /** Parameter values in the order {@link ActivationKind#parameters()} declares them. */
    public abstract double[] parameterValues();

    /** The float definition: what the scalar kernels compute, evaluated once in double and rounded. */
    public abstract float apply(float x);

    /** The double-precision reference in a numerically stable form. */
    public abstract double reference(double x);

    /** Declared: s is convex on R. */
    public abstract boolean declaredConvex();

    /** Declared: s is non-decreasing on R. */
    public abstract boolean declaredMonotone();

    /**
     * ReLU, or leaky-ReLU with 0 ≤ α ≤ 1 (an affine function plus a non-negative multiple of
     * ReLU): the activations the paper singles out, whose surrogate minimum a linear program
     * certifies. The one place this is decided.
     */
    public boolean reluType() {
        return kind() == ActivationKind.RELU
                || kind() == ActivationKind.LEAKY_RELU && ((LeakyRelu) this).alpha() >= 0 && ((LeakyRelu) this).alpha() <= 1;
    }

    /**
     * An upper bound of |s'(t)| over all t ≤ hi: the sensitivity the kernel error bound uses to
     * carry a pre-activation error through s. Constant for activations with bounded slope.
     */
    public abstract double slopeBound(double hi);

    public final String id() {
        return kind().id();
    }

    public final Map<String, Double> parameters() {
        var names = kind().parameters();
        double[] values = parameterValues();
        var map = new java.util.LinkedHashMap<String, Double>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i).name(), values[i]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The canonical spec, e.g. {@code elu:alpha=2}; parameters at their defaults are omitted. */
    public final String spec() {
        var names = kind().parameters();
        double[] values = parameterValues();
        var joiner = new StringJoiner(":");
        joiner.add(id());
        for (int i = 0; i < names.size(); i++) {
            if (Double.compare(values[i], names.get(i).defaultValue()) != 0) {
                joiner.add(names.get(i).name() + "=" + Parameter.format(values[i]));
            }
        }
        return joiner.toString();
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Activation a && a.kind() == kind()
                && java.util.Arrays.equals(a.parameterValues(), parameterValues());
    }

    @Override
    public final int hashCode() {
        return 31 * kind().hashCode() + java.util.Arrays.hashCode(parameterValues());
    }

    @Override
    public final String toString() {
        return spec();
    }
}
