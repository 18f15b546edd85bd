package io.whyrelu.reports.compare;

/** A change between two runs' accuracy.json for one activation: a verdict flipped, or the max ULP moved. */
public record AccuracyChange(String activation, String what, String baseline, String current, boolean regression) {}
