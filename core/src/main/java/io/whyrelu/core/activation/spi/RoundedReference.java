package io.whyrelu.core.activation.spi;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The catalogue's way to write an activation: the float form is the double reference rounded
 * once (within 1 ULP, the default budget), and the claims are given at construction. A plug-in
 * then writes only {@link #reference}.
 */
public abstract class RoundedReference implements ActivationFunction {

    private final Optional<Boolean> convex;
    private final Optional<Boolean> monotone;
    private final OptionalDouble slopeBound;

    /** @param slopeBound max |s'| over R, or empty to have it estimated from the reference */
    protected RoundedReference(Optional<Boolean> convex, Optional<Boolean> monotone, OptionalDouble slopeBound) {
        this.convex = convex;
        this.monotone = monotone;
        this.slopeBound = slopeBound;
    }

    @Override
    public final float apply(float x) {
        return (float) reference(x);
    }

    @Override
    public Optional<Boolean> declaredConvex() {
        return convex;
    }

    @Override
    public Optional<Boolean> declaredMonotone() {
        return monotone;
    }

    @Override
    public OptionalDouble slopeBound(double hi) {
        return slopeBound;
    }
}
