package io.whyrelu.core.convexity;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.numeric.Rounding;

/**
 * Where an activation is measurably non-convex: the points of a grid over [−64, 64] (step 2⁻⁶, as
 * C1's) whose second difference of the double reference lies below minus its rounding tolerance.
 * C2 asks it how many of a network's pre-activations fell there: a chord test whose
 * pre-activations never reach the non-convex region cannot flag anything, and its "0 flagged"
 * says nothing about preservation (SiLU is non-convex only beyond about ±2.4, GELU beyond ±√2).
 */
public final class NonConvexRegion {

    static final double LIMIT = 64;
    private static final double STEP = CurvatureCheck.STEP;

    private final boolean[] nonConvex;

    private NonConvexRegion(boolean[] nonConvex) {
        this.nonConvex = nonConvex;
    }

    public static NonConvexRegion of(Activation activation) {
        int points = (int) Math.round(2 * LIMIT / STEP) + 1;
        double[] s = new double[points];
        for (int j = 0; j < points; j++) {
            s[j] = activation.reference(-LIMIT + j * STEP);
        }
        boolean[] flags = new boolean[points];
        for (int j = 1; j + 1 < points; j++) {
            double tolerance = 4 * Rounding.DOUBLE_U * (Math.abs(s[j - 1]) + 2 * Math.abs(s[j]) + Math.abs(s[j + 1]));
            flags[j] = s[j + 1] - 2 * s[j] + s[j - 1] < -tolerance;
        }
        return new NonConvexRegion(flags);
    }

    /** Whether h lies where the activation is non-convex; false beyond the grid, where no curvature is measurable. */
    public boolean contains(double h) {
        if (!(h > -LIMIT && h < LIMIT)) {
            return false;
        }
        return nonConvex[(int) Math.round((h + LIMIT) / STEP)];
    }

    /** Whether there is any such point: for a convex activation coverage is not a question. */
    public boolean isEmpty() {
        for (boolean b : nonConvex) {
            if (b) {
                return false;
            }
        }
        return true;
    }
}
