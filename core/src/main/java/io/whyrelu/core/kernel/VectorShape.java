package io.whyrelu.core.kernel;

/**
 * The vectors an implementation computes with, as the JVM chose them: the species' name (e.g.
 * {@code Species[float, 16, S_512_BIT]}) and its width in bits, which sets the lanes the roofline
 * probe counts.
 */
public record VectorShape(String species, int bits) {}
