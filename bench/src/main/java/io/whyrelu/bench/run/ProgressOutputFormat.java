package io.whyrelu.bench.run;

import java.io.IOException;
import java.util.Collection;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

/** JMH's own text output (to the run's log, or the terminal with --verbose) plus progress updates. */
final class ProgressOutputFormat implements OutputFormat {

    private final OutputFormat log;
    private final Progress progress;
    private volatile ForkIterations iterations = new ForkIterations();

    ProgressOutputFormat(OutputFormat log, Progress progress) {
        this.log = log;
        this.progress = progress;
    }

    /** Where the next benchmark's iteration scores go. */
    void track(ForkIterations next) {
        iterations = next;
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        boolean warmup = params.getType() == IterationType.WARMUP;
        // The fork's steady-state warm-up runs in the trial setup, inside the first iteration.
        String steady = iteration == 1 ? "warming up to steady state, then " : "";
        progress.phase(steady + (warmup ? "warmup " : "measure ") + iteration + "/" + params.getCount());
        log.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        iterations.record(params.getType(), iteration, data.getPrimaryResult().getScore());
        log.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {
        log.startBenchmark(benchParams);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        log.endBenchmark(result);
    }

    @Override
    public void startRun() {
        log.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        log.endRun(result);
    }

    @Override
    public void print(String s) {
        log.print(s);
    }

    @Override
    public void println(String s) {
        log.println(s);
    }

    @Override
    public void flush() {
        log.flush();
    }

    @Override
    public void close() {
        log.flush();
    }

    @Override
    public void verbosePrintln(String s) {
        log.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        log.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        log.write(b);
    }
}
