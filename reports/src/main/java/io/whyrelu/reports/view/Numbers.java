package io.whyrelu.reports.view;

import java.util.Locale;

/** The one way tables write numbers: about three significant digits, ratios with one decimal and a ×. */
public final class Numbers {

    private Numbers() {}

    /** 1234 → "1234", 12.34 → "12.3", 1.234 → "1.23", 0.01234 → "0.0123"; null for NaN (a missing cell), "∞" for infinities. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g", v);
    }

    /** "8.0×", or null for NaN. */
    public static String ratio(double v) {
        return Double.isNaN(v) ? null : String.format(Locale.ROOT, "%.1f×", v);
    }

    /** A figure and its share of a peak: "41.4 (16.0%)"; the share left out when unknown. */
    public static String withPercent(double v, double percent) {
        String n = num(v);
        return n == null || Double.isNaN(percent) ? n : n + String.format(Locale.ROOT, " (%.1f%%)", percent);
    }
}
