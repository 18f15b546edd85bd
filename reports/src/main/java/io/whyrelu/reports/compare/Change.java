package io.whyrelu.reports.compare;


/** What a comparison concluded for one benchmark metric. */
public enum Change {
    /** Better beyond the threshold, and significant after the suite correction. */
    IMPROVED,
    /** Worse beyond the threshold, and significant after the suite correction: fails a CI gate. */
    REGRESSED,
    /** Within the threshold: a change too small to matter, significant or not. */
    UNCHANGED,
    /**
     * Beyond the threshold but not significant at these sample sizes: the row says how many forks
     * a side would decide it. Fails a gate only with {@code --fail-on too-few}.
     */
    TOO_FEW,
    /**
     * Beyond the threshold, but a side's forks were not at steady state (warm-up or
     * a slowdown in the measured iterations, the JIT compiling during them, a warm-up that did
     * not converge): the difference may be the JIT's, not the code's. Never fails a gate.
     */
    UNSTEADY
}
