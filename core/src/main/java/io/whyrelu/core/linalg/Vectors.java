package io.whyrelu.core.linalg;

/** Small operations on double arrays shared by the solvers and the minimiser. */
public final class Vectors {

    private Vectors() {}

    /** Σ a_i·b_i, summed in index order. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
