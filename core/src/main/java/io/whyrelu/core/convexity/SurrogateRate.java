package io.whyrelu.core.convexity;

import java.util.List;

/**
 * C5 as a rate: of many independent surrogate instances (first layers, samples and starts drawn
 * afresh) at one dimension and hidden-unit steepness, how many had more than one distinct
 * minimum. Whether one random non-convex surrogate shows several minima is chance; how often it
 * does is the measurement the paper's explanation is about.
 *
 * @param unitScale   |w| of the hidden units (offsets scaled with it, so kinks stay spread over the box)
 * @param severalMinima instances with more than one distinct minimum, with its interval
 * @param instances   each instance's result, in seed order
 */
public record SurrogateRate(int dimension, double unitScale, Proportion severalMinima, List<SurrogateCheck.Result> instances) {

    public static SurrogateRate of(int dimension, double unitScale, List<SurrogateCheck.Result> instances) {
        int several = (int) instances.stream().filter(r -> !r.uniqueMinimum()).count();
        return new SurrogateRate(dimension, unitScale, Proportion.of(several, instances.size()), List.copyOf(instances));
    }

    public boolean alwaysUnique() {
        return severalMinima.k() == 0;
    }
}
