package io.whyrelu.resultmodel.jmh;

/** A results file or directory that cannot be used; the message names it and says what is wrong. */
public class InvalidResultsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidResultsException(String message) {
        super(message);
    }
}
