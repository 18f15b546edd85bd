package io.whyrelu.cli;

import io.whyrelu.reports.compare.GateSettings;
import picocli.CommandLine.Option;

/** How the gate decides: the options that compare, history check and calibrate share (a picocli mixin). */
final class GateOptions {

    @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "" + GateSettings.DEFAULT_THRESHOLD_PERCENT,
            description = "Changes within this many percent are noise: unchanged (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "" + GateSettings.DEFAULT_ALPHA,
            description = "Significance level of each call, after the suite correction (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--fork-noise", paramLabel = "PCT", defaultValue = "" + GateSettings.DEFAULT_FORK_NOISE_PERCENT,
            description = "Fork-to-fork standard deviation assumed where a side has too few forks to show its own "
                    + "(default: ${DEFAULT-VALUE}; `whyrelu calibrate` measures yours).")
    double forkNoise;

    /** Whether q-values are corrected over the suite's rows. */
    enum Correction { SUITE, NONE }

    @Option(names = "--correction", paramLabel = "HOW", defaultValue = "suite",
            description = "suite (Benjamini-Hochberg over all rows: a no-change suite fails at most alpha of the time) "
                    + "or none (each row at alpha on its own) (default: ${DEFAULT-VALUE}).")
    Correction correction;

    GateSettings settings() {
        if (!(threshold >= 0) || !Double.isFinite(threshold)) {
            throw new UsageException("--threshold must be a percentage ≥ 0, got " + threshold);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must be between 0 and 1, got " + alpha);
        }
        if (!(forkNoise >= 0) || !Double.isFinite(forkNoise)) {
            throw new UsageException("--fork-noise must be a percentage ≥ 0, got " + forkNoise);
        }
        return new GateSettings(threshold, alpha, forkNoise, correction == Correction.SUITE);
    }
}
