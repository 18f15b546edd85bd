package io.whyrelu.resultmodel.jmh;

import java.util.Locale;

/** What JMH's score units mean: which way is better and how to turn them into seconds. */
public final class JmhUnits {

    private JmhUnits() {}

    /**
     * "ops/s", "ops/ms": a rate, higher is better. "s/op", "ns/op", "us/op": a time, lower is
     * better. Decided by the unit, not the mode name, so it holds for any JMH project.
     */
    public static boolean higherIsBetter(String unit) {
        String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
        return u.startsWith("ops/") || u.endsWith("/s") && !u.endsWith("/op");
    }

    /** Seconds per unit of the time part of "ops/ms" or "ns/op"; NaN if unknown. */
    public static double secondsOf(String timeUnit) {
        return switch (timeUnit.trim()) {
            case "s" -> 1;
            case "ms" -> 1e-3;
            case "us", "µs" -> 1e-6;
            case "ns" -> 1e-9;
            case "min" -> 60;
            case "m" -> 60;
            case "h", "hr" -> 3600;
            default -> Double.NaN;
        };
    }

    /** A throughput score converted to operations per second ("ops/ms" → ×1000). */
    public static double toOpsPerSecond(double score, String unit) {
        if (unit == null || !unit.startsWith("ops/")) {
            return Double.NaN;
        }
        return score / secondsOf(unit.substring(4));
    }

    /** A time score converted to nanoseconds per operation ("us/op" → ×1000). */
    public static double toNanosPerOp(double score, String unit) {
        if (unit == null || !unit.endsWith("/op")) {
            return Double.NaN;
        }
        return score * secondsOf(unit.substring(0, unit.length() - 3)) * 1e9;
    }
}
