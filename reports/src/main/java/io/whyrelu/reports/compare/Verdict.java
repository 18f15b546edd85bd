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
    INCONCLUSIVE
}
