package io.whyrelu.core.accuracy;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.core.network.KernelErrorBound;
import io.whyrelu.core.network.Network;
import io.whyrelu.core.network.NetworkGenerator;
import io.whyrelu.core.network.ReferenceEvaluator;

/**
 * A1 at kernel level: the relative error of f against the double reference on random networks,
 * beside the derived error bound (the ratio error/bound must stay ≤ 1; how far below shows how
 * pessimistic the worst case is).
 */
public final class KernelAccuracy {

    public record Result(int evaluations, double maxRelativeError, double maxErrorOverBound, double meanErrorOverBound) {}

    private KernelAccuracy() {}

    public static Result measure(KernelProvider provider, Activation activation, int n, int k, int networks, int inputs, long seed) {
        double maxRelative = 0;
        double maxRatio = 0;
        double sumRatio = 0;
        int count = 0;
        double ulps = provider.ulpBudget(activation);
        for (int net = 0; net < networks; net++) {
            Network network = NetworkGenerator.generate(seed + net, n, k, net % 2 == 0
                    ? NetworkGenerator.OutputWeights.NON_NEGATIVE : NetworkGenerator.OutputWeights.MIXED_SIGN);
            Kernel kernel = provider.kernel(network, activation);
            ReferenceEvaluator reference = new ReferenceEvaluator(network, activation);
            float[] xs = NetworkGenerator.inputs(seed + 1000 + net, inputs, n);
            for (int r = 0; r < inputs; r++) {
                float[] x = java.util.Arrays.copyOfRange(xs, r * n, (r + 1) * n);
                KernelErrorBound.Reference ref = reference.evaluateWithBound(x, ulps);
                double error = Math.abs(kernel.evaluate(x) - ref.value());
                maxRelative = Math.max(maxRelative, error / Math.max(Math.abs(ref.value()), Double.MIN_NORMAL));
                double ratio = error / ref.errorBound();
                maxRatio = Math.max(maxRatio, ratio);
                sumRatio += ratio;
                count++;
            }
        }
        return new Result(count, maxRelative, maxRatio, count == 0 ? 0 : sumRatio / count);
    }
}
