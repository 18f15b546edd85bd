package io.whyrelu.resultmodel.steady;

/** Iterations [from, to) of one fork at one level; {@code mean} leaves out the outliers in it. */
public record Segment(int from, int to, double mean) {

    public int length() {
        return to - from;
    }
}
