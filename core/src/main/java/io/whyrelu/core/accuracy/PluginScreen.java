package io.whyrelu.core.accuracy;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.activation.spi.PluginException;
import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.numeric.Ulps;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The defence against a bad plug-in, run before any benchmark: on a sample of every binade, a
 * grid over [−20, 20] and the special values, the plug-in's reference and float form must not
 * throw, neither form may return NaN or ±∞ where the reference is finite in float, and each
 * implementation's form (the vector form in simd) must stay within the stated budgets of the float
 * form: the implementation's plus the float form's, in ULPs of the float form's value. The first
 * defect is a {@link PluginException} naming the plug-in, the input and both values. What this
 * screen lets through the accuracy suite still measures (ULP survey, curvature, C2–C5).
 */
public final class PluginScreen {

    private PluginScreen() {}

    /**
     * The screen's inputs: 4 097 grid points on [−20, 20] first (so the input a message names is
     * an ordinary one when the defect is everywhere), the specials, then 65 282 stratified magnitudes.
     */
    static float[] sample() {
        float[] grid = FloatSamples.uniform(-20f, 20f, 4097);
        float[] magnitudes = FloatSamples.stratified(1 << 16);
        float[] all = Arrays.copyOf(grid, grid.length + FloatSamples.SPECIAL.length + magnitudes.length);
        System.arraycopy(FloatSamples.SPECIAL, 0, all, grid.length, FloatSamples.SPECIAL.length);
        System.arraycopy(magnitudes, 0, all, grid.length + FloatSamples.SPECIAL.length, magnitudes.length);
        return all;
    }

    /** Screens every plug-in among the activations on every provider; built-ins pass through. */
    public static void screen(List<Activation> activations, List<KernelProvider> providers) {
        for (Activation a : activations) {
            if (a instanceof PluginActivation p) {
                screen(p, providers);
            }
        }
    }

    public static void screen(PluginActivation a, List<KernelProvider> providers) {
        float[] x = sample();
        double[] ref = new double[x.length];
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            float xi = x[i];
            ref[i] = call(a, "reference", xi, () -> a.reference(xi));
            y[i] = (float) call(a, "float form", xi, () -> a.apply(xi));
            if (finite(ref[i]) && !Float.isFinite(y[i])) {
                throw defect(a, "its float form returns " + y[i] + " at x = " + x[i] + " where its reference is " + ref[i]);
            }
        }
        for (KernelProvider p : providers) {
            float[] out = new float[x.length];
            apply(a, p, x, out);
            double budget = p.ulpBudget(a) + a.floatUlpBudget();
            for (int i = 0; i < x.length; i++) {
                if (finite(ref[i]) && !Float.isFinite(out[i])) {
                    throw defect(a, "its " + p.name() + " form returns " + out[i] + " at x = " + x[i] + " where its reference is " + ref[i]);
                }
                double apart = Float.isFinite(y[i]) && Float.isFinite(out[i]) ? Ulps.error(y[i], out[i]) : 0;
                if (apart > budget) {
                    throw defect(a, String.format(Locale.ROOT, "its %s form and its float form disagree by %.3g ULP at x = %s "
                            + "(%s: %s, float form: %s), beyond the stated budget %.3g (%s %.3g + float form %.3g)", p.name(), apart,
                            x[i], p.name(), out[i], y[i], budget, p.name(), p.ulpBudget(a), a.floatUlpBudget()));
                }
            }
        }
    }

    /** The provider's form over the sample; when it throws, element by element to name the input. */
    private static void apply(PluginActivation a, KernelProvider p, float[] x, float[] out) {
        try {
            p.elementwise(a).apply(x, out, x.length);
        } catch (RuntimeException | LinkageError e) {
            for (float xi : x) {
                float[] one = {xi};
                call(a, p.name() + " form", xi, () -> {
                    p.elementwise(a).apply(one, one, 1);
                    return one[0];
                });
            }
            throw defect(a, "its " + p.name() + " form throws on the whole sample but on no single input: " + e);
        }
    }

    private static boolean finite(double reference) {
        return Float.isFinite((float) reference);
    }

    private static double call(PluginActivation a, String what, float x, java.util.function.DoubleSupplier f) {
        try {
            return f.getAsDouble();
        } catch (RuntimeException | LinkageError e) {
            throw new PluginException("activation plug-in " + a.describe() + ": its " + what + " throws at x = " + x + ": " + e, e);
        }
    }

    private static PluginException defect(PluginActivation a, String what) {
        return new PluginException("activation plug-in " + a.describe() + ": " + what);
    }
}
