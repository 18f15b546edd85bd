package io.whyrelu.kernels.simd.vector;

import static io.whyrelu.kernels.simd.vector.Lanes.F;
import static io.whyrelu.kernels.simd.vector.Lanes.L;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.AlignedFloats;
import io.whyrelu.core.kernel.Kernel;
import io.whyrelu.core.kernel.KernelArguments;
import io.whyrelu.core.network.Network;
import io.whyrelu.kernels.simd.SimdKernelProvider;
import jdk.incubator.vector.FloatVector;

/**
 * The kernel with the Vector API over {@link PackedWeights}, in three passes per input: the
 * panels produce the pre-activations h − b (2·L hidden units per panel, accumulated in registers
 * and stored once), {@link VectorActivation#map} applies the activation in place, and a dot
 * product with the output weights sums them. The split costs a store and two loads of K floats
 * (L1-resident) and keeps each activation in a compilation of its own (see VectorActivation).
 *
 * <p>Single input: four interleaved accumulator pairs over i, eight independent FMA chains to
 * cover the FMA latency. Batched: panel-outer, so a panel (n·2·L floats, 32 KB at n = 256 on
 * AVX-512) stays in L1 while every input streams past it; several inputs per pass share each
 * weight load, as many as the register file holds accumulators for ({@link RegisterBlocking}).
 * The eight-, six- and four-input passes repeat one pattern on purpose: accumulators kept in
 * registers must be named locals (an array of vectors would live on the heap), and Java has no
 * template to write the pass once per width, as BLIS keeps one micro-kernel per width too.
 *
 * <p>The pre-activation buffer is 64-byte aligned ({@link AlignedFloats}), like the panels: a
 * plain array lands wherever the heap puts it, and a row of vector stores and loads that
 * straddle cache lines in one fork but not in the next made the batched kernels' figures depend
 * on the fork.
 *
 * <p>Not thread-safe: the pre-activation buffers belong to the instance.
 */
final class SimdKernel implements Kernel {

    private static final int P = 2 * L;
    private static final int ROWS = 4;
    /** Inputs per pass of the batched kernel: eight with 32 vector registers, six with 16. */
    private static final int WIDE_ROWS = RegisterBlocking.inputsPerPass();
    /** How far ahead, in floats, a single input touches weights that stream from L3 or memory: 4 KB, the next page. */
    static final int TOUCH_AHEAD = 1024;

    private final Network network;
    private final VectorActivation activation;
    private final PackedWeights weights;
    private final int n;
    /** K rounded up to the panel width: the length of one input's pre-activations. */
    private final int width;
    /** Hidden units, without the padding up to {@link #width}. */
    private final int k;
    /** The final sum's lanes, added in a fixed order. */
    private final float[] reduction = new float[L];
    private final float outOffset;
    /** Pre-activations h − b from {@link #hiddenStart} on, one row of {@link #width} per input; grown on demand. */
    private float[] hidden;
    /** The first (aligned) element of {@link #hidden} in use. */
    private int hiddenStart;
    /** Whether single inputs touch the weights {@link #TOUCH_AHEAD} floats ahead (weights beyond L2). */
    private final boolean touchAhead;
    /** Inputs per cache block of the batched passes ({@link #inputsPerBlock}); n when a whole panel fits. */
    private final int block;
    /** Where the touched values go, so that C2 keeps the loads. Never read. */
    private float touched;

    SimdKernel(Network network, Activation activation) {
        this(network, activation, CacheSizes.MACHINE);
    }

    /** With the caches given rather than read: tests make the blocking engage at small sizes. */
    SimdKernel(Network network, Activation activation, CacheSizes caches) {
        if (network == null || activation == null) {
            throw new IllegalArgumentException(network == null ? "network is null" : "activation is null");
        }
        this.network = network;
        this.activation = new VectorActivation(activation);
        this.touchAhead = touchesAhead(network, F.vectorBitSize(), caches);
        this.weights = new PackedWeights(network, P, touchAhead ? TOUCH_AHEAD : 0);
        this.n = network.inputSize();
        this.width = weights.panels * P;
        this.outOffset = network.outputOffset();
        this.k = network.hiddenSize();
        this.block = inputsPerBlock(caches.l2Bytes());
        ensureHidden(width);
    }

    /**
     * Inputs i per cache block of the batched kernel: a panel's weights for that many inputs take
     * at most half of L2, so they stay there while every batch pass re-reads them (the other half
     * holds the pass's inputs and the pre-activations). Whole panels fit up to n = 4096 on a 1 MB L2
     * with AVX-512 (2048 on 512 KB), so the presets never block; BLIS's kc plays this part.
     */
    int inputsPerBlock(long l2Bytes) {
        long rows = l2Bytes / 2 / ((long) P * Float.BYTES);
        return (int) Math.max(4, Math.min(n, rows & ~3L));
    }

    /**
     * Whether single inputs touch the weights a page ahead: when they stream from beyond L2 (they
     * do not stay there between inputs), and only with 512-bit vectors. There a pass covers 8
     * cache lines per two touches, worth about 10% at n = K = 1024 on an AVX-512 Xeon and neutral
     * on Zen 5 (48.2 vs 48.5 GFLOP/s, JDK 25); with 256-bit vectors the same touches come every 4
     * lines and cost 18% on Zen 5 (40.0 vs 48.8 GFLOP/s with -XX:UseAVX=2).
     */
    static boolean touchesAhead(Network network, int vectorBits, CacheSizes caches) {
        return vectorBits >= 512 && (long) Float.BYTES * network.inputSize() * network.hiddenSize() > caches.l2Bytes();
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public Activation activation() {
        return activation.activation();
    }

    @Override
    public String implementation() {
        return SimdKernelProvider.NAME;
    }

    @Override
    public float evaluate(float[] x) {
        KernelArguments.checkInput(x, n);
        for (int p = 0; p < weights.panels; p++) {
            panelOneInput(x, 0, p, hiddenStart);
        }
        activation.map(hidden, hiddenStart, hidden, hiddenStart, width);
        return dot(hidden, hiddenStart) - outOffset;
    }

    private void ensureHidden(int floats) {
        if (hidden == null || hidden.length - hiddenStart < floats) {
            hidden = AlignedFloats.allocate(floats);
            hiddenStart = AlignedFloats.start(hidden);
        }
    }

    @Override
    public void evaluateBatch(float[] xs, int batch, float[] out) {
        KernelArguments.checkBatch(xs, batch, n, out);
        ensureHidden(Math.multiplyExact(batch, width));
        int wide = WIDE_ROWS;
        int blocked = batch / wide * wide + (batch % wide) / ROWS * ROWS;
        for (int p = 0; p < weights.panels; p++) {
            for (int i0 = 0; i0 < n; i0 += block) {
                int i1 = Math.min(n, i0 + block);
                int r = 0;
                if (wide == 8) {
                    for (; r + 8 <= batch; r += 8) {
                        panelEightInputs(xs, r, p, i0, i1);
                    }
                } else {
                    for (; r + 6 <= batch; r += 6) {
                        panelSixInputs(xs, r, p, i0, i1);
                    }
                }
                for (; r + ROWS <= batch; r += ROWS) {
                    panelFourInputs(xs, r, p, i0, i1);
                }
            }
            for (int r = blocked; r < batch; r++) {
                panelOneInput(xs, r * n, p, hiddenStart + r * width);
            }
        }
        activation.map(hidden, hiddenStart, hidden, hiddenStart, batch * width);
        for (int r = 0; r < batch; r++) {
            out[r] = dot(hidden, hiddenStart + r * width) - outOffset;
        }
    }

    /**
     * Σ_j W[j]·s[off + j] over one input's activations. The padded units (j ≥ K) are zeroed first:
     * their W is 0, but an infinite input makes their pre-activation 0·∞ = NaN, and 0·NaN is NaN.
     * The lanes are summed in a fixed order (a halving tree in scalar code), not by reduceLanes,
     * whose order the API leaves open: JDK 25's interpreter and C2 summed differently, so the
     * same input gave different last bits on the first call and after warm-up.
     */
    private float dot(float[] s, int off) {
        java.util.Arrays.fill(s, off + k, off + width, 0f);
        float[] outW = weights.outW;
        // The JDK's zero, force-inlined, not a helper of ours: C2 refused to inline a 7-byte helper here ("low
        // call site frequency") in some forks, and the FMAs, not knowing the vector's class, ran boxed (design.md rule 1).
        FloatVector sum0 = FloatVector.zero(F);
        FloatVector sum1 = FloatVector.zero(F);
        for (int j = 0; j < width; j += P) {
            sum0 = FloatVector.fromArray(F, s, off + j).fma(FloatVector.fromArray(F, outW, j), sum0);
            sum1 = FloatVector.fromArray(F, s, off + j + L).fma(FloatVector.fromArray(F, outW, j + L), sum1);
        }
        float[] lanes = reduction;
        sum0.add(sum1).intoArray(lanes, 0);
        return halvingSum(lanes);
    }

    /**
     * lanes[0] after lanes[i] += lanes[i + half] for half = L/2, L/4, …, 1: the fixed order of
     * {@link #dot}. Written out for 16, 8 and 4 lanes, C2 keeps the partial sums in registers; as
     * the loop it was, each level stored and reloaded them, and with its loops' entries and
     * exits a batch's dots took 2.9% of relu 256×256×64 on Zen 4.
     */
    static float halvingSum(float[] a) {
        if (L == 16) {
            a[0] += a[8]; a[1] += a[9]; a[2] += a[10]; a[3] += a[11];
            a[4] += a[12]; a[5] += a[13]; a[6] += a[14]; a[7] += a[15];
        }
        if (L >= 8 && L <= 16) {
            a[0] += a[4]; a[1] += a[5]; a[2] += a[6]; a[3] += a[7];
        }
        if (L >= 4 && L <= 16) {
            return (a[0] + a[2]) + (a[1] + a[3]);
        }
        for (int half = L / 2; half > 0; half /= 2) {
            for (int i = 0; i < half; i++) {
                a[i] += a[i + half];
            }
        }
        return a[0];
    }

    /**
     * One input (at xOff) through panel p; stores h − b at hidden[hOff + p·P ...]. Weights that
     * stream from beyond L2 are touched a page ahead: Java has no prefetch instruction, and the
     * hardware prefetcher stops at page boundaries. Only some kernels touch ({@link #touchesAhead});
     * C2 unswitches the loop on the invariant flag.
     */
    private void panelOneInput(float[] xs, int xOff, int p, int hOff) {
        float[] w = weights.packed;
        int o = weights.panelOffset(p);
        boolean touch = touchAhead;
        float ahead = 0;
        FloatVector a0 = FloatVector.zero(F), a1 = FloatVector.zero(F), b0 = FloatVector.zero(F), b1 = FloatVector.zero(F);
        FloatVector c0 = FloatVector.zero(F), c1 = FloatVector.zero(F), d0 = FloatVector.zero(F), d1 = FloatVector.zero(F);
        int i = 0;
        // Left as C2 compiles it: a loop it does not count (range checks and a safepoint poll each
        // pass). Written as i < n − 3 it becomes a clean counted loop, a third fewer instructions,
        // yet 12–35% slower at n = 16 (pre- and post-loops around four passes) on Zen 4 and Zen 5,
        // 20–26% slower from L2 with AVX-512 on Zen 5, and nowhere a gain both machines confirm
        // (docs/performance.md).
        for (; i + 3 < n; i += 4, o += 4 * P) {
            if (touch) {
                ahead += w[o + TOUCH_AHEAD] + w[o + TOUCH_AHEAD + 2 * P];
            }
            FloatVector x0 = FloatVector.broadcast(F, xs[xOff + i]);
            FloatVector x1 = FloatVector.broadcast(F, xs[xOff + i + 1]);
            FloatVector x2 = FloatVector.broadcast(F, xs[xOff + i + 2]);
            FloatVector x3 = FloatVector.broadcast(F, xs[xOff + i + 3]);
            a0 = FloatVector.fromArray(F, w, o).fma(x0, a0);
            a1 = FloatVector.fromArray(F, w, o + L).fma(x0, a1);
            b0 = FloatVector.fromArray(F, w, o + P).fma(x1, b0);
            b1 = FloatVector.fromArray(F, w, o + P + L).fma(x1, b1);
            c0 = FloatVector.fromArray(F, w, o + 2 * P).fma(x2, c0);
            c1 = FloatVector.fromArray(F, w, o + 2 * P + L).fma(x2, c1);
            d0 = FloatVector.fromArray(F, w, o + 3 * P).fma(x3, d0);
            d1 = FloatVector.fromArray(F, w, o + 3 * P + L).fma(x3, d1);
        }
        for (; i < n; i++, o += P) {
            FloatVector xi = FloatVector.broadcast(F, xs[xOff + i]);
            a0 = FloatVector.fromArray(F, w, o).fma(xi, a0);
            a1 = FloatVector.fromArray(F, w, o + L).fma(xi, a1);
        }
        if (touch) {
            touched = ahead;
        }
        int unit = p * P;
        a0.add(b0).add(c0.add(d0)).sub(FloatVector.fromArray(F, weights.bias, unit)).intoArray(hidden, hOff + unit);
        a1.add(b1).add(c1.add(d1)).sub(FloatVector.fromArray(F, weights.bias, unit + L)).intoArray(hidden, hOff + unit + L);
    }

    /**
     * Inputs r..r+7 through panel p: sixteen accumulators, twice the FMA latency × throughput
     * product of current x86 cores, and per input row two weight loads and eight broadcasts for
     * sixteen FMAs, so the FMA ports, not the load ports, set the pace.
     *
     * <p>The loop counts with the first row's index, not with i. Eight rows need eight addresses
     * beside the loop's own registers, one more than the 13 general registers C2 has on x86;
     * counting with i, C2 kept the first row's base in a vector register and moved it back every
     * iteration, an FP-pipe slot that held the pass at 94% of the FMA peak on Zen 4 (97% or more
     * now; docs/performance.md). The six-input pass is not short of registers and keeps i: there the
     * same change made C2 spill an accumulator to the stack and halved it.
     *
     * <p>Each accumulator starts at −b in a panel's first cache block and at the partial sum the
     * block before stored in the others (stored and reloaded, a float is unchanged, so blocked and
     * unblocked kernels add the same terms in the same order and agree to the bit); the pass then
     * stores it as it is. Subtracting b at the end instead took sixteen vector operations more per
     * pass, and with them C2's parse of this method passed its node-count cutoff on JDK 17 and 25:
     * the calls it parsed after that were inlined late, and in some JDK 17 forks the last stores
     * could no longer prove their vector's class and boxed every vector they stored (design.md
     * rule 15; tools/jit-cutoff checks it).
     */
    private void panelEightInputs(float[] xs, int r, int p, int i0, int i1) {
        float[] w = weights.packed;
        int o = weights.panelOffset(p) + i0 * P;
        int h = hiddenStart + r * width + p * P;
        boolean first = i0 == 0;
        FloatVector s0 = FloatVector.fromArray(F, weights.negBias, p * P);
        FloatVector s1 = FloatVector.fromArray(F, weights.negBias, p * P + L);
        int x0 = r * n;
        FloatVector a0 = first ? s0 : FloatVector.fromArray(F, hidden, h);
        FloatVector a1 = first ? s1 : FloatVector.fromArray(F, hidden, h + L);
        FloatVector b0 = first ? s0 : FloatVector.fromArray(F, hidden, h + width);
        FloatVector b1 = first ? s1 : FloatVector.fromArray(F, hidden, h + width + L);
        FloatVector c0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 2 * width);
        FloatVector c1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 2 * width + L);
        FloatVector d0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 3 * width);
        FloatVector d1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 3 * width + L);
        FloatVector e0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 4 * width);
        FloatVector e1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 4 * width + L);
        FloatVector f0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 5 * width);
        FloatVector f1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 5 * width + L);
        FloatVector g0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 6 * width);
        FloatVector g1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 6 * width + L);
        FloatVector h0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 7 * width);
        FloatVector h1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 7 * width + L);
        for (int xi = x0 + i0, end = x0 + i1; xi < end; xi++, o += P) {
            FloatVector w0 = FloatVector.fromArray(F, w, o);
            FloatVector w1 = FloatVector.fromArray(F, w, o + L);
            FloatVector x = FloatVector.broadcast(F, xs[xi]);
            a0 = w0.fma(x, a0);
            a1 = w1.fma(x, a1);
            x = FloatVector.broadcast(F, xs[xi + n]);
            b0 = w0.fma(x, b0);
            b1 = w1.fma(x, b1);
            x = FloatVector.broadcast(F, xs[xi + 2 * n]);
            c0 = w0.fma(x, c0);
            c1 = w1.fma(x, c1);
            x = FloatVector.broadcast(F, xs[xi + 3 * n]);
            d0 = w0.fma(x, d0);
            d1 = w1.fma(x, d1);
            x = FloatVector.broadcast(F, xs[xi + 4 * n]);
            e0 = w0.fma(x, e0);
            e1 = w1.fma(x, e1);
            x = FloatVector.broadcast(F, xs[xi + 5 * n]);
            f0 = w0.fma(x, f0);
            f1 = w1.fma(x, f1);
            x = FloatVector.broadcast(F, xs[xi + 6 * n]);
            g0 = w0.fma(x, g0);
            g1 = w1.fma(x, g1);
            x = FloatVector.broadcast(F, xs[xi + 7 * n]);
            h0 = w0.fma(x, h0);
            h1 = w1.fma(x, h1);
        }
        a0.intoArray(hidden, h);
        a1.intoArray(hidden, h + L);
        b0.intoArray(hidden, h + width);
        b1.intoArray(hidden, h + width + L);
        c0.intoArray(hidden, h + 2 * width);
        c1.intoArray(hidden, h + 2 * width + L);
        d0.intoArray(hidden, h + 3 * width);
        d1.intoArray(hidden, h + 3 * width + L);
        e0.intoArray(hidden, h + 4 * width);
        e1.intoArray(hidden, h + 4 * width + L);
        f0.intoArray(hidden, h + 5 * width);
        f1.intoArray(hidden, h + 5 * width + L);
        g0.intoArray(hidden, h + 6 * width);
        g1.intoArray(hidden, h + 6 * width + L);
        h0.intoArray(hidden, h + 7 * width);
        h1.intoArray(hidden, h + 7 * width + L);
    }

    /**
     * Inputs r..r+5 through panel p, for 16 vector registers (AVX2): twelve accumulators, two
     * weight vectors and a broadcast fill fifteen. The eight-input pass needs nineteen there, and
     * C2 spills the rest to the stack inside the loop.
     */
    private void panelSixInputs(float[] xs, int r, int p, int i0, int i1) {
        float[] w = weights.packed;
        int o = weights.panelOffset(p) + i0 * P;
        int h = hiddenStart + r * width + p * P;
        boolean first = i0 == 0;
        FloatVector s0 = FloatVector.fromArray(F, weights.negBias, p * P);
        FloatVector s1 = FloatVector.fromArray(F, weights.negBias, p * P + L);
        int x0 = r * n;
        FloatVector a0 = first ? s0 : FloatVector.fromArray(F, hidden, h);
        FloatVector a1 = first ? s1 : FloatVector.fromArray(F, hidden, h + L);
        FloatVector b0 = first ? s0 : FloatVector.fromArray(F, hidden, h + width);
        FloatVector b1 = first ? s1 : FloatVector.fromArray(F, hidden, h + width + L);
        FloatVector c0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 2 * width);
        FloatVector c1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 2 * width + L);
        FloatVector d0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 3 * width);
        FloatVector d1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 3 * width + L);
        FloatVector e0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 4 * width);
        FloatVector e1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 4 * width + L);
        FloatVector f0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 5 * width);
        FloatVector f1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 5 * width + L);
        for (int i = i0; i < i1; i++, o += P) {
            FloatVector w0 = FloatVector.fromArray(F, w, o);
            FloatVector w1 = FloatVector.fromArray(F, w, o + L);
            int xi = x0 + i;
            FloatVector x = FloatVector.broadcast(F, xs[xi]);
            a0 = w0.fma(x, a0);
            a1 = w1.fma(x, a1);
            x = FloatVector.broadcast(F, xs[xi + n]);
            b0 = w0.fma(x, b0);
            b1 = w1.fma(x, b1);
            x = FloatVector.broadcast(F, xs[xi + 2 * n]);
            c0 = w0.fma(x, c0);
            c1 = w1.fma(x, c1);
            x = FloatVector.broadcast(F, xs[xi + 3 * n]);
            d0 = w0.fma(x, d0);
            d1 = w1.fma(x, d1);
            x = FloatVector.broadcast(F, xs[xi + 4 * n]);
            e0 = w0.fma(x, e0);
            e1 = w1.fma(x, e1);
            x = FloatVector.broadcast(F, xs[xi + 5 * n]);
            f0 = w0.fma(x, f0);
            f1 = w1.fma(x, f1);
        }
        a0.intoArray(hidden, h);
        a1.intoArray(hidden, h + L);
        b0.intoArray(hidden, h + width);
        b1.intoArray(hidden, h + width + L);
        c0.intoArray(hidden, h + 2 * width);
        c1.intoArray(hidden, h + 2 * width + L);
        d0.intoArray(hidden, h + 3 * width);
        d1.intoArray(hidden, h + 3 * width + L);
        e0.intoArray(hidden, h + 4 * width);
        e1.intoArray(hidden, h + 4 * width + L);
        f0.intoArray(hidden, h + 5 * width);
        f1.intoArray(hidden, h + 5 * width + L);
    }

    /** Inputs r..r+3 through panel p, inputs i0..i1; stores their h − b in their rows of {@link #hidden}. */
    private void panelFourInputs(float[] xs, int r, int p, int i0, int i1) {
        float[] w = weights.packed;
        int o = weights.panelOffset(p) + i0 * P;
        int h = hiddenStart + r * width + p * P;
        boolean first = i0 == 0;
        FloatVector s0 = FloatVector.fromArray(F, weights.negBias, p * P);
        FloatVector s1 = FloatVector.fromArray(F, weights.negBias, p * P + L);
        int x0 = r * n, x1 = x0 + n, x2 = x1 + n, x3 = x2 + n;
        FloatVector a0 = first ? s0 : FloatVector.fromArray(F, hidden, h);
        FloatVector a1 = first ? s1 : FloatVector.fromArray(F, hidden, h + L);
        FloatVector b0 = first ? s0 : FloatVector.fromArray(F, hidden, h + width);
        FloatVector b1 = first ? s1 : FloatVector.fromArray(F, hidden, h + width + L);
        FloatVector c0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 2 * width);
        FloatVector c1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 2 * width + L);
        FloatVector d0 = first ? s0 : FloatVector.fromArray(F, hidden, h + 3 * width);
        FloatVector d1 = first ? s1 : FloatVector.fromArray(F, hidden, h + 3 * width + L);
        for (int i = i0; i < i1; i++, o += P) {
            FloatVector w0 = FloatVector.fromArray(F, w, o);
            FloatVector w1 = FloatVector.fromArray(F, w, o + L);
            FloatVector x = FloatVector.broadcast(F, xs[x0 + i]);
            a0 = w0.fma(x, a0);
            a1 = w1.fma(x, a1);
            x = FloatVector.broadcast(F, xs[x1 + i]);
            b0 = w0.fma(x, b0);
            b1 = w1.fma(x, b1);
            x = FloatVector.broadcast(F, xs[x2 + i]);
            c0 = w0.fma(x, c0);
            c1 = w1.fma(x, c1);
            x = FloatVector.broadcast(F, xs[x3 + i]);
            d0 = w0.fma(x, d0);
            d1 = w1.fma(x, d1);
        }
        a0.intoArray(hidden, h);
        a1.intoArray(hidden, h + L);
        b0.intoArray(hidden, h + width);
        b1.intoArray(hidden, h + width + L);
        c0.intoArray(hidden, h + 2 * width);
        c1.intoArray(hidden, h + 2 * width + L);
        d0.intoArray(hidden, h + 3 * width);
        d1.intoArray(hidden, h + 3 * width + L);
    }
}
