package io.whyrelu.core.convexity;

/**
 * k of n instances, with the Wilson score interval at 95%: a check on random instances measures a
 * rate, and a rate from few instances is wide (0 of 4 is [0%, 49%], 0 of 50 is [0%, 7.1%]). Wilson
 * rather than the normal approximation because it stays inside [0, 1] and is honest at k = 0 and
 * k = n, which is where these checks usually land.
 */
public record Proportion(int k, int n, double low, double high) {

    private static final double Z = 1.959963984540054;

    public static Proportion of(int k, int n) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 ≤ k ≤ n and n > 0, got " + k + " of " + n);
        }
        double p = (double) k / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // At k = 0 and k = n the bound is exactly 0 or 1; the formula's rounding would leave 3.5e-16.
        return new Proportion(k, n, k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half));
    }

    /** "3/16 = 19% [6.6%, 43%]". */
    @Override
    public String toString() {
        return k + "/" + n + " = " + percent((double) k / n) + "% [" + percent(low) + "%, " + percent(high) + "%]";
    }

    /** A share as a percentage without the unit, as these rates are printed: "0", "4.6", "66". */
    public static String percent(double share) {
        double v = 100 * share;
        return v == 0 ? "0" : v >= 10 ? String.format(java.util.Locale.ROOT, "%.0f", v) : String.format(java.util.Locale.ROOT, "%.2g", v);
    }
}
