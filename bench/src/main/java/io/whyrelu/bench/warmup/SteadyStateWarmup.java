package io.whyrelu.bench.warmup;

import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.steady.IterationJit;
import io.whyrelu.resultmodel.steady.WarmupOutcome;
import io.whyrelu.resultmodel.steady.WarmupSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Warm-up that ends at steady state, not after a fixed time. Called from each benchmark state's
 * trial setup, in the forked JVM, before JMH's own (short) warm-up iterations: it calls the
 * benchmark's operation in chunks of about {@link WarmupSettings#chunkMillis()} until
 * {@link WarmupCriterion} holds, or the cap is reached.
 *
 * <p>Why here and not in JMH's warm-up iterations: JMH runs a fixed number of them, and a count
 * tuned on one machine measures the JIT on another (C2 took 0.6 s for the vector sigmoid on an
 * AVX-512 Zen 5 and 1.6 s on a 2-core AVX2 Zen 3). JMH's iterations still follow, so the
 * benchmark's own stub is compiled before measurement, and the measured iterations are
 * classified afterwards ({@code io.whyrelu.reports.steady.ForkClassifier}) to catch what this
 * criterion missed.
 *
 * <p>Around every JMH iteration it also waits, untimed, for the JIT to go quiet and records what
 * the JIT did during the iteration ({@link IterationJit}): a compilation finishing inside a
 * measured iteration is direct evidence that the figure contains warm-up.
 *
 * <p>System properties (set by {@code whyrelu run} on the forks): {@code whyrelu.warmup=off}
 * skips it; {@code whyrelu.warmup.maxSeconds} caps it; {@code whyrelu.warmup.log} names a file
 * that gets one JSON line per fork ({@link WarmupLogLine}).
 */
public final class SteadyStateWarmup {

    public static final String LOG_PROPERTY = io.whyrelu.resultmodel.jmh.JmhResult.RUN_FILE_PROPERTY;
    public static final String MAX_SECONDS_PROPERTY = "whyrelu.warmup.maxSeconds";
    public static final String ENABLED_PROPERTY = "whyrelu.warmup";

    /** Where results go so that the JIT cannot drop the calls as dead code. */
    static volatile float sink;
    /** The longest an iteration's untimed setup waits for the JIT to go quiet. */
    static final long QUIET_WAIT_CAP_MILLIS = 3000;

    private final BenchmarkParams params;
    private final WarmupSettings settings;
    private final WarmupOutcome outcome;
    private final JitActivity jit = new JitActivity();
    private final List<IterationJit> iterations = new ArrayList<>();
    private JitActivity.Reading iterationStart;
    private boolean measuredIteration;
    private long waited;

    private SteadyStateWarmup(BenchmarkParams params, WarmupSettings settings, WarmupOutcome outcome) {
        this.params = params;
        this.settings = settings;
        this.outcome = outcome;
    }

    /**
     * The warm-up of one fork of a benchmark, configured from system properties; null when
     * switched off. The caller (a benchmark state's trial setup) keeps it for the iteration hooks.
     */
    public static SteadyStateWarmup forBenchmark(BenchmarkParams params, Operation op) {
        if ("off".equals(System.getProperty(ENABLED_PROPERTY))) {
            return null;
        }
        WarmupSettings settings = WarmupSettings.DEFAULT;
        String max = System.getProperty(MAX_SECONDS_PROPERTY);
        if (max != null) {
            settings = settings.withMaxSeconds(Double.parseDouble(max));
        }
        return new SteadyStateWarmup(params, settings, run(op, settings));
    }

    /**
     * Before each JMH iteration, untimed: waits until no compilation or GC runs in the background,
     * so that work a previous iteration triggered (JMH's own loop being compiled, typically) does
     * not land in this one, then starts watching the JIT.
     */
    public void beforeIteration(IterationParams iteration) {
        long start = System.nanoTime();
        JitActivity.Reading a = jit.read();
        while ((System.nanoTime() - start) / 1_000_000 < QUIET_WAIT_CAP_MILLIS) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            JitActivity.Reading b = jit.read();
            boolean quiet = b.compileMillis() == a.compileMillis() && !(JitActivity.otherCpu(a, b) >= settings.quietCpu());
            a = b;
            if (quiet) {
                break;
            }
        }
        waited = (System.nanoTime() - start) / 1_000_000;
        measuredIteration = iteration.getType() == IterationType.MEASUREMENT;
        iterationStart = jit.read();
    }

    /** After each JMH iteration, untimed: what the JIT did during it. */
    public void afterIteration() {
        JitActivity.Reading end = jit.read();
        iterations.add(new IterationJit(measuredIteration, Math.max(0, end.compileMillis() - iterationStart.compileMillis()),
                round(JitActivity.otherCpu(iterationStart, end)), waited));
    }

    /** At the end of the fork: one line in the log the run named, if any. */
    public void finish() {
        String log = System.getProperty(LOG_PROPERTY);
        if (log != null) {
            Map<String, String> p = new TreeMap<>();
            params.getParamsKeys().forEach(k -> p.put(k, params.getParam(k)));
            append(Path.of(log), new WarmupLogLine(params.getBenchmark(), p, outcome, List.copyOf(iterations)));
        }
    }

    /** Calls {@code op} until steady or capped; returns how it went. */
    public static WarmupOutcome run(Operation op, WarmupSettings s) {
        JitActivity jit = new JitActivity();
        List<Chunk> chunks = new ArrayList<>();
        long target = s.chunkMillis() * 1_000_000L;
        long cap = (long) (s.maxSeconds() * 1e9);
        JitActivity.Reading first = jit.read();
        JitActivity.Reading prev = first;
        long calls = 1;
        float acc = 0;
        Optional<String> pending;
        long allocatedBefore = ThreadAllocation.bytes();
        while (true) {
            for (long i = 0; i < calls; i++) {
                acc += op.call();
            }
            JitActivity.Reading now = jit.read();
            long allocatedNow = ThreadAllocation.bytes();
            long nanos = Math.max(1, now.nanoTime() - prev.nanoTime());
            chunks.add(new Chunk(calls, nanos, now.compileMillis() != prev.compileMillis(), JitActivity.otherCpu(prev, now),
                    allocatedBefore < 0 ? -1 : allocatedNow - allocatedBefore));
            allocatedBefore = allocatedNow;
            prev = now;
            pending = WarmupCriterion.pending(chunks, s);
            if (pending.isEmpty() || now.nanoTime() - first.nanoTime() >= cap) {
                break;
            }
            calls = nextCalls(calls, nanos, target);
        }
        sink = acc;
        boolean converged = pending.isEmpty();
        double seconds = (prev.nanoTime() - first.nanoTime()) / 1e9;
        String reason = converged
                ? String.format(Locale.ROOT, "JIT quiet and throughput within %.0f%% over the last %d chunks", 100 * s.stability(), s.window())
                : String.format(Locale.ROOT, "capped at %.0f s: %s", s.maxSeconds(), pending.get());
        return new WarmupOutcome(converged, reason, seconds, chunks.size(),
                first.compileMillis() < 0 ? Double.NaN : (prev.compileMillis() - first.compileMillis()) / 1e3,
                chunks.stream().map(c -> round(c.opsPerSecond())).toList(), chunks.stream().map(c -> round(c.otherCpu())).toList(),
                allocatedPerCall(chunks.subList(Math.max(0, chunks.size() - s.window()), chunks.size())));
    }

    /** Bytes per call over {@code chunks}, or null when the JVM does not count a thread's allocation. */
    static Double allocatedPerCall(List<Chunk> chunks) {
        long bytes = 0;
        long calls = 0;
        for (Chunk c : chunks) {
            if (c.allocated() < 0) {
                return null;
            }
            bytes += c.allocated();
            calls += c.calls();
        }
        return calls == 0 ? null : round((double) bytes / calls);
    }

    /** Calls for the next chunk: aimed at the target duration, growing at most 4× a step (the code may speed up meanwhile). */
    static long nextCalls(long calls, long nanos, long target) {
        double scale = Math.min(4, (double) target / nanos);
        return Math.max(1, Math.round(calls * scale));
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Double.parseDouble(String.format(Locale.ROOT, "%.4g", v)) : v;
    }

    private static void append(Path log, WarmupLogLine line) {
        try {
            String json = Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(line);
            Files.writeString(log, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("whyrelu warm-up: cannot append to " + log + ": " + e.getMessage());
        }
    }
}
