package io.whyrelu.core.linalg;

import static io.whyrelu.core.linalg.Vectors.dot;

import java.util.Arrays;

/**
 * Non-negative least squares, min ‖A·c − y‖² subject to c ≥ 0, by Lawson and Hanson's active-set
 * algorithm (Solving Least Squares Problems, 1974, ch. 23), in the normal-equation form of Bro
 * and de Jong (1997): the Gram matrix AᵀA and Aᵀy are formed once, so each inner solve costs
 * O(p³) in the size p of the passive set rather than O(m·p²). The gradient Aᵀ(y − Ac) that picks
 * the next variable is recomputed from A itself, and the final passive-set solution is refined by
 * a Householder QR of A's passive columns, so the squared condition number of the normal
 * equations does not reach the result.
 */
public final class Nnls {

    /** The solution and how it was reached. */
    public record Result(double[] coefficients, double residualNorm, int iterations, boolean converged) {}

    private static final int MAX_ITERATIONS_PER_VARIABLE = 6;

    private Nnls() {}

    /**
     * @param a column-major design matrix: a[j] is column j, all columns of length m
     * @param y the m observations
     */
    public static Result solve(double[][] a, double[] y) {
        int p = a.length;
        int m = y.length;
        for (double[] column : a) {
            if (column.length != m) {
                throw new IllegalArgumentException("every column must have " + m + " rows");
            }
        }
        double[][] gram = new double[p][p];
        double[] aty = new double[p];
        for (int i = 0; i < p; i++) {
            aty[i] = dot(a[i], y);
            for (int j = 0; j <= i; j++) {
                gram[i][j] = gram[j][i] = dot(a[i], a[j]);
            }
        }
        double scale = 0;
        for (int i = 0; i < p; i++) {
            scale = Math.max(scale, Math.abs(aty[i]));
        }
        double tolerance = 1e-12 * Math.max(1, scale);

        boolean[] passive = new boolean[p];
        double[] c = new double[p];
        double[] residual = y.clone();
        int iterations = 0;
        int maxIterations = MAX_ITERATIONS_PER_VARIABLE * Math.max(p, 1);
        boolean converged = false;
        while (iterations < maxIterations) {
            // Gradient of −½‖Ac − y‖² at c: Aᵀ(y − Ac), from A (not the Gram matrix) for accuracy.
            int best = -1;
            double bestValue = tolerance;
            for (int j = 0; j < p; j++) {
                if (!passive[j]) {
                    double g = dot(a[j], residual);
                    if (g > bestValue) {
                        bestValue = g;
                        best = j;
                    }
                }
            }
            if (best < 0) {
                converged = true;
                break;
            }
            passive[best] = true;
            // Inner loop: least squares on the passive set; step back while any variable would go negative.
            while (true) {
                iterations++;
                double[] z = solvePassive(gram, aty, passive);
                double alpha = 1;
                int leaving = -1;
                for (int j = 0; j < p; j++) {
                    if (passive[j] && z[j] <= 0) {
                        double step = c[j] / (c[j] - z[j]);
                        if (step < alpha) {
                            alpha = step;
                            leaving = j;
                        }
                    }
                }
                if (leaving < 0) {
                    System.arraycopy(z, 0, c, 0, p);
                    break;
                }
                for (int j = 0; j < p; j++) {
                    if (passive[j]) {
                        c[j] += alpha * (z[j] - c[j]);
                        if (j == leaving || c[j] <= 0) {
                            c[j] = 0;
                            passive[j] = false;
                        }
                    }
                }
                if (iterations >= maxIterations) {
                    break;
                }
            }
            updateResidual(a, c, y, residual);
        }
        refine(a, y, passive, c);
        updateResidual(a, c, y, residual);
        return new Result(c, Math.sqrt(dot(residual, residual)), iterations, converged);
    }

    /** Least squares restricted to the passive set, through the Cholesky factor of its Gram block. */
    private static double[] solvePassive(double[][] gram, double[] aty, boolean[] passive) {
        int p = passive.length;
        int[] idx = new int[p];
        int s = 0;
        for (int j = 0; j < p; j++) {
            if (passive[j]) {
                idx[s++] = j;
            }
        }
        double[][] l = new double[s][s];
        double[] b = new double[s];
        for (int i = 0; i < s; i++) {
            b[i] = aty[idx[i]];
            for (int j = 0; j <= i; j++) {
                double sum = gram[idx[i]][idx[j]];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    // A tiny ridge keeps the factor defined when passive columns are nearly dependent.
                    l[i][i] = Math.sqrt(Math.max(sum, 1e-14 * Math.max(gram[idx[i]][idx[i]], 1e-300)));
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] w = new double[s];
        for (int i = 0; i < s; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * w[k];
            }
            w[i] = sum / l[i][i];
        }
        for (int i = s - 1; i >= 0; i--) {
            double sum = w[i];
            for (int k = i + 1; k < s; k++) {
                sum -= l[k][i] * w[k];
            }
            w[i] = sum / l[i][i];
        }
        double[] z = new double[p];
        for (int i = 0; i < s; i++) {
            z[idx[i]] = w[i];
        }
        return z;
    }

    /** Re-solves the final passive set by Householder QR of A's columns; keeps c if that would break c ≥ 0. */
    private static void refine(double[][] a, double[] y, boolean[] passive, double[] c) {
        int[] idx = java.util.stream.IntStream.range(0, passive.length).filter(j -> passive[j]).toArray();
        if (idx.length == 0) {
            return;
        }
        double[][] columns = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            columns[i] = a[idx[i]];
        }
        double[] z = HouseholderQr.leastSquares(columns, y);
        if (z == null || Arrays.stream(z).anyMatch(v -> !(v >= 0))) {
            return;
        }
        for (int i = 0; i < idx.length; i++) {
            c[idx[i]] = z[i];
        }
    }

    private static void updateResidual(double[][] a, double[] c, double[] y, double[] residual) {
        System.arraycopy(y, 0, residual, 0, y.length);
        for (int j = 0; j < a.length; j++) {
            if (c[j] != 0) {
                double cj = c[j];
                double[] col = a[j];
                for (int i = 0; i < y.length; i++) {
                    residual[i] -= cj * col[i];
                }
            }
        }
    }
}
