package io.whyrelu.bench.jmh;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import io.whyrelu.bench.warmup.WarmedUpState;

/**
 * The core's FMA peak, measured in the same run as the kernels so that every kernel can be quoted
 * as a fraction of it: {@link #CHAINS} independent vector FMA chains, enough to cover FMA latency
 * times throughput on current cores (4 cycles × 2 ports = 8; 12 leaves headroom).
 *
 * <p>One operation is one flop: whyrelu run sets operationsPerInvocation to
 * {@code ITERATIONS · CHAINS · 2 · lanes} for the JVM it runs on, so ops/s / 1e9 is GFLOP/s.
 *
 * <p>Each chain is {@code a = m·c + a}, the accumulator as the addend, as in the kernels' dot
 * products: C2 has only the {@code vfmadd231ps} form (dst += src1·src2), so {@code a.fma(m, c)}
 * (a·m + c, what the native yardstick's loop computes in place with {@code vfmadd213ps}) costs a
 * register copy of c per FMA. With 16 registers that copy held the probe at 0.87 of the native
 * peak (118 against 136 GFLOP/s, Zen 5 with -XX:UseAVX=2, JDK 25); without it, 1.00.
 *
 * <p>Pitfall avoided: constant folding. The multiplier and addend come from the state's fields,
 * which C2 cannot treat as constants, and the accumulators are summed and returned.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Roofline extends WarmedUpState {

    public static final int CHAINS = 12;
    public static final int ITERATIONS = 1000;
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    float multiplier;
    float addend;

    @Setup
    public void setUp(BenchmarkParams params) {
        multiplier = 0.9999f;
        addend = 1e-4f;
        warmUp(params, this::fmaPeak);
    }

    /** Flops per invocation on a JVM whose preferred species has {@code lanes} floats. */
    public static long flopsPerInvocation(int lanes) {
        return (long) ITERATIONS * CHAINS * 2 * lanes;
    }

    @Benchmark
    public float fmaPeak() {
        FloatVector m = FloatVector.broadcast(SPECIES, multiplier);
        FloatVector c = FloatVector.broadcast(SPECIES, addend);
        FloatVector a0 = FloatVector.broadcast(SPECIES, 0f), a1 = FloatVector.broadcast(SPECIES, 1f);
        FloatVector a2 = FloatVector.broadcast(SPECIES, 2f), a3 = FloatVector.broadcast(SPECIES, 3f);
        FloatVector a4 = FloatVector.broadcast(SPECIES, 4f), a5 = FloatVector.broadcast(SPECIES, 5f);
        FloatVector a6 = FloatVector.broadcast(SPECIES, 6f), a7 = FloatVector.broadcast(SPECIES, 7f);
        FloatVector a8 = FloatVector.broadcast(SPECIES, 8f), a9 = FloatVector.broadcast(SPECIES, 9f);
        FloatVector a10 = FloatVector.broadcast(SPECIES, 10f), a11 = FloatVector.broadcast(SPECIES, 11f);
        for (int i = 0; i < ITERATIONS; i++) {
            a0 = m.fma(c, a0);
            a1 = m.fma(c, a1);
            a2 = m.fma(c, a2);
            a3 = m.fma(c, a3);
            a4 = m.fma(c, a4);
            a5 = m.fma(c, a5);
            a6 = m.fma(c, a6);
            a7 = m.fma(c, a7);
            a8 = m.fma(c, a8);
            a9 = m.fma(c, a9);
            a10 = m.fma(c, a10);
            a11 = m.fma(c, a11);
        }
        return a0.add(a1).add(a2.add(a3)).add(a4.add(a5).add(a6.add(a7))).add(a8.add(a9).add(a10.add(a11)))
                .reduceLanes(VectorOperators.ADD);
    }
}
