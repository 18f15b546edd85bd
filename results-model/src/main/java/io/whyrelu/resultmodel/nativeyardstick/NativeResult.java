package io.whyrelu.resultmodel.nativeyardstick;

/**
 * One measurement of the native yardstick (gcc -O3 -march=native -ffast-math, OpenBLAS for the
 * batched shape), taken in the same session as the JMH benchmarks.
 *
 * @param kind     peak, peakcheck (whyrelu's own FMA loop, every chain kept), gemv (the yardstick's
 *                 own loop), blasgemv (OpenBLAS sgemv), batch or act
 * @param value    GFLOP/s for peak, peakcheck, gemv and batch; G elements/s for act
 */
public record NativeResult(String kind, String activation, int n, int k, int batch, long size, double value, String line) {

    public static final String PEAK = "peak";
    public static final String PEAK_CHECK = "peakcheck";
    public static final String GEMV = "gemv";
    public static final String BLAS_GEMV = "blasgemv";
    public static final String BATCH = "batch";
    public static final String ACT = "act";
}
