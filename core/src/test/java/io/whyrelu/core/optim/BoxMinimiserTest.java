package io.whyrelu.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class BoxMinimiserTest {

    /** f(x) = Σ|x_i − c_i|: convex, a kink at its minimum, where plain gradient steps stall. */
    @Test
    void reachesTheKinkOfANonsmoothConvexFunction() {
        double[] c = {0.3, -0.7, 0.1};
        BoxObjective l1 = new BoxObjective() {
            @Override
            public double value(double[] x) {
                double s = 0;
                for (int i = 0; i < x.length; i++) {
                    s += Math.abs(x[i] - c[i]);
                }
                return s;
            }

            @Override
            public double[] gradient(double[] x) {
                double[] g = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    g[i] = Math.signum(x[i] - c[i]);
                }
                return g;
            }
        };
        double[] x = BoxMinimiser.minimise(l1, new double[] {-0.9, 0.9, 0.8}, RandomSource.XO_RO_SHI_RO_128_PP.create(1));
        assertArrayEquals(c, x, 1e-6);
    }

    /** f(x) = ‖x − c‖² with c outside the box: the minimum is c clamped to the box. */
    @Test
    void stopsOnTheFaceOfTheBox() {
        double[] c = {2, -3, 0.5};
        BoxObjective quadratic = new BoxObjective() {
            @Override
            public double value(double[] x) {
                double s = 0;
                for (int i = 0; i < x.length; i++) {
                    s += (x[i] - c[i]) * (x[i] - c[i]);
                }
                return s;
            }

            @Override
            public double[] gradient(double[] x) {
                double[] g = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    g[i] = 2 * (x[i] - c[i]);
                }
                return g;
            }
        };
        double[] x = BoxMinimiser.minimise(quadratic, new double[] {0, 0, 0}, RandomSource.XO_RO_SHI_RO_128_PP.create(2));
        assertArrayEquals(new double[] {1, -1, 0.5}, x, 1e-6);
    }
}
