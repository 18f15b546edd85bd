package io.whyrelu.reports.compare;

/** What a comparison concluded for one benchmark. */
public enum Verdict {
    /** Better beyond the threshold, and the difference is significant. */
    IMPROVED,
    /** Worse beyond the threshold, and the difference is significant: fails a CI gate. */
    REGRESSED,
    /** Within the threshold: a change too small to matter, significant or not. */
    UNCHANGED,
    /** Beyond the threshold but not significant (or too few samples to test): rerun with more forks or iterations. */
    INCONCLUSIVE,
    /**
     * Beyond the threshold, but a side's forks were not at steady state (warm-up or
     * a slowdown in the measured iterations, the JIT compiling during them, a warm-up that did
     * not converge): the difference may be the JIT's, not the code's. Never fails a gate.
     */
    UNSTEADY
}
