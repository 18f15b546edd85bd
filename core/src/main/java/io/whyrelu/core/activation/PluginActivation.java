package io.whyrelu.core.activation;

import io.whyrelu.core.activation.spi.ActivationFunction;
import io.whyrelu.core.activation.spi.ActivationPlugin;
import io.whyrelu.core.activation.spi.PluginException;
import io.whyrelu.core.activation.spi.PluginRegistry;
import java.util.List;
import java.util.Optional;

/**
 * An activation from a plug-in ({@link ActivationPlugin}): the plug-in's id and parameters, and
 * the function it created for these parameter values. The kernels see kind
 * {@link ActivationKind#PLUGIN} and call the plug-in's forms; everything else (specs, results,
 * checks) treats it as any activation of the catalogue.
 */
public final class PluginActivation extends Activation {

    /** The safety factor on a slope estimated from the reference by finite differences. */
    static final double ESTIMATED_SLOPE_MARGIN = 1.25;

    private final PluginRegistry.Loaded loaded;
    private final double[] values;
    private final ActivationFunction function;

    PluginActivation(PluginRegistry.Loaded loaded, double[] values) {
        this.loaded = loaded;
        this.values = values.clone();
        ActivationFunction created;
        try {
            created = loaded.plugin().create(this.values.clone());
        } catch (RuntimeException | LinkageError e) {
            throw new PluginException("plug-in " + describe() + " failed to create its function for "
                    + java.util.Arrays.toString(values) + ": " + e, e);
        }
        if (created == null) {
            throw new PluginException("plug-in " + describe() + " created no function (null)");
        }
        this.function = created;
    }

    public ActivationPlugin plugin() {
        return loaded.plugin();
    }

    /** Where the plug-in was loaded from: its jar's file name, or "class path". */
    public String source() {
        return loaded.source();
    }

    /** "squareplus (org.example.Squareplus from squareplus.jar)": how messages name the plug-in. */
    public String describe() {
        return loaded.describe();
    }

    public ActivationFunction function() {
        return function;
    }

    /** The float form's stated budget against the reference, in ULPs. */
    public double floatUlpBudget() {
        return function.ulpBudget();
    }

    @Override public ActivationKind kind() { return ActivationKind.PLUGIN; }
    @Override public String id() { return loaded.plugin().id(); }
    @Override public List<Parameter> parameterList() { return loaded.plugin().parameters(); }
    @Override public double[] parameterValues() { return values.clone(); }
    @Override public float apply(float x) { return function.apply(x); }
    @Override public double reference(double x) { return function.reference(x); }
    @Override public Optional<Boolean> declaredConvex() { return function.declaredConvex(); }
    @Override public Optional<Boolean> declaredMonotone() { return function.declaredMonotone(); }

    /**
     * The plug-in's bound, or an estimate: the largest |Δs/Δt| of the reference over a grid of step
     * 1/32 from −128 up to hi, times {@value #ESTIMATED_SLOPE_MARGIN}. An estimate, not a bound: a
     * slope that grows below −128, or a spike narrower than the step, is missed, which only
     * loosens the kernel error bound. The grid's running maximum is computed once.
     */
    @Override
    public double slopeBound(double hi) {
        var declared = function.slopeBound(hi);
        if (declared.isPresent()) {
            return declared.getAsDouble();
        }
        double[] prefix = slopePrefix();
        double position = Math.ceil((hi - SLOPE_LO) / SLOPE_STEP);
        if (!(position < prefix.length)) {
            return Math.max(prefix[prefix.length - 1], maxSlope(SLOPE_HI, hi)) * ESTIMATED_SLOPE_MARGIN;
        }
        return prefix[(int) Math.max(0, position)] * ESTIMATED_SLOPE_MARGIN;
    }

    private static final double SLOPE_LO = -128;
    private static final double SLOPE_HI = 128;
    private static final double SLOPE_STEP = 1.0 / 32;
    private volatile double[] slopePrefix;

    /** prefix[i]: the largest slope of the reference between SLOPE_LO and SLOPE_LO + i·step. */
    private double[] slopePrefix() {
        double[] prefix = slopePrefix;
        if (prefix == null) {
            int n = (int) ((SLOPE_HI - SLOPE_LO) / SLOPE_STEP);
            prefix = new double[n + 1];
            double previous = function.reference(SLOPE_LO);
            for (int i = 1; i <= n; i++) {
                double s = function.reference(SLOPE_LO + i * SLOPE_STEP);
                double slope = Math.abs(s - previous) / SLOPE_STEP;
                prefix[i] = Math.max(prefix[i - 1], Double.isFinite(slope) ? slope : 0);
                previous = s;
            }
            prefix[0] = prefix.length > 1 ? prefix[1] : 0;
            slopePrefix = prefix;
        }
        return prefix;
    }

    private double maxSlope(double lo, double hi) {
        int steps = 4096;
        double h = (hi - lo) / steps;
        double max = 0;
        double previous = function.reference(lo);
        for (int i = 1; i <= steps; i++) {
            double s = function.reference(lo + i * h);
            double slope = Math.abs(s - previous) / h;
            max = Math.max(max, Double.isFinite(slope) ? slope : 0);
            previous = s;
        }
        return max;
    }
}
