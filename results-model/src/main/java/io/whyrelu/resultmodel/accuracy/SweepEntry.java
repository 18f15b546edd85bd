package io.whyrelu.resultmodel.accuracy;

import io.whyrelu.core.convexity.CurvatureCheck;
import java.util.Map;

/** What a C1 parameter sweep measured for one parameter value: the curvature of the reference and of each implementation. */
public record SweepEntry(String activation, boolean declaredConvex, Map<String, CurvatureCheck.Result> curvature) {}
