package io.whyrelu.core.activation;

import java.math.BigDecimal;

/** A named, real-valued activation parameter with its default and its admissible range. */
public record Parameter(String name, double defaultValue, boolean mustBePositive) {

    /** Checks a value and returns it; the message names the activation, the parameter and the rule. */
    double validate(String activationId, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    activationId + " parameter " + name + " must be finite, got " + value);
        }
        // The kernels compute in float: a value that is finite in double but not in float would become ±∞ there.
        if (Float.isInfinite((float) value)) {
            throw new IllegalArgumentException(
                    activationId + " parameter " + name + " must fit a float (magnitude ≤ 3.4e38), got " + value);
        }
        if (mustBePositive && !((float) value > 0)) {
            throw new IllegalArgumentException(activationId + " parameter " + name + " must be > 0"
                    + (value > 0 ? " in float (it underflows to 0)" : "") + ", got " + (value > 0 ? Double.toString(value) : format(value)));
        }
        return value;
    }

    /** Checks the default value: a plug-in's declaration must admit its own default. */
    public void check(String activationId) {
        validate(activationId, defaultValue);
    }

    /** Shortest exact text for a value: 2 rather than 2.0, 0.01 rather than 1.0E-2. */
    static String format(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
