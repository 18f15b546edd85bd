package io.whyrelu.core.linalg;

/**
 * Least squares with a free affine part and non-negative coefficients on the rest:
 * min ‖b0 + b1·t + Σ c_j·B_j − y‖², c ≥ 0. The affine part is projected out (for fixed c its best
 * b is a least-squares projection), which leaves a plain NNLS on the projected columns; then b
 * follows from the residual. Used by the representability fits (C3) and the surrogates (C5).
 */
public final class AffineProjection {

    /** b (intercept first, then one slope per affine variable) and c ≥ 0. */
    public record Fit(double[] affine, double[] coefficients, double residualNorm) {}

    private AffineProjection() {}

    /**
     * @param affine affine columns other than the intercept (e.g. t itself), by columns; may be empty
     * @param basis  the non-negative part's columns
     */
    public static Fit fit(double[][] affine, double[][] basis, double[] y) {
        int m = y.length;
        double[][] free = new double[affine.length + 1][];
        free[0] = new double[m];
        java.util.Arrays.fill(free[0], 1);
        System.arraycopy(affine, 0, free, 1, affine.length);
        double[][] q = orthonormalise(free);
        double[][] projected = new double[basis.length][];
        for (int j = 0; j < basis.length; j++) {
            projected[j] = removeSpan(q, basis[j]);
        }
        Nnls.Result nn = Nnls.solve(projected, removeSpan(q, y));
        double[] rest = y.clone();
        for (int j = 0; j < basis.length; j++) {
            double cj = nn.coefficients()[j];
            if (cj != 0) {
                for (int i = 0; i < m; i++) {
                    rest[i] -= cj * basis[j][i];
                }
            }
        }
        double[] b = HouseholderQr.leastSquares(free, rest);
        if (b == null) {
            throw new IllegalArgumentException("affine columns are linearly dependent");
        }
        return new Fit(b, nn.coefficients(), nn.residualNorm());
    }

    /** Modified Gram–Schmidt, twice for stability: an orthonormal basis of the columns' span. */
    private static double[][] orthonormalise(double[][] columns) {
        double[][] q = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            double[] v = columns[j].clone();
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double s = Vectors.dot(q[k], v);
                    for (int i = 0; i < v.length; i++) {
                        v[i] -= s * q[k][i];
                    }
                }
            }
            double norm = Math.sqrt(Vectors.dot(v, v));
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
            q[j] = v;
        }
        return q;
    }

    private static double[] removeSpan(double[][] q, double[] v) {
        double[] out = v.clone();
        for (double[] qk : q) {
            double s = Vectors.dot(qk, out);
            for (int i = 0; i < out.length; i++) {
                out[i] -= s * qk[i];
            }
        }
        return out;
    }
}
