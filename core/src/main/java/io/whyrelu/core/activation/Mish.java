package io.whyrelu.core.activation;

import java.util.Optional;

/**
 * x·tanh(softplus(x)). The reference evaluates that composition; the float definition uses the
 * exp-only identity tanh(log(1+e^x)) = m/(m+2), m = e^x(e^x+2), which avoids tanh and log and
 * keeps relative accuracy for x ≪ 0 (m ≈ 2e^x); above x = 20 the gate is 1 to double precision.
 */
public final class Mish extends Activation {

    Mish() {}

    @Override public ActivationKind kind() { return ActivationKind.MISH; }
    @Override public double[] parameterValues() { return new double[0]; }

    @Override public float apply(float x) {
        if (x > 20) {
            return x;
        }
        double e = Math.exp(x);
        double m = e * (e + 2);
        return (float) StableMath.timesVanishingGate(x, m / (m + 2));
    }

    @Override public double reference(double x) {
        return StableMath.timesVanishingGate(x, StrictMath.tanh(StableMath.softplus(x))); // StrictMath: see Tanh
    }

    @Override public Optional<Boolean> declaredConvex() { return Optional.of(false); }
    @Override public Optional<Boolean> declaredMonotone() { return Optional.of(false); }
    @Override public double slopeBound(double hi) { return 1.1; }
}
