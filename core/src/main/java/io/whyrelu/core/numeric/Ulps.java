package io.whyrelu.core.numeric;

/**
 * Error of a float result against a double reference, in units in the last place of the
 * reference rounded to float: |ref − y| / ulp(float(ref)). A correctly rounded result scores at
 * most 0.5. NaN against NaN and equal infinities score 0; any other disagreement on NaN or
 * infinity scores +∞. A finite reference beyond the float range is measured in ulp(MAX_VALUE).
 * ±0 are 0 ULP apart; {@link #wrongZeroSign} tells them apart.
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

    /**
     * Whether {@code y} is a zero of the other sign than the reference rounded to a float zero: wrong (1/y has the
     * wrong sign, and so does everything the sign of zero decides downstream), yet 0 ULP away,
     * so {@link #error} cannot see it and surveys count it separately.
     */
    public static boolean wrongZeroSign(double reference, float y) {
        // Against the reference rounded to float: −1e−300 rounds to −0, and +0 for it is as wrong as for −0.
        float r = (float) reference;
        return r == 0 && y == 0 && (Float.floatToRawIntBits(r) < 0) != (Float.floatToRawIntBits(y) < 0);
    }
}
