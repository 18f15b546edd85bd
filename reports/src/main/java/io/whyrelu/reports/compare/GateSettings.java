package io.whyrelu.reports.compare;

import io.whyrelu.reports.stats.ModeratedWelch;

/**
 * How {@link Comparator} decides.
 *
 * @param thresholdPercent   changes within this are UNCHANGED, significant or not
 * @param alpha              the level of each call, after the suite correction
 * @param forkNoisePercent   the fork-to-fork standard deviation assumed where too few forks show it
 *                           (see docs/reports.md for how the default was measured)
 * @param suiteCorrection    Benjamini–Hochberg across all rows (off: each row at α on its own)
 */
public record GateSettings(double thresholdPercent, double alpha, double forkNoisePercent, boolean suiteCorrection) {

    public static final double DEFAULT_THRESHOLD_PERCENT = 5;
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_FORK_NOISE_PERCENT = 4;
    /** The prior's weight: as much as two forks' own variance. */
    static final double PRIOR_DF = 2;
    /**
     * With fewer forks than this on both sides, a change is called only beyond {@link #MODE_SPAN}:
     * two forks can both sit in one JIT mode and the other side's in another, which no variance
     * estimate from them can show (measured: 6–13% of no-change suites failed at 1–2 forks a side
     * on a machine whose forks settle up to 2.4× apart, at any fork-noise prior).
     */
    static final int MIN_FORKS_FOR_STATISTICS = 3;
    /** The widest fork-to-fork mode measured on this project's kernels (2.4×, batched SIMD at 256×256×64), rounded up. */
    static final double MODE_SPAN = 2.5;
    /** Allocation changes smaller than this many bytes per operation are UNCHANGED: below one small object, JMH's own noise. */
    static final double ALLOCATION_FLOOR_BYTES = 16;
    static final double POWER = 0.8;

    public GateSettings {
        if (!(thresholdPercent >= 0) || !Double.isFinite(thresholdPercent)) {
            throw new IllegalArgumentException("the threshold must be a percentage ≥ 0, got " + thresholdPercent);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        if (!(forkNoisePercent >= 0) || !Double.isFinite(forkNoisePercent)) {
            throw new IllegalArgumentException("the fork noise must be a percentage ≥ 0, got " + forkNoisePercent);
        }
    }

    public static GateSettings defaults() {
        return new GateSettings(DEFAULT_THRESHOLD_PERCENT, DEFAULT_ALPHA, DEFAULT_FORK_NOISE_PERCENT, true);
    }

    public GateSettings withThreshold(double percent) {
        return new GateSettings(percent, alpha, forkNoisePercent, suiteCorrection);
    }

    /** A percentage or level as people write it: 5, 2.5, 0.05 (three significant digits, no trailing zeros). */
    public static String plain(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    ModeratedWelch.Prior prior() {
        return new ModeratedWelch.Prior(forkNoisePercent / 100, PRIOR_DF);
    }
}
