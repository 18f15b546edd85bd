package io.whyrelu.resultmodel.steady;

/**
 * How one fork's measured iterations behave, in the categories of Barrett et al., "Virtual
 * Machine Warmup Blows Hot and Cold" (OOPSLA 2017), plus one for a level too noisy to trust and one
 * for series too short to tell.
 */
public enum ForkClass {
    /** One level throughout: the figure is a steady-state figure. */
    FLAT("flat"),
    /** Got faster and stayed there: the measurement still contains warm-up (JIT), the score understates the kernel. */
    WARMUP("warm-up"),
    /** Ended slower than it was: something degraded during the measurement (deoptimisation, GC, a noisy neighbour). */
    SLOWDOWN("slowdown"),
    /**
     * One level, but the iterations scatter around it by more than the tolerance (robust σ of
     * successive differences over the level): the fork's level is not known to the precision a
     * figure claims — a noisy neighbour, frequency changes, or code whose speed varies call to call.
     * Not one of Barrett's categories; Laaber et al. stop warm-up on the same coefficient of variation.
     */
    NOISY("noisy"),
    /** Still changing at the end: the last level is too short to call a steady state. */
    NO_STEADY_STATE("no steady state"),
    /** Fewer iterations than a classification needs (4): nothing can be said from the iterations alone. */
    TOO_FEW("too few iterations");

    private final String label;

    ForkClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a fork of this class gives a figure that can be trusted as steady state. */
    public boolean steady() {
        return this == FLAT || this == TOO_FEW;
    }
}
