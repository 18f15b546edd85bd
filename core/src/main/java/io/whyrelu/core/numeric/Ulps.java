package io.whyrelu.core.numeric;

/**
 * Error of a float result against a double reference, in units in the last place of the
 * reference rounded to float: |ref − y| / ulp(float(ref)). A correctly rounded result scores at
 * most 0.5. NaN against NaN and equal infinities score 0; any other disagreement on NaN or
 * infinity scores +∞. A finite reference beyond the float range is measured in ulp(MAX_VALUE).
 */
public final class Ulps {

    private Ulps() {}

    public static double error(double reference, float y) {
        if (Double.isNaN(reference) || Float.isNaN(y)) {
            return Double.isNaN(reference) && Float.isNaN(y) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(reference) || Float.isInfinite(y)) {
            if (reference == y) {
                return 0;
            }
            if (Double.isInfinite(reference)) {
                return Double.POSITIVE_INFINITY;
            }
            // y overflowed: correct only if the reference itself rounds to that infinity.
            return (float) reference == y ? 0 : Double.POSITIVE_INFINITY;
        }
        float rounded = (float) reference;
        double unit = Float.isInfinite(rounded) ? Math.ulp(Float.MAX_VALUE) : Math.ulp(rounded);
        return Math.abs(reference - (double) y) / unit;
    }
}
