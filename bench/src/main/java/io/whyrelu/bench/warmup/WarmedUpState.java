package io.whyrelu.bench.warmup;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Base of the benchmark states: a subclass's trial setup ends with {@link #warmUp}, and the
 * iteration hooks here keep the JIT out of the measured iterations and record it
 * ({@link SteadyStateWarmup}). Iteration-level fixtures are untimed; invocation-level ones would
 * not be, which is why there are none.
 */
public abstract class WarmedUpState {

    private SteadyStateWarmup warmup;

    /** Warms {@code op} up to steady state; call at the end of the trial setup, once the state is ready. */
    protected final void warmUp(BenchmarkParams params, Operation op) {
        warmup = SteadyStateWarmup.forBenchmark(params, op);
    }

    @Setup(Level.Iteration)
    public void beforeIteration(IterationParams iteration) {
        if (warmup != null) {
            warmup.beforeIteration(iteration);
        }
    }

    @TearDown(Level.Iteration)
    public void afterIteration() {
        if (warmup != null) {
            warmup.afterIteration();
        }
    }

    @TearDown(Level.Trial)
    public void finishWarmup() {
        if (warmup != null) {
            warmup.finish();
        }
    }
}
