package io.whyrelu.core.kernel;

/** Asked for an implementation that cannot run on this JVM; the message says why. */
public class KernelUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KernelUnavailableException(String message) {
        super(message);
    }
}
