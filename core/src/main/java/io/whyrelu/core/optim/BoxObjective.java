package io.whyrelu.core.optim;

/** A function on the box [−1, 1]^n with a (sub)gradient: what {@link BoxMinimiser} minimises. */
public interface BoxObjective {

    double value(double[] x);

    /** A gradient where f is differentiable, one element of the subdifferential at a kink. */
    double[] gradient(double[] x);
}
