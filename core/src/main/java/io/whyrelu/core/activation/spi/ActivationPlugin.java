package io.whyrelu.core.activation.spi;

import io.whyrelu.core.activation.Parameter;
import java.util.List;

/**
 * A family of activation functions from outside the catalogue, found with {@link java.util.ServiceLoader}
 * (list the implementing class in {@code META-INF/services/io.whyrelu.core.activation.spi.ActivationPlugin})
 * on a jar named with {@code --plugin} or on the class path. Its id and parameters are parsed like a
 * built-in's ({@code squareplus:b=2}); the functions it creates are benchmarked and checked exactly
 * like the catalogue's. An optional Vector API form is a second service of kernels-simd,
 * {@code io.whyrelu.kernels.simd.spi.VectorActivationPlugin}, with the same id.
 *
 * <p>Implementations need a public no-argument constructor and must be cheap to instantiate.
 */
public interface ActivationPlugin {

    /** Lower case letters, digits and '-', starting with a letter; must not be a catalogue id. */
    String id();

    /** The parameters a spec may set, in the order {@link #create} receives them. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** One function of the family; {@code values} are validated and in {@link #parameters()} order. */
    ActivationFunction create(double[] values);
}
