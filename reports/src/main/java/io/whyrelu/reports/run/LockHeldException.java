package io.whyrelu.reports.run;

/** Another run holds a lock this one needs: its results directory, or the machine's JMH lock. A user-level condition, not a bug. */
public final class LockHeldException extends Exception {

    private static final long serialVersionUID = 1L;

    public LockHeldException(String message) {
        super(message);
    }
}
