package io.whyrelu.example.plugin;

import io.whyrelu.core.activation.spi.ActivationFunction;
import io.whyrelu.core.activation.spi.ActivationPlugin;
import io.whyrelu.core.activation.spi.RoundedReference;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Hard-swish, x·relu6(x + 3)/6 (Howard et al., "Searching for MobileNetV3", 2019): neither convex
 * (the slope falls from 1.5 to 1 at x = 3) nor monotone (minimum −0.375 at x = −1.5).
 */
public final class HardSwish implements ActivationPlugin {

    public static final String ID = "hard-swish";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ActivationFunction create(double[] values) {
        // Declared as it is: neither convex nor monotone; s'(t) = (2t + 3)/6 on (−3, 3), at most 1.5.
        return new RoundedReference(Optional.of(false), Optional.of(false), OptionalDouble.of(1.5)) {
            @Override
            public double reference(double x) {
                return x * Math.min(Math.max(x + 3, 0), 6) / 6;
            }
        };
    }
}
