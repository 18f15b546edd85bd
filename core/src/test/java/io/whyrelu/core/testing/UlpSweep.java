package io.whyrelu.core.testing;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.numeric.Ulps;

/** The worst ULP error of an implementation's activation over a set of inputs, and where. */
public record UlpSweep(double maxUlps, float worstInput, double reference, float computed, int wrongZeroSigns, float firstWrongZero) {

    public static UlpSweep measure(ElementwiseActivation implementation, float[] inputs) {
        Activation activation = implementation.activation();
        float[] out = new float[inputs.length];
        implementation.apply(inputs, out, inputs.length);
        double max = -1;
        int worst = 0;
        int wrongZeros = 0;
        float firstWrongZero = Float.NaN;
        for (int i = 0; i < inputs.length; i++) {
            if (Ulps.wrongZeroSign(activation.reference(inputs[i]), out[i])) {
                if (wrongZeros++ == 0) {
                    firstWrongZero = inputs[i];
                }
            }
            double e = Ulps.error(activation.reference(inputs[i]), out[i]);
            if (!(e <= max)) {
                max = e;
                worst = i;
                if (Double.isNaN(e)) {
                    break;
                }
            }
        }
        return new UlpSweep(max, inputs[worst], activation.reference(inputs[worst]), out[worst], wrongZeros, firstWrongZero);
    }

    @Override
    public String toString() {
        return String.format("max %.3f ULP at x=%s (%s): reference %s, computed %s%s", maxUlps, worstInput,
                Integer.toHexString(Float.floatToRawIntBits(worstInput)), reference, computed,
                wrongZeroSigns == 0 ? "" : "; " + wrongZeroSigns + " zeros of the wrong sign, first at x=" + firstWrongZero);
    }
}
