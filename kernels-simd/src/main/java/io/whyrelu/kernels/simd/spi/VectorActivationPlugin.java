package io.whyrelu.kernels.simd.spi;

/**
 * The Vector API form of an activation plug-in, a service of its own (list the class in
 * {@code META-INF/services/io.whyrelu.kernels.simd.spi.VectorActivationPlugin}) with the id of the
 * {@code io.whyrelu.core.activation.spi.ActivationPlugin} it vectorises. Kept apart from that
 * interface so a plug-in's scalar side loads on JVMs without {@code jdk.incubator.vector}.
 * Without one, the SIMD kernels apply the plug-in's float form element by element.
 */
public interface VectorActivationPlugin {

    /** The id of the activation plug-in this is the vector form of. */
    String id();

    /** The vector form for these parameter values (validated, in the plug-in's declared order). */
    VectorForm create(double[] values);
}
