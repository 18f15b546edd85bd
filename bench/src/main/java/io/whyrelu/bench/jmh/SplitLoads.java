package io.whyrelu.bench.jmh;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pitfall: cache-line splits, and why the single-input kernel at n = K = 256 is bimodal from fork
 * to fork. The loop is the kernel's single-input panel loop (a broadcast input times two weight
 * vectors per row, eight accumulators), streaming {@link #window} floats, by default 256 KB: L2, not L1.
 * A 64-byte vector load that starts off a 64-byte boundary touches two cache lines. Java aligns
 * arrays to 8 bytes only, so whether a weight array's loads split depends on where the heap put
 * it: one fork in eight gets the aligned one.
 *
 * <p>To make the alignment the same in every fork, the window sits in an array too big for a
 * TLAB or a region half (16 MB): G1 allocates such humongous arrays at a region boundary and
 * does not move them, so the data starts at the array header's size past a boundary (16 bytes
 * with compressed class pointers) and {@link #shift} alone decides the window's alignment. With
 * the default header, shift = 12 floats is aligned and every other even shift splits every load.
 * Run it (the shaded jar carries JMH's main):
 *
 * <pre>java --add-modules jdk.incubator.vector -cp bench/target/whyrelu.jar org.openjdk.jmh.Main SplitLoads -f 1</pre>
 *
 * One operation is one pass, 2·window flops.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SplitLoads {

    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final int L = F.length();
    static final int P = 2 * L;
    /** Bigger than half of G1's largest region (32 MB), so humongous whatever the heap size. */
    static final int BACKING = 16 << 20 >> 2;

    @Param({"0", "2", "4", "6", "8", "10", "12", "14"})
    public int shift;

    /** Floats streamed per pass: 256·256 is the kernel's n = K = 256 (L2); 1024·1024 goes to L3 or memory. */
    @Param("65536")
    public int window;

    float[] weights;
    float[] x;
    int rows;

    @Setup
    public void setUp() {
        if (window % (4 * P) != 0 || window + 64 > BACKING) {
            throw new IllegalArgumentException("window must be a multiple of " + 4 * P + " floats and at most " + (BACKING - 64));
        }
        weights = new float[BACKING];
        for (int i = 0; i < window + 64; i++) {
            weights[i] = (i % 13) * 0.01f;
        }
        rows = window / P;
        x = new float[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = (i % 7) * 0.1f;
        }
    }

    @Benchmark
    public float stream() {
        float[] w = weights;
        FloatVector a0 = FloatVector.zero(F), a1 = FloatVector.zero(F), b0 = FloatVector.zero(F), b1 = FloatVector.zero(F);
        FloatVector c0 = FloatVector.zero(F), c1 = FloatVector.zero(F), d0 = FloatVector.zero(F), d1 = FloatVector.zero(F);
        int o = shift;
        for (int i = 0; i + 3 < rows; i += 4, o += 4 * P) {
            FloatVector x0 = FloatVector.broadcast(F, x[i]);
            FloatVector x1 = FloatVector.broadcast(F, x[i + 1]);
            FloatVector x2 = FloatVector.broadcast(F, x[i + 2]);
            FloatVector x3 = FloatVector.broadcast(F, x[i + 3]);
            a0 = FloatVector.fromArray(F, w, o).fma(x0, a0);
            a1 = FloatVector.fromArray(F, w, o + L).fma(x0, a1);
            b0 = FloatVector.fromArray(F, w, o + P).fma(x1, b0);
            b1 = FloatVector.fromArray(F, w, o + P + L).fma(x1, b1);
            c0 = FloatVector.fromArray(F, w, o + 2 * P).fma(x2, c0);
            c1 = FloatVector.fromArray(F, w, o + 2 * P + L).fma(x2, c1);
            d0 = FloatVector.fromArray(F, w, o + 3 * P).fma(x3, d0);
            d1 = FloatVector.fromArray(F, w, o + 3 * P + L).fma(x3, d1);
        }
        return a0.add(a1).add(b0.add(b1)).add(c0.add(c1).add(d0.add(d1))).reduceLanes(VectorOperators.ADD);
    }
}
