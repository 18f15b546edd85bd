package io.whyrelu.cli;

/** The exit codes every sub-command uses. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A comparison found a regression, or a run finished incomplete. */
    public static final int FAILED = 1;
    /** Bad input: options, files, directories. Nothing was written. */
    public static final int USAGE = 2;
    /** A bug or an environment failure: message plus stack trace. */
    public static final int INTERNAL = 3;
    /** Interrupted by the user (Ctrl-C); what finished is kept. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
