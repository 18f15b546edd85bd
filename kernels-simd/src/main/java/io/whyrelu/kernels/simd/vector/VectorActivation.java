package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.Lanes.L;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.ActivationKind;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.activation.Selu;
import io.whyrelu.kernels.simd.spi.VectorForm;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * One activation, lane-wise, and the loop that applies it to an array.
 *
 * <p>Three pitfalls of C2 shape this class (each measured as heap allocation per evaluation,
 * i.e. boxed vectors, with JMH's gc profiler):
 * <ul>
 * <li>A virtual call per activation would be megamorphic in a JVM that uses several activations
 * (the accuracy suite, the tests) and would not be inlined; dispatch is a switch on the kind,
 * which C2 profiles, compiling only the cases taken.
 * <li>C2 stops inlining our methods once a compilation passes ~18 000 IR nodes
 * (NodeCountInliningCutoff, not settable in product JVMs). A kernel, its caller's loop and an
 * exp-based activation in one compilation pass it (4.7 KB allocated per sigmoid evaluation at
 * n = K = 256). So {@link #map} holds the switch *outside* one loop per activation: at well over
 * 325 bytecodes (FreqInlineSize) it is never inlined into its callers and each of its
 * compilations holds one activation's code; kernels call it on a whole buffer.
 * <li>C2 will not inline a callee whose own compiled code exceeds 2 500 bytes (InlineSmallCode),
 * and a helper called per vector from a loop that is still interpreted gets compiled on its own
 * first. An activation therefore computes at most one exp, and the math functions stay small.
 * That is also why the choice between an activation's short form (every lane in e^x's normal
 * range, see {@link VectorExp}) and its full-range form is made here, per vector, and not inside
 * a math function: a function holding both exps, compiled on its own first, was too big to
 * inline, and one fork in three of exp at n = 16, K = 1024 boxed every vector (6 336 B per call,
 * half the speed).
 * </ul>
 */
final class VectorActivation {

    private final Activation activation;
    private final ActivationKind kind;
    /** The activation's parameter (alpha or beta) as a float, or 0 when it has none. */
    private final float p;
    /** A plug-in's vector form; null for built-ins and plug-ins without one. */
    private final VectorForm plugin;

    VectorActivation(Activation activation) {
        this.activation = activation;
        this.kind = activation.kind();
        double[] values = activation.parameterValues();
        this.p = values.length > 0 ? (float) values[0] : 0f;
        this.plugin = activation instanceof PluginActivation a ? VectorPlugins.form(a).orElse(null) : null;
    }

    Activation activation() {
        return activation;
    }

    /** out[outOff + i] = s(in[inOff + i]) for i &lt; length; in and out may be the same array. */
    void map(float[] in, int inOff, float[] out, int outOff, int length) {
        int i = 0;
        int bound = F.loopBound(length);
        // One loop per activation, one vector per iteration. Unrolling the cheap ones by hand (four vectors per
        // iteration) was measured slower once inputs no longer sat in L1: relu over 4096 floats from L2, JDK 25,
        // 4.3 → 7.0 M calls/s (AVX-512) and 5.3 → 6.4 M (AVX2) without it; C2's auto-vectorised scalar loop runs 6.2 and 5.1.
        switch (kind) {
            case RELU: for (; i < bound; i += L) relu(load(in, inOff + i)).intoArray(out, outOff + i); break;
            case LEAKY_RELU: for (; i < bound; i += L) leakyRelu(load(in, inOff + i)).intoArray(out, outOff + i); break;
            case SOFTPLUS:
                for (; i < bound; i += L) {
                    FloatVector x = load(in, inOff + i);
                    FloatVector a = VectorMath.softplusMagnitude(x, p);
                    (VectorExp.normalMagnitude(a) ? VectorMath.softplusShort(x, p, a) : VectorMath.softplus(x, p)).intoArray(out, outOff + i);
                }
                break;
            case ELU: for (; i < bound; i += L) elu(load(in, inOff + i)).intoArray(out, outOff + i); break;
            case SELU: for (; i < bound; i += L) selu(load(in, inOff + i)).intoArray(out, outOff + i); break;
            case SQUARED_RELU: for (; i < bound; i += L) squaredRelu(load(in, inOff + i)).intoArray(out, outOff + i); break;
            case EXP:
                for (; i < bound; i += L) {
                    FloatVector x = load(in, inOff + i);
                    (VectorExp.normal(x) ? VectorExp.expNormal(x) : VectorExp.exp(x)).intoArray(out, outOff + i);
                }
                break;
            case SIGMOID:
                for (; i < bound; i += L) {
                    FloatVector x = load(in, inOff + i);
                    (VectorExp.normal(x) ? VectorMath.sigmoidShort(x) : VectorMath.sigmoid(x)).intoArray(out, outOff + i);
                }
                break;
            case TANH: for (; i < bound; i += L) VectorMath.tanh(load(in, inOff + i)).intoArray(out, outOff + i); break;
            case GELU: VectorErfGelu.map(in, inOff, out, outOff, length); return;
            case GELU_TANH: VectorGeluTanh.map(in, inOff, out, outOff, length); return;
            case SILU:
                for (; i < bound; i += L) {
                    FloatVector x = load(in, inOff + i);
                    (VectorExp.normal(x) ? VectorMath.siluShort(x) : VectorMath.silu(x)).intoArray(out, outOff + i);
                }
                break;
            case MISH:
                for (; i < bound; i += L) {
                    FloatVector x = load(in, inOff + i);
                    (VectorExp.normal(x) ? VectorMath.mishShort(x) : VectorMath.mish(x)).intoArray(out, outOff + i);
                }
                break;
            case PLUGIN:
                if (plugin == null) {
                    for (int j = 0; j < length; j++) {
                        out[outOff + j] = activation.apply(in[inOff + j]);
                    }
                    return;
                }
                for (; i < bound; i += L) plugin.apply(load(in, inOff + i)).intoArray(out, outOff + i);
                break;
            default: throw new AssertionError(kind);
        }
        if (i < length) {
            // The tail goes through a masked vector, not a scalar loop: every element sees the same arithmetic.
            VectorMask<Float> tail = F.indexInRange(i, length);
            apply(FloatVector.fromArray(F, in, inOff + i, tail)).intoArray(out, outOff + i, tail);
        }
    }

    private static FloatVector load(float[] a, int i) {
        return FloatVector.fromArray(F, a, i);
    }

    /**
     * x ≤ 0 ? +0 : x. A compare and a blend: FloatVector.max keeps Math.max's NaN and −0 rules, which
     * cost five more instructions. ≤, not &lt;: relu(−0) is +0, as Math.max(−0, 0) is.
     */
    private static FloatVector relu(FloatVector x) {
        return x.blend(0f, x.compare(VectorOperators.LE, 0f));
    }

    private FloatVector leakyRelu(FloatVector x) {
        return x.blend(x.mul(p), x.lt(0f));
    }

    /** ≥, not &gt;: at ±0 the linear branch keeps the sign of zero (α·expm1(−0) would come out +0 here). */
    private FloatVector elu(FloatVector x) {
        return VectorExpm1.expm1(x).mul(p).blend(x, x.compare(VectorOperators.GE, 0f));
    }

    private static FloatVector selu(FloatVector x) {
        return VectorExpm1.expm1(x).mul(Selu.LAMBDA_ALPHA).blend(x.mul(Selu.LAMBDA), x.compare(VectorOperators.GE, 0f));
    }

    private static FloatVector squaredRelu(FloatVector x) {
        FloatVector r = x.blend(0f, x.lt(0f));
        return r.mul(r);
    }

    /** The masked tail of {@link #map}: the same functions on one vector (gelu and gelu-tanh do their own tails). */
    private FloatVector apply(FloatVector x) {
        switch (kind) {
            case RELU:
                return relu(x);
            case LEAKY_RELU:
                return leakyRelu(x);
            case SOFTPLUS:
                return VectorMath.softplus(x, p);
            case ELU:
                return elu(x);
            case SELU:
                return selu(x);
            case SQUARED_RELU:
                return squaredRelu(x);
            case EXP:
                return VectorExp.exp(x);
            case SIGMOID:
                return VectorMath.sigmoid(x);
            case TANH:
                return VectorMath.tanh(x);
            case SILU:
                return VectorMath.silu(x);
            case MISH:
                return VectorMath.mish(x);
            case PLUGIN:
                return plugin.apply(x);
            default:
                throw new AssertionError(kind);
        }
    }
}
