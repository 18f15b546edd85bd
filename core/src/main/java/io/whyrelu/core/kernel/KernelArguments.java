package io.whyrelu.core.kernel;

/**
 * Argument checks shared by every kernel, so all implementations reject bad input with the same
 * {@link IllegalArgumentException} and message. Inputs may hold any float, NaN and ±∞ included:
 * they propagate as IEEE arithmetic says.
 */
public final class KernelArguments {

    private KernelArguments() {}

    public static void checkInput(float[] x, int n) {
        if (x == null) {
            throw new IllegalArgumentException("input x is null");
        }
        if (x.length != n) {
            throw new IllegalArgumentException("input x has " + x.length + " values, the network expects n = " + n);
        }
    }

    public static void checkBatch(float[] xs, int batch, int n, float[] out) {
        if (xs == null) {
            throw new IllegalArgumentException("batch input xs is null");
        }
        if (batch <= 0) {
            throw new IllegalArgumentException("batch must be > 0, got " + batch);
        }
        if ((long) batch * n != xs.length) {
            throw new IllegalArgumentException("batch input xs has " + xs.length + " values, expected batch·n = "
                    + batch + "·" + n + " = " + (long) batch * n);
        }
        if (out == null) {
            throw new IllegalArgumentException("output array is null");
        }
        if (out.length < batch) {
            throw new IllegalArgumentException("output array has " + out.length + " slots, batch needs " + batch);
        }
    }

    public static void checkElementwise(float[] in, float[] out, int length) {
        checkElementwise(in, 0, out, 0, length);
    }

    public static void checkElementwise(float[] in, int inOffset, float[] out, int outOffset, int length) {
        if (in == null || out == null) {
            throw new IllegalArgumentException((in == null ? "input" : "output") + " array is null");
        }
        if (length < 0 || inOffset < 0 || outOffset < 0 || (long) inOffset + length > in.length || (long) outOffset + length > out.length) {
            throw new IllegalArgumentException("length " + length + " from offsets " + inOffset + " and " + outOffset
                    + " does not fit input (" + in.length + ") and output (" + out.length + ") arrays");
        }
    }
}
