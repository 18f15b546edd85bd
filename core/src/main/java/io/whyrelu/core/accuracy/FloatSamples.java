package io.whyrelu.core.accuracy;

import java.util.Arrays;

/**
 * Float inputs for accuracy measurements: the special values every implementation must get right,
 * a log-stratified sweep of all magnitudes (every binade, both signs, subnormals included), and a
 * dense uniform grid where activations bend.
 */
public final class FloatSamples {

    /** ±0, ±∞, NaN, extremes, and where common activations saturate, overflow or underflow. */
    public static final float[] SPECIAL = {
        0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
        Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
        1e-30f, -1e-30f, 1e-7f, -1e-7f, 1f, -1f,
        88.72283f, 88.72284f, -87.33655f, -103.27893f, -103.97208f, -104f, // exp: overflow, subnormal, underflow
        9.01f, -9.01f, 16.6355f, -16.6355f, 20f, -20f, 20.000002f, 44f, -44f,  // tanh/sigmoid saturation, softplus/mish switch
        -13.0f, -13.5f, -14.0f, -14.5f, -15f, 1.4142135f, -1.4142135f,       // gelu tail and slope extremes
    };

    private FloatSamples() {}

    /** Every {@code stride}-th float bit pattern from 0 to +∞, both signs: equal coverage of each binade. */
    public static float[] stratified(int stride) {
        int count = 0x7f800000 / stride + 1;
        float[] out = new float[2 * count];
        for (int j = 0; j < count; j++) {
            float v = Float.intBitsToFloat(j * stride);
            out[2 * j] = v;
            out[2 * j + 1] = -v;
        }
        return out;
    }

    /** {@code count} evenly spaced floats over [lo, hi]. */
    public static float[] uniform(float lo, float hi, int count) {
        float[] out = new float[count];
        for (int j = 0; j < count; j++) {
            out[j] = (float) (lo + (hi - (double) lo) * j / (count - 1));
        }
        return out;
    }

    /** The default accuracy sample: specials, stratified magnitudes and a dense grid on [−20, 20]. */
    public static float[] dense() {
        float[] a = stratified(1 << 12);
        float[] b = uniform(-20f, 20f, 1 << 18);
        float[] all = Arrays.copyOf(a, a.length + b.length + SPECIAL.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(SPECIAL, 0, all, a.length + b.length, SPECIAL.length);
        return all;
    }
}
