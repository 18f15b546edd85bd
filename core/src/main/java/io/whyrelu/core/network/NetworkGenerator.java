package io.whyrelu.core.network;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded random networks and inputs. The generator (xoroshiro128++) and the Gaussian sampler
 * (McFarland's ziggurat) are Commons RNG's, whose algorithms are fixed, so a seed gives the same
 * floats on every JDK and machine.
 *
 * <p>Distributions: w[k][i] ~ N(0, 1/n), so a pre-activation over inputs in [−1, 1]^n has
 * variance about 1/3 whatever n is and activations are exercised around their kinks and bends;
 * b[k] ~ U(−1, 1); W[k] ~ U(0, 1) when non-negative, U(−1, 1) when mixed-sign; W0 ~ U(−1, 1).
 * Inputs are U(−1, 1).
 */
public final class NetworkGenerator {

    /** The sign constraint on the output weights W. */
    public enum OutputWeights {
        /** W ≥ 0: the convexity-preserving case. */
        NON_NEGATIVE,
        /** W of either sign: the control. */
        MIXED_SIGN
    }

    private NetworkGenerator() {}

    public static Network generate(long seed, int n, int k, OutputWeights outputWeights) {
        if (n <= 0 || k <= 0) {
            throw new IllegalArgumentException("n and K must be > 0, got n=" + n + ", K=" + k);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        var gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        double scale = 1 / Math.sqrt(n);
        float[] w = new float[Math.multiplyExact(n, k)];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (gaussian.sample() * scale);
        }
        float[] b = uniform(rng, k, -1, 1);
        float[] outW = outputWeights == OutputWeights.NON_NEGATIVE ? uniform(rng, k, 0, 1) : uniform(rng, k, -1, 1);
        float w0 = (float) (-1 + 2 * rng.nextDouble());
        return Network.of(n, k, w, b, outW, w0);
    }

    /** {@code count} inputs of size n, row-major, each coordinate U(−1, 1). */
    public static float[] inputs(long seed, int count, int n) {
        return uniform(RandomSource.XO_RO_SHI_RO_128_PP.create(seed), Math.multiplyExact(count, n), -1, 1);
    }

    private static float[] uniform(UniformRandomProvider rng, int size, double lo, double hi) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (lo + (hi - lo) * rng.nextDouble());
        }
        return values;
    }
}
