package io.whyrelu.bench.warmup;

/** One call of the code a benchmark measures; the result is summed into a sink so it cannot be dead code. */
@FunctionalInterface
public interface Operation {
    float call();
}
