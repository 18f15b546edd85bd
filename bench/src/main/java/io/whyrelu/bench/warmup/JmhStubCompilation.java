package io.whyrelu.bench.warmup;

import java.util.List;

/**
 * Has JMH's generated loop (the stub that calls the {@code @Benchmark} method) compiled in JMH's
 * warm-up iterations, so that every run measures with the loop in the state any long run ends in.
 *
 * <p>Why it matters: on JDK 17 the kernel's speed depends on whether that loop is interpreted or
 * compiled. Element-wise scalar tanh, silu and gelu-tanh over 4096 floats ran 1.5×, 1.45× and 1.45×
 * faster under the interpreted loop (JMH direct, Zen 5). It is not another compilation of the
 * kernel: with {@code invoke} kept out of line the same C2 code runs in both states and the switch
 * stays, and perf puts the whole difference inside the {@code Math.exp} intrinsic stub, 2.4× longer
 * per call. JDK 25 with AVX-512 showed none; JDK 25 under {@code -XX:UseAVX=2} did, for scalar elu
 * and selu. The loop compiles only when its own back-edges reach the tiered thresholds (60 000
 * for on-stack replacement): 1.2 s into JMH's iterations for gelu-tanh, 2.3 s for silu, 9 s for
 * tanh. A short run measured the interpreted state, a long run the compiled one, and no
 * classification could tell, since both are steady.
 *
 * <p>{@code CompileThresholdScaling} per method (a product {@code CompileCommand} option since JDK
 * 9) scales the thresholds of the stubs alone; the code under test keeps the JVM's thresholds and
 * profiles, and its compilation happens in the steady-state warm-up as before. Measured with it,
 * the levels above are flat from the first measured iteration to the 40th and equal to what the
 * unforced loop reaches after its switch (tanh 0.343 against 0.343·10⁸ elements/s); on JDK 25
 * with AVX-512 they do not move (tanh 1.16 against 1.17, silu 2.10 against 2.07·10⁸).
 */
public final class JmhStubCompilation {

    /**
     * Thresholds × 0.05: on-stack replacement after about 3 000 calls, C2 after the next 8 192 (the
     * interpreter and C1 report back-edges every 1 024 and 8 192, whatever the scale): within JMH's
     * warm-up for calls up to ~50 µs; a longer call's switch lands in a measured iteration, where the
     * JIT check marks it.
     */
    static final double SCALE = 0.05;

    private JmhStubCompilation() {}

    /** The fork flags; {@code quiet} keeps the JVM from echoing the command into every fork's output. */
    public static List<String> flags() {
        return List.of("-XX:CompileCommand=quiet", "-XX:CompileCommand=CompileThresholdScaling,*::*_jmhStub," + SCALE);
    }
}
