package io.whyrelu.bench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import io.whyrelu.resultmodel.json.AtomicFiles;

/**
 * Turns JMH SampleTime samples into HdrHistogram interval logs: one interval per measured
 * iteration of each fork, values in nanoseconds, readable by HdrHistogram's HistogramLogReader
 * and its plotting tools.
 */
final class LatencyLogs {

    private LatencyLogs() {}

    /** Writes {@code dir/stem.hlog}; returns the histogram of all intervals (for percentiles). */
    static Histogram write(Path file, RunResult result, long intervalMillis) throws IOException {
        Histogram total = new Histogram(3);
        AtomicFiles.write(file, out -> {
            PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
            HistogramLogWriter writer = new HistogramLogWriter(ps);
            writer.outputComment("whyrelu latency: " + result.getParams().getBenchmark() + " " + result.getParams().getParamsKeys()
                    .stream().map(k -> k + "=" + result.getParams().getParam(k)).toList());
            writer.outputComment("one interval per measured iteration per fork; values in ns per call");
            writer.outputLogFormatVersion();
            writer.outputStartTime(0);
            writer.outputLegend();
            long start = 0;
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    Histogram h = new Histogram(3);
                    Iterator<Map.Entry<Double, Long>> raw = iteration.getPrimaryResult().getStatistics().getRawData();
                    while (raw.hasNext()) {
                        Map.Entry<Double, Long> sample = raw.next();
                        h.recordValueWithCount(Math.max(1, Math.round(sample.getKey())), sample.getValue());
                    }
                    h.setStartTimeStamp(start);
                    h.setEndTimeStamp(start + intervalMillis);
                    start += intervalMillis;
                    writer.outputIntervalHistogram(h);
                    total.add(h);
                }
            }
            ps.flush();
        });
        return total;
    }
}
