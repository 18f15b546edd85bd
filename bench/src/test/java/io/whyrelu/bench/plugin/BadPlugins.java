package io.whyrelu.bench.plugin;

import io.whyrelu.core.activation.spi.ActivationFunction;
import io.whyrelu.core.activation.spi.ActivationPlugin;
import io.whyrelu.kernels.simd.spi.VectorActivationPlugin;
import io.whyrelu.kernels.simd.spi.VectorForm;

/** Plug-ins with one defect each, which the screen before a run must name and refuse. */
public final class BadPlugins {

    private BadPlugins() {}

    /** An identity whose float form throws above 1. */
    public static final class Throwing implements ActivationPlugin {
        @Override public String id() { return "throwing"; }
        @Override public ActivationFunction create(double[] values) {
            return new Identity() {
                @Override public float apply(float x) {
                    if (x > 1) {
                        throw new IllegalStateException("boom");
                    }
                    return x;
                }
            };
        }
    }

    /** An identity whose float form returns NaN on (0.5, 0.75), where its reference is finite. */
    public static final class NanWhereFinite implements ActivationPlugin {
        @Override public String id() { return "nan-where-finite"; }
        @Override public ActivationFunction create(double[] values) {
            return new Identity() {
                @Override public float apply(float x) {
                    return x > 0.5f && x < 0.75f ? Float.NaN : x;
                }
            };
        }
    }

    /** An identity whose vector form is 1% off: hundreds of thousands of ULP from the float form. */
    public static final class Disagreeing implements ActivationPlugin {
        @Override public String id() { return "disagreeing"; }
        @Override public ActivationFunction create(double[] values) {
            return new Identity();
        }
    }

    public static final class DisagreeingVector implements VectorActivationPlugin {
        @Override public String id() { return "disagreeing"; }
        @Override public VectorForm create(double[] values) {
            return x -> x.mul(1.01f);
        }
    }

    /** Takes a catalogue id. */
    public static final class Impostor implements ActivationPlugin {
        @Override public String id() { return "relu"; }
        @Override public ActivationFunction create(double[] values) {
            return new Identity();
        }
    }

    static class Identity implements ActivationFunction {
        @Override public float apply(float x) { return x; }
        @Override public double reference(double x) { return x; }
    }
}
