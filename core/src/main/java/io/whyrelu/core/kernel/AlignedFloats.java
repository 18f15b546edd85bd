package io.whyrelu.core.kernel;

import java.lang.management.ManagementFactory;

/**
 * Float arrays whose data, from a given index on, starts on a 64-byte boundary — a cache line, and
 * an AVX-512 vector — in every JVM that uses G1, the default collector.
 *
 * <p>Why: Java aligns arrays to 8 bytes only. Where a weight panel (or a benchmark's input array)
 * starts relative to a cache line is then decided by where the heap put it, differently in every
 * fork: a 64-byte vector load that straddles two lines costs a second access, and the
 * single-input kernel streaming its panel from L2 ran 1.55× faster in the one fork in eight that
 * happened to be aligned (bench SplitLoads); element-wise sigmoid over 4096 floats spread over
 * 1.9–3.3 G elements/s across six forks. Figures that depend on the fork cannot be compared, nor
 * tracked.
 *
 * <p>How: G1 puts an array of at least half a heap region ("humongous") at the start of a region,
 * which is at least 1 MB aligned, and never moves it; the data then begins
 * {@code ARRAY_BASE} bytes past the boundary, so starting at index {@code (64 − base) / 4} is
 * aligned. Arrays smaller than half a region are padded up to it (at most 16 MB with the largest
 * regions; 512 KB with the 1 GB heap of whyrelu's forks). Without G1, or when the region size
 * cannot be read, arrays are plain and start at 0 — correct, only not aligned.
 */
public final class AlignedFloats {

    public static final int ALIGNMENT = 64;
    private static final int BASE = arrayBaseOffset();
    private static final long REGION = g1RegionBytes();

    private AlignedFloats() {}

    /** An array with {@code length} usable floats from {@link #start(float[])} on. */
    public static float[] allocate(int length) {
        if (REGION <= 0 || BASE < 0) {
            return new float[length];
        }
        int lead = lead();
        long humongous = REGION / 2 / Float.BYTES + 1;
        return new float[(int) Math.max(Math.addExact(length, lead), Math.min(humongous, Integer.MAX_VALUE - 16))];
    }

    /** The first aligned index of an array from {@link #allocate}: where the data starts. */
    public static int start(float[] array) {
        return REGION <= 0 || BASE < 0 ? 0 : lead();
    }

    /** Whether arrays are aligned in this JVM, and why not if they are not. */
    public static String status() {
        if (BASE < 0) {
            return "not aligned: the array header size is unknown";
        }
        return REGION > 0 ? "64-byte aligned (G1 humongous arrays, region " + (REGION >> 20) + " MB)"
                : "not aligned: the collector is not G1";
    }

    private static int lead() {
        return ((ALIGNMENT - BASE % ALIGNMENT) % ALIGNMENT) / Float.BYTES;
    }

    /** The offset of a float[]'s first element from the array's start; -1 if it cannot be known. */
    private static int arrayBaseOffset() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            var field = unsafeClass.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Object unsafe = field.get(null);
            return (int) unsafeClass.getMethod("arrayBaseOffset", Class.class).invoke(unsafe, float[].class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /** G1's region size in bytes, or 0 when G1 is not the collector (or it cannot be read). */
    private static long g1RegionBytes() {
        try {
            boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(b -> b.getName().startsWith("G1 "));
            if (!g1) {
                return 0;
            }
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(hotspot.getVMOption("G1HeapRegionSize").getValue());
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }
}
