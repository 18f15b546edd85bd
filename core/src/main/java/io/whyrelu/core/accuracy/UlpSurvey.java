package io.whyrelu.core.accuracy;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.kernel.ElementwiseActivation;
import io.whyrelu.core.numeric.Ulps;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * A1: the ULP error of implementations' activations against the double reference, over a sample
 * or over all 2³² floats. The distribution is kept in an HdrHistogram of milli-ULPs (3 significant
 * digits), sums in exact integers, so results do not depend on thread scheduling: the same
 * inputs give the same numbers.
 */
public final class UlpSurvey {

    /** Milli-ULP values above this are recorded at it (a billion ULPs: the result is simply wrong). */
    private static final long MAX_TRACKED = 1_000_000_000_000L;
    private static final int CHUNK = 1 << 16;

    /**
     * @param worstInput the input with the largest error (the smallest bit pattern among equals)
     * @param infinite inputs where NaN or infinity disagreed with the reference
     * @param wrongZeroSigns inputs whose result was a zero of the wrong sign (0 ULP, but wrong: Ulps#wrongZeroSign)
     */
    public record Result(long count, double maxUlps, float worstInput, double p99, double p999, double mean, long infinite,
            long wrongZeroSigns) {}

    /** Accumulates errors; merging is exact and order-independent. */
    static final class Tally {
        final Histogram milli = new Histogram(MAX_TRACKED, 3);
        double max = -1;
        int worstBits;
        long sumMilli;
        long count;
        long infinite;
        long wrongZeroSigns;

        void add(double reference, float y, float x) {
            if (Ulps.wrongZeroSign(reference, y)) {
                wrongZeroSigns++;
            }
            add(Ulps.error(reference, y), x);
        }

        void add(double ulps, float x) {
            count++;
            int bits = Float.floatToRawIntBits(x);
            if (ulps > max || ulps == max && Integer.compareUnsigned(bits, worstBits) < 0) {
                max = ulps;
                worstBits = bits;
            }
            if (Double.isInfinite(ulps) || Double.isNaN(ulps)) {
                infinite++;
                milli.recordValue(MAX_TRACKED);
                sumMilli += MAX_TRACKED;
                return;
            }
            long m = Math.min(MAX_TRACKED, Math.round(ulps * 1000));
            milli.recordValue(m);
            sumMilli += m;
        }

        void merge(Tally o) {
            if (o.count == 0) {
                return;
            }
            if (o.max > max || o.max == max && Integer.compareUnsigned(o.worstBits, worstBits) < 0) {
                max = o.max;
                worstBits = o.worstBits;
            }
            milli.add(o.milli);
            sumMilli += o.sumMilli;
            count += o.count;
            infinite += o.infinite;
            wrongZeroSigns += o.wrongZeroSigns;
        }

        Result result() {
            return new Result(count, max, Float.intBitsToFloat(worstBits), milli.getValueAtPercentile(99) / 1000.0,
                    milli.getValueAtPercentile(99.9) / 1000.0, count == 0 ? 0 : sumMilli / 1000.0 / count, infinite, wrongZeroSigns);
        }
    }

    private UlpSurvey() {}

    /** Every implementation over the given inputs, single-threaded. */
    public static List<Result> sample(Activation activation, List<ElementwiseActivation> implementations, float[] inputs) {
        double[] reference = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            reference[i] = activation.reference(inputs[i]);
        }
        float[] out = new float[inputs.length];
        List<Result> results = new ArrayList<>();
        for (ElementwiseActivation impl : implementations) {
            Tally t = new Tally();
            impl.apply(inputs, out, inputs.length);
            for (int i = 0; i < inputs.length; i++) {
                t.add(reference[i], out[i], inputs[i]);
            }
            results.add(t.result());
        }
        return results;
    }

    /**
     * Every implementation over all 2³² float bit patterns, on {@code threads} threads; the
     * reference is computed once per input and shared. {@code progress} receives the number of
     * inputs done so far.
     */
    public static List<Result> exhaustive(Activation activation, List<ElementwiseActivation> implementations, int threads,
            LongConsumer progress) throws InterruptedException {
        long chunks = (1L << 32) / CHUNK;
        AtomicLong nextChunk = new AtomicLong();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ulp-survey");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Tally[]>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    Tally[] tallies = new Tally[implementations.size()];
                    for (int i = 0; i < tallies.length; i++) {
                        tallies[i] = new Tally();
                    }
                    float[] in = new float[CHUNK];
                    float[] out = new float[CHUNK];
                    double[] ref = new double[CHUNK];
                    for (long c; (c = nextChunk.getAndIncrement()) < chunks; ) {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedException();
                        }
                        int base = (int) (c * CHUNK);
                        for (int i = 0; i < CHUNK; i++) {
                            in[i] = Float.intBitsToFloat(base + i);
                            ref[i] = activation.reference(in[i]);
                        }
                        for (int m = 0; m < tallies.length; m++) {
                            implementations.get(m).apply(in, out, CHUNK);
                            for (int i = 0; i < CHUNK; i++) {
                                tallies[m].add(ref[i], out[i], in[i]);
                            }
                        }
                        progress.accept(done.addAndGet(CHUNK));
                    }
                    return tallies;
                }));
            }
            Tally[] total = new Tally[implementations.size()];
            for (int i = 0; i < total.length; i++) {
                total[i] = new Tally();
            }
            for (Future<Tally[]> f : futures) {
                Tally[] part = f.get();
                for (int i = 0; i < total.length; i++) {
                    total[i].merge(part[i]);
                }
            }
            List<Result> results = new ArrayList<>();
            for (Tally t : total) {
                results.add(t.result());
            }
            return results;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            throw new IllegalStateException("ULP survey failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
