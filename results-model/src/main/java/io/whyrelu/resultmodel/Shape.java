package io.whyrelu.resultmodel;

/** A kernel shape: input size n, hidden size K, batch B. */
public record Shape(int n, int k, int batch) implements Comparable<Shape> {

    /**
     * Parses {@code NxK} or {@code NxKxB} (B defaults to 1).
     *
     * @throws IllegalArgumentException naming the malformed part
     */
    public static Shape parse(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("malformed shape '" + text + "': expected NxK or NxKxB, e.g. 256x256x64");
        }
        int[] v = new int[3];
        v[2] = 1;
        String[] names = {"n", "K", "batch"};
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("malformed shape '" + text + "': " + names[i] + " '" + parts[i] + "' is not a number");
            }
            if (v[i] <= 0) {
                throw new IllegalArgumentException("malformed shape '" + text + "': " + names[i] + " must be > 0");
            }
        }
        if ((long) v[0] * v[1] > 1L << 28) {
            throw new IllegalArgumentException("shape '" + text + "' is too large: n·K must be at most 2^28 weights");
        }
        if ((long) v[0] * v[2] > 1L << 26) {
            throw new IllegalArgumentException("shape '" + text + "' is too large: n·batch must be at most 2^26 inputs");
        }
        return new Shape(v[0], v[1], v[2]);
    }

    public long flopsPerInput() {
        return 2L * n * k;
    }

    @Override
    public String toString() {
        return n + "x" + k + "x" + batch;
    }

    @Override
    public int compareTo(Shape o) {
        int c = Long.compare(flopsPerInput(), o.flopsPerInput());
        if (c == 0) {
            c = Integer.compare(n, o.n);
        }
        return c != 0 ? c : Integer.compare(batch, o.batch);
    }
}
