package io.whyrelu.cli;

/** A user mistake (bad option, bad file): reported as one line, exit code 2, no stack trace. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
