package io.whyrelu.resultmodel.steady;

import java.util.List;

/**
 * What {@link ForkClassifier} found in one fork's measured iterations.
 *
 * @param changepoints iterations where a new level starts (after merging levels too close to matter)
 * @param outliers     isolated iterations left out of the analysis (a single GC pause or hiccup)
 */
public record ForkClassification(ForkClass kind, List<Integer> changepoints, List<Segment> segments, List<Integer> outliers) {}
