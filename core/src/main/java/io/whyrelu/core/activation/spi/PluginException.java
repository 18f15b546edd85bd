package io.whyrelu.core.activation.spi;

/**
 * A plug-in that cannot be used: its jar is missing or not a plug-in, its id collides, or it
 * throws, returns NaN or ±∞ where its reference is finite, or its forms disagree. The message
 * names the plug-in (id, class, jar) and, for a numerical defect, the input. A user error: the
 * command line reports it in one line and exits 2 before any benchmark runs.
 */
public final class PluginException extends RuntimeException {

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
