package io.whyrelu.kernels.simd.vector;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.ActivationKind;
import io.whyrelu.core.activation.Selu;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * One activation, lane-wise. Dispatch is a switch on the kind rather than a virtual call: C2
 * profiles the switch and inlines the cases actually taken, so a JVM that evaluates several
 * activations still inlines each (a megamorphic virtual call would not be inlined, and every
 * vector crossing it would be boxed on the heap).
 */
final class VectorActivation {

    private final Activation activation;
    private final ActivationKind kind;
    /** The activation's parameter (alpha or beta) as a float, or 0 when it has none. */
    private final float p;

    VectorActivation(Activation activation) {
        this.activation = activation;
        this.kind = activation.kind();
        double[] values = activation.parameterValues();
        this.p = values.length > 0 ? (float) values[0] : 0f;
    }

    Activation activation() {
        return activation;
    }

    FloatVector apply(FloatVector x) {
        switch (kind) {
            case RELU:
                return x.max(0f);
            case LEAKY_RELU:
                return x.blend(x.mul(p), x.lt(0f));
            case SOFTPLUS:
                return VectorMath.softplus(x, p);
            case ELU:
                return VectorMath.expm1(x).mul(p).blend(x, x.compare(VectorOperators.GT, 0f));
            case SELU:
                return VectorMath.expm1(x).mul(Selu.LAMBDA_ALPHA).blend(x.mul(Selu.LAMBDA), x.compare(VectorOperators.GT, 0f));
            case SQUARED_RELU: {
                FloatVector r = x.max(0f);
                return r.mul(r);
            }
            case EXP:
                return VectorMath.exp(x);
            case SIGMOID:
                return VectorMath.sigmoid(x);
            case TANH:
                return VectorMath.tanh(x);
            case GELU:
                return VectorGelu.gelu(x);
            case GELU_TANH:
                return VectorGelu.geluTanh(x);
            case SILU:
                return VectorMath.silu(x);
            case MISH:
                return VectorMath.mish(x);
            default:
                throw new AssertionError(kind);
        }
    }
}
