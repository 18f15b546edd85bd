package io.whyrelu.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Variable;

class NnlsTest {

    @Test
    void recoversAnExactNonNegativeSolution() {
        double[][] a = {{1, 0, 0, 1}, {0, 1, 0, 1}, {0, 0, 1, 1}};
        double[] y = {2, 3, 0.5, 5.5};
        Nnls.Result r = Nnls.solve(a, y);
        assertTrue(r.converged());
        assertArrayEquals(new double[] {2, 3, 0.5}, r.coefficients(), 1e-12);
        assertEquals(0, r.residualNorm(), 1e-12);
    }

    @Test
    void clampsAtZeroWhereTheUnconstrainedSolutionIsNegative() {
        // Unconstrained least squares gives c = (1, −1); with c ≥ 0 the answer is c = (y·a0/‖a0‖², 0) projected.
        double[][] a = {{1, 0}, {0, 1}};
        double[] y = {1, -1};
        assertArrayEquals(new double[] {1, 0}, Nnls.solve(a, y).coefficients(), 1e-12);
    }

    @Test
    void satisfiesKktConditions() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        for (int trial = 0; trial < 20; trial++) {
            double[][] a = random(rng, 12, 40);
            double[] y = new double[40];
            for (int i = 0; i < y.length; i++) {
                y[i] = rng.nextDouble() * 4 - 2;
            }
            double[] c = Nnls.solve(a, y).coefficients();
            double[] residual = y.clone();
            for (int j = 0; j < a.length; j++) {
                for (int i = 0; i < y.length; i++) {
                    residual[i] -= c[j] * a[j][i];
                }
            }
            for (int j = 0; j < a.length; j++) {
                double g = Vectors.dot(a[j], residual);
                assertTrue(c[j] >= 0);
                // Stationarity: gradient ≤ 0 on the active set, = 0 on the passive set.
                assertTrue(c[j] > 0 ? Math.abs(g) < 1e-9 : g < 1e-9, "KKT violated at " + j + ": c=" + c[j] + " g=" + g);
            }
        }
    }

    /** A second method: the same problem as a convex QP, solved by ojAlgo. */
    @Test
    void agreesWithOjAlgoQuadraticProgram() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11);
        for (int trial = 0; trial < 5; trial++) {
            int p = 8;
            int m = 30;
            double[][] a = random(rng, p, m);
            double[] y = new double[m];
            for (int i = 0; i < m; i++) {
                y[i] = rng.nextDouble() * 2 - 1;
            }
            double[] ours = Nnls.solve(a, y).coefficients();
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            Variable[] c = new Variable[p];
            for (int j = 0; j < p; j++) {
                c[j] = model.addVariable("c" + j).lower(0);
            }
            // ½‖Ac − y‖² = ½cᵀ(AᵀA)c − (Aᵀy)ᵀc + const
            Expression objective = model.addExpression("objective").weight(1);
            for (int j = 0; j < p; j++) {
                objective.set(c[j], BigDecimal.valueOf(-Vectors.dot(a[j], y)));
                for (int k = 0; k < p; k++) {
                    objective.set(c[j], c[k], BigDecimal.valueOf(0.5 * Vectors.dot(a[j], a[k])));
                }
            }
            var result = model.minimise();
            for (int j = 0; j < p; j++) {
                assertEquals(result.doubleValue(j), ours[j], 1e-6, "coefficient " + j + " of trial " + trial);
            }
        }
    }

    @Test
    void affineProjectionFitsAFreeLineExactly() {
        double[] t = {-1, -0.5, 0, 0.5, 1};
        double[] y = new double[5];
        double[][] basis = {new double[5]};
        for (int i = 0; i < 5; i++) {
            basis[0][i] = Math.max(0, t[i]);
            y[i] = 0.3 - 2 * t[i] + 1.5 * Math.max(0, t[i]);
        }
        AffineProjection.Fit fit = AffineProjection.fit(new double[][] {t}, basis, y);
        assertArrayEquals(new double[] {0.3, -2}, fit.affine(), 1e-12);
        assertArrayEquals(new double[] {1.5}, fit.coefficients(), 1e-12);
    }

    private static double[][] random(UniformRandomProvider rng, int columns, int rows) {
        double[][] a = new double[columns][rows];
        for (double[] col : a) {
            for (int i = 0; i < rows; i++) {
                col[i] = rng.nextDouble() * 2 - 1;
            }
        }
        return a;
    }
}
