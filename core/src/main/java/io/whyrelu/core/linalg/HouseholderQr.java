package io.whyrelu.core.linalg;

/** Least squares min ‖A·x − y‖ by Householder QR (Golub and Van Loan, §5.3), for full-rank A. */
public final class HouseholderQr {

    private HouseholderQr() {}

    /**
     * @param columns A by columns (each of length m ≥ number of columns); not modified
     * @return x, or null if A is numerically rank deficient
     */
    public static double[] leastSquares(double[][] columns, double[] y) {
        int n = columns.length;
        int m = y.length;
        double[][] r = new double[n][];
        for (int j = 0; j < n; j++) {
            r[j] = columns[j].clone();
        }
        double[] b = y.clone();
        double[] diag = new double[n];
        for (int k = 0; k < n; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm = Math.hypot(norm, r[k][i]);
            }
            if (norm == 0) {
                return null;
            }
            double alpha = r[k][k] > 0 ? -norm : norm;
            // v = x − alpha·e1, stored in r[k][k..m); H = I − 2vvᵀ/vᵀv.
            r[k][k] -= alpha;
            double vtv = 0;
            for (int i = k; i < m; i++) {
                vtv += r[k][i] * r[k][i];
            }
            for (int j = k + 1; j < n; j++) {
                double s = 0;
                for (int i = k; i < m; i++) {
                    s += r[k][i] * r[j][i];
                }
                s = 2 * s / vtv;
                for (int i = k; i < m; i++) {
                    r[j][i] -= s * r[k][i];
                }
            }
            double s = 0;
            for (int i = k; i < m; i++) {
                s += r[k][i] * b[i];
            }
            s = 2 * s / vtv;
            for (int i = k; i < m; i++) {
                b[i] -= s * r[k][i];
            }
            diag[k] = alpha;
        }
        double maxDiag = 0;
        for (double d : diag) {
            maxDiag = Math.max(maxDiag, Math.abs(d));
        }
        double[] x = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            if (Math.abs(diag[k]) <= 1e-13 * maxDiag) {
                return null;
            }
            double s = b[k];
            for (int j = k + 1; j < n; j++) {
                s -= r[j][k] * x[j];
            }
            x[k] = s / diag[k];
        }
        return x;
    }
}
