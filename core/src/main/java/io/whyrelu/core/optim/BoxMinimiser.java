package io.whyrelu.core.optim;

import static io.whyrelu.core.linalg.Vectors.dot;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Minimises a locally Lipschitz function over the box [−1, 1]^n from a start point: the general
 * minimiser behind the surrogate check (C5), kept apart from what it minimises.
 */
public final class BoxMinimiser {

    private static final double STEP_TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 50000;

    private BoxMinimiser() {}

    /**
     * Projected gradient descent on the box with Armijo backtracking, switching to gradient
     * sampling (Burke, Lewis and Overton, 2005) where plain steps stall. At a kink of a ReLU
     * surrogate the gradient of one side is no descent direction and backtracking fails; gradient
     * sampling takes gradients at random points within ε, steps along the minimum-norm element of
     * their convex hull (a small NNLS), and shrinks ε as it converges. For locally Lipschitz f it
     * reaches Clarke-stationary points, which for a convex f are global minima.
     */
    public static double[] minimise(BoxObjective f, double[] start, UniformRandomProvider rng) {
        int n = start.length;
        double[] x = start.clone();
        double fx = f.value(x);
        double step = 1;
        double radius = 1e-2;
        double stationarity = 1e-4;
        boolean sampling = false;
        int failures = 0;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] d = feasible(x, f.gradient(x));
            if (sampling) {
                double[][] gradients = new double[3 * n + 3][];
                gradients[0] = d;
                for (int j = 1; j < gradients.length; j++) {
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) {
                        y[i] = Math.max(-1, Math.min(1, x[i] + radius * (2 * rng.nextDouble() - 1)));
                    }
                    gradients[j] = feasible(x, f.gradient(y));
                }
                d = minimumNormInHull(gradients);
                if (Math.sqrt(dot(d, d)) <= stationarity) {
                    // ε-stationary at this radius: look closer.
                    radius /= 10;
                    stationarity /= 10;
                    if (radius < 1e-10) {
                        break;
                    }
                    continue;
                }
            }
            boolean moved = false;
            if (dot(d, d) > 1e-30) {
                for (double t = Math.min(1, 4 * step); t > STEP_TOLERANCE; t /= 2) {
                    double[] candidate = new double[n];
                    double decrease = 0;
                    for (int i = 0; i < n; i++) {
                        candidate[i] = Math.max(-1, Math.min(1, x[i] - t * d[i]));
                        decrease += d[i] * (x[i] - candidate[i]);
                    }
                    double fc = f.value(candidate);
                    if (fc <= fx - 1e-6 * decrease && fc < fx) {
                        x = candidate;
                        fx = fc;
                        step = t;
                        moved = true;
                        break;
                    }
                }
            }
            if (moved) {
                failures = 0;
            } else if (!sampling) {
                sampling = true;
            } else if (++failures >= 4) {
                // Sampled gradients are random: a failed search may only mean an unlucky sample, so
                // resample a few times before concluding the radius is too large.
                failures = 0;
                radius /= 10;
                stationarity /= 10;
                if (radius < 1e-10) {
                    break;
                }
            }
        }
        return x;
    }

    /** Drops the components that would push x out of the box where it already sits on a face. */
    private static double[] feasible(double[] x, double[] g) {
        double[] out = g.clone();
        for (int i = 0; i < x.length; i++) {
            if (x[i] <= -1 + 1e-12 && out[i] > 0 || x[i] >= 1 - 1e-12 && out[i] < 0) {
                out[i] = 0;
            }
        }
        return out;
    }

    /** argmin ‖Σ λ_j g_j‖ over λ ≥ 0, Σλ = 1: NNLS with the simplex constraint as a heavily weighted row. */
    static double[] minimumNormInHull(double[][] gradients) {
        int n = gradients[0].length;
        double scale = 0;
        for (double[] g : gradients) {
            scale = Math.max(scale, Math.sqrt(dot(g, g)));
        }
        double weight = 1e4 * Math.max(scale, 1e-12);
        double[][] columns = new double[gradients.length][n + 1];
        for (int j = 0; j < gradients.length; j++) {
            System.arraycopy(gradients[j], 0, columns[j], 0, n);
            columns[j][n] = weight;
        }
        double[] y = new double[n + 1];
        y[n] = weight;
        double[] lambda = io.whyrelu.core.linalg.Nnls.solve(columns, y).coefficients();
        double sum = 0;
        for (double l : lambda) {
            sum += l;
        }
        double[] d = new double[n];
        for (int j = 0; j < gradients.length; j++) {
            for (int i = 0; i < n; i++) {
                d[i] += lambda[j] / sum * gradients[j][i];
            }
        }
        return d;
    }
}
