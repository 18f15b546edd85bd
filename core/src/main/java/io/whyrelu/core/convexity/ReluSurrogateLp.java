package io.whyrelu.core.convexity;

import io.whyrelu.core.activation.Activation;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The exact global minimum over the box [−1, 1]^n of a ReLU surrogate with W ≥ 0, as a linear
 * program (solved with ojAlgo):
 *
 * <pre>
 *   min  c0 + Σ_k W_k·(α·(w_k·x − b_k) + (1 − α)·u_k)
 *   s.t. u_k ≥ w_k·x − b_k,  u_k ≥ 0,  −1 ≤ x_i ≤ 1
 * </pre>
 *
 * With W_k ≥ 0 and α ≤ 1 every u_k sits at max(0, w_k·x − b_k) at the optimum, so the LP's value
 * is the surrogate's minimum (α = 0 for ReLU, α for leaky-ReLU, which is αh + (1−α)·relu(h)).
 */
public final class ReluSurrogateLp {

    static {
        // ojAlgo prints a notice about hardware profiles to stdout when it first loads, through a
        // logger bound to System.out at that moment; load it with stdout muted so the notice and
        // ojAlgo's later debug output go nowhere.
        java.io.PrintStream out = System.out;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            org.ojalgo.OjAlgoUtils.ENVIRONMENT.hashCode();
        } finally {
            System.setOut(out);
        }
    }

    private ReluSurrogateLp() {}

    /** Whether the LP certifies this activation's surrogate: the ReLU-type ones ({@link Activation#reluType()}). */
    public static boolean applies(Activation activation) {
        return activation.reluType();
    }

    /** The minimum and where it is attained. */
    public record Solution(double value, double[] x) {}

    /** Over the whole box [−1, 1]^n. */
    public static double minimum(double intercept, double[] outW, double[][] w, double[] b, double alpha) {
        int n = w[0].length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(lo, -1);
        java.util.Arrays.fill(hi, 1);
        return solve(intercept, outW, w, b, alpha, lo, hi).value();
    }

    /** Over the sub-box [lo, hi]: a trust region around a point, for the local polish in {@link SurrogateCheck}. */
    public static Solution solve(double intercept, double[] outW, double[][] w, double[] b, double alpha, double[] lo, double[] hi) {
        int n = w[0].length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[n];
        double constant = intercept;
        double[] linear = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.addVariable("x" + i).lower(lo[i]).upper(hi[i]);
        }
        for (int k = 0; k < outW.length; k++) {
            if (outW[k] < 0) {
                throw new IllegalArgumentException("output weight W[" + k + "] < 0: the LP needs W ≥ 0");
            }
            Variable u = model.addVariable("u" + k).lower(0).weight(outW[k] * (1 - alpha));
            Expression c = model.addExpression("hinge" + k).lower(-b[k]);
            c.set(u, 1);
            for (int i = 0; i < n; i++) {
                c.set(x[i], -w[k][i]);
                linear[i] += outW[k] * alpha * w[k][i];
            }
            constant -= outW[k] * alpha * b[k];
        }
        if (alpha != 0) {
            for (int i = 0; i < n; i++) {
                x[i].weight(linear[i]);
            }
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("LP not solved to optimality: " + result.getState());
        }
        double[] point = new double[n];
        for (int i = 0; i < n; i++) {
            point[i] = result.doubleValue(i);
        }
        return new Solution(result.getValue() + constant, point);
    }
}
