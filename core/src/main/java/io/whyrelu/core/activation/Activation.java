package io.whyrelu.core.activation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * An activation function s: R → R as the catalogue defines it: a float definition (what the
 * scalar kernels compute), a double-precision reference (what every implementation is measured
 * against) and the mathematical properties it declares. The accuracy suite measures the declared
 * properties; a contradiction is a finding, not a silent pass. Plug-ins (activation.spi) are
 * {@link PluginActivation}s of kind {@link ActivationKind#PLUGIN}, checked the same way.
 *
 * <p>Instances are immutable and compare by id and parameters.
 */
public abstract sealed class Activation
        permits Relu, LeakyRelu, Softplus, Elu, Selu, SquaredRelu, Exp, Sigmoid, Tanh, Gelu, GeluTanh, Silu, Mish, PluginActivation {

    public abstract ActivationKind kind();

    /** Parameter values in the order {@link #parameterList()} declares them. */
    public abstract double[] parameterValues();

    /** The float definition: what the scalar kernels compute, evaluated once in double and rounded. */
    public abstract float apply(float x);

    /** The double-precision reference in a numerically stable form. */
    public abstract double reference(double x);

    /** Declared: s is convex on R (empty: a plug-in that claims nothing). */
    public abstract Optional<Boolean> declaredConvex();

    /** Declared: s is non-decreasing on R. */
    public abstract Optional<Boolean> declaredMonotone();

    /** The declared properties, by name ("convex", "monotone"), only those declared. */
    public final Map<String, Boolean> declared() {
        var map = new java.util.LinkedHashMap<String, Boolean>();
        declaredConvex().ifPresent(v -> map.put("convex", v));
        declaredMonotone().ifPresent(v -> map.put("monotone", v));
        return java.util.Collections.unmodifiableMap(map);
    }

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

    /** The id in specs and results: the kind's, or a plug-in's own. */
    public String id() {
        return kind().id();
    }

    /** The parameters a spec may set: the kind's, or a plug-in's. */
    public List<Parameter> parameterList() {
        return kind().parameters();
    }

    public final Map<String, Double> parameters() {
        var names = parameterList();
        double[] values = parameterValues();
        var map = new java.util.LinkedHashMap<String, Double>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i).name(), values[i]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The canonical spec, e.g. {@code elu:alpha=2}; parameters at their defaults are omitted. */
    public final String spec() {
        var names = parameterList();
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
        return o instanceof Activation a && a.kind() == kind() && a.id().equals(id())
                && java.util.Arrays.equals(a.parameterValues(), parameterValues());
    }

    @Override
    public final int hashCode() {
        return 31 * id().hashCode() + java.util.Arrays.hashCode(parameterValues());
    }

    @Override
    public final String toString() {
        return spec();
    }
}
