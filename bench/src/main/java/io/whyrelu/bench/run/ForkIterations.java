package io.whyrelu.bench.run;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.IterationType;

/**
 * JMH's warm-up iteration scores of one benchmark, fork by fork, as the runner reports them (jmh.json
 * keeps only the measured ones). A fork starts where iteration 1 comes round again.
 */
final class ForkIterations {

    private final List<List<Double>> warmups = new ArrayList<>();
    private IterationType lastType;

    synchronized void record(IterationType type, int iteration, double score) {
        boolean newFork = iteration == 1 && (type == IterationType.WARMUP || lastType != IterationType.WARMUP);
        if (newFork || warmups.isEmpty()) {
            warmups.add(new ArrayList<>());
        }
        if (type == IterationType.WARMUP) {
            warmups.get(warmups.size() - 1).add(score);
        }
        lastType = type;
    }

    /** Each fork's warm-up iteration scores, in order. */
    synchronized List<List<Double>> warmups() {
        return warmups.stream().map(List::copyOf).toList();
    }
}
