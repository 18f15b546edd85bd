package io.whyrelu.core.activation;

/** Double-precision building blocks in the forms that neither overflow nor cancel. */
final class StableMath {

    private StableMath() {}

    /** 1/(1+e^-x), evaluated at -|x| and reflected, so exp never overflows. */
    static double sigmoid(double x) {
        double z = Math.exp(-Math.abs(x));
        return x >= 0 ? 1 / (1 + z) : z / (1 + z);
    }

    /** log(1+e^x) = max(x,0) + log1p(e^-|x|): never overflows, exact to double rounding for large |x|. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /**
     * x·g(x) for a g with g(-∞) = 0: the limit at -∞ is 0 (-0), where the product itself would be
     * -∞·0 = NaN. Used by gelu, gelu-tanh, silu and mish.
     */
    static double timesVanishingGate(double x, double gate) {
        return x == Double.NEGATIVE_INFINITY ? -0.0 : x * gate;
    }
}
