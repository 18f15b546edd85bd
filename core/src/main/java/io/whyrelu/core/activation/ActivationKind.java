package io.whyrelu.core.activation;

import java.util.List;

/**
 * The catalogue's activation ids, stable across versions: they appear on the command line, in
 * JMH params and in result files. Definitions follow PyTorch's {@code torch.nn} documentation.
 */
public enum ActivationKind {
    RELU("relu"),
    LEAKY_RELU("leaky-relu", new Parameter("alpha", 0.01, false)),
    SOFTPLUS("softplus", new Parameter("beta", 1, true)),
    ELU("elu", new Parameter("alpha", 1, false)),
    SELU("selu"),
    SQUARED_RELU("squared-relu"),
    EXP("exp"),
    SIGMOID("sigmoid"),
    TANH("tanh"),
    GELU("gelu"),
    GELU_TANH("gelu-tanh"),
    SILU("silu"),
    MISH("mish"),
    /**
     * Not a catalogue entry: the kind of every plug-in activation ({@link PluginActivation}), whose
     * id is its own. Kernels dispatch on it to the plug-in's forms.
     */
    PLUGIN("plugin");

    /** The catalogue: every kind but {@link #PLUGIN}, in catalogue order. */
    public static final List<ActivationKind> CATALOGUE = java.util.Arrays.stream(values()).filter(k -> k != PLUGIN).toList();

    private final String id;
    private final List<Parameter> parameters;

    ActivationKind(String id, Parameter... parameters) {
        this.id = id;
        this.parameters = List.of(parameters);
    }

    public String id() {
        return id;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** Creates the activation; {@code values} are already validated and in declaration order. */
    Activation create(double[] values) {
        return switch (this) {
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu(values[0]);
            case SOFTPLUS -> new Softplus(values[0]);
            case ELU -> new Elu(values[0]);
            case SELU -> new Selu();
            case SQUARED_RELU -> new SquaredRelu();
            case EXP -> new Exp();
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case GELU -> new Gelu();
            case GELU_TANH -> new GeluTanh();
            case SILU -> new Silu();
            case MISH -> new Mish();
            case PLUGIN -> throw new IllegalStateException("plug-in activations are created by their plug-in");
        };
    }
}
